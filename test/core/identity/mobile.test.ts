import { describe, expect, it } from 'vitest';
import { isMainlandMobile, normalizeMobile } from '../../../functions/core/identity/mobile.js';

describe('mainland mobile numbers', () => {
  it.each(['13812345678', '19912345678', '+86 138 1234 5678', '0086-138-1234-5678', '16612345678'])('accepts %j', (raw) => {
    expect(isMainlandMobile(raw)).toBe(true);
  });

  it.each(['12812345678', '1381234567', '138123456789', '02512345678', 'abcdefghijk', ''])('refuses %j', (raw) => {
    expect(isMainlandMobile(raw)).toBe(false);
  });

  it('drops spaces, dashes and the country code', () => {
    expect(normalizeMobile('+86 138-1234-5678')).toBe('13812345678');
  });
});
