import { describe, expect, it } from 'vitest';
import { checkCreditCode, creditCodeCheckChar } from '../../../functions/core/identity/credit-code.js';

describe('unified social credit code (GB 32100)', () => {
  it.each([
    '91350100M000100Y43', // the standard's worked example
    '914403001922038216', // published codes of well-known companies
    '9144030071526726XG',
    '91330100799655058B',
    '91320106MA1MXXXX13',
  ])('accepts %s', (code) => {
    expect(checkCreditCode(code)).toEqual({ ok: true, value: code });
  });

  it('computes the check character: 31 − (Σ mod 31), and 31 becomes 0', () => {
    expect(creditCodeCheckChar('91350100M000100Y4')).toBe('3');
    // Σ = 68, 68 mod 31 = 6, 31 − 6 = 25 → R.
    expect(creditCodeCheckChar('91110000100000000')).toBe('R');
    // Σ = 124 = 4 × 31, 31 − 0 = 31 → 0.
    expect(creditCodeCheckChar('91110000100000002')).toBe('0');
  });

  it('upper-cases what was typed', () => {
    expect(checkCreditCode(' 91350100m000100y43 ')).toEqual({ ok: true, value: '91350100M000100Y43' });
  });

  it.each([
    ['91350100M000100Y44', 'checksum'],
    ['914403001922038217', 'checksum'],
    ['91350100M000100Y4', 'format'], // 17 characters
    ['91350100M000100I43', 'format'], // I is not in the charset
    ['91350100O000100Y43', 'format'], // nor O
    ['9135A100M000100Y43', 'format'], // positions 3–8 are an area code
    ['', 'format'],
  ])('refuses %j: %s', (code, problem) => {
    expect(checkCreditCode(code)).toMatchObject({ ok: false, problem });
  });
});
