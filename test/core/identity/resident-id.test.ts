import { describe, expect, it } from 'vitest';
import { checkResidentId, residentIdCheckChar } from '../../../functions/core/identity/resident-id.js';

describe('resident ID number (GB 11643)', () => {
  it('accepts the standard example 11010519491231002X and reads birth date and sex', () => {
    expect(checkResidentId('11010519491231002X')).toEqual({ ok: true, value: '11010519491231002X', birthDate: '1949-12-31', sex: 'female' });
  });

  it('computes the check character of the standard example by hand-checked weights', () => {
    // Σ(digit × weight) for 11010519491231002 = 167; 167 mod 11 = 2 → '10X98765432'[2] = X.
    expect(residentIdCheckChar('11010519491231002')).toBe('X');
  });

  it.each([
    ['11010519491231002x', '11010519491231002X'],
    [' 11010519491231002X ', '11010519491231002X'],
    ['320106199003071234', '320106199003071234'],
    ['440305198511200044', '440305198511200044'],
  ])('accepts %j', (raw, value) => {
    expect(checkResidentId(raw)).toMatchObject({ ok: true, value });
  });

  it.each([
    ['110105194912310021', 'checksum'],
    ['320106199003071235', 'checksum'],
    ['11010519491331002X', 'birthDate'], // month 13
    ['11010520230229002X', 'birthDate'], // 2023 is not a leap year
    ['110105189912310023', 'birthDateImplausible'], // before 1900: a warning a clerk may override (issue 10)
    ['1101051949123100', 'format'],
    ['11010519491231002Y', 'format'],
    ['X10105194912310021', 'format'],
    ['110105 19491231002X', 'format'],
  ])('refuses %j: %s', (raw, problem) => {
    expect(checkResidentId(raw)).toMatchObject({ ok: false, problem });
  });

  it('refuses a birth date after today when today is given', () => {
    expect(checkResidentId('110105202701010000', { today: '2026-11-20' })).toMatchObject({ ok: false, problem: 'birthDate' });
  });
});
