/** The 31 characters a unified social credit code may use: digits and capitals without I O Z S V. */
export const CREDIT_CODE_CHARSET = '0123456789ABCDEFGHJKLMNPQRTUWXY';
const WEIGHTS = [1, 3, 9, 27, 19, 26, 16, 17, 20, 29, 25, 13, 8, 24, 10, 30, 28] as const;
const FORMAT = /^[0-9A-HJ-NPQRTUWXY]{2}\d{6}[0-9A-HJ-NPQRTUWXY]{10}$/;

/** Why a unified social credit code (统一社会信用代码, GB 32100) was refused. */
export type CreditCodeProblem = 'format' | 'checksum';

export type CreditCodeCheck = { ok: true; value: string } | { ok: false; problem: CreditCodeProblem; value: string };

/** The check character of the first 17 characters: 31 − (Σ value × weight mod 31), 31 → 0. */
export function creditCodeCheckChar(first17: string): string {
  let sum = 0;
  for (let i = 0; i < 17; i++) sum += CREDIT_CODE_CHARSET.indexOf(first17[i]!) * WEIGHTS[i]!;
  const check = 31 - (sum % 31);
  return CREDIT_CODE_CHARSET[check === 31 ? 0 : check]!;
}

/**
 * Checks a unified social credit code: 18 characters from the charset, positions 3–8 an
 * administrative division code (digits), and the check character.
 */
export function checkCreditCode(raw: string): CreditCodeCheck {
  const value = raw.trim().toUpperCase();
  if (!FORMAT.test(value)) return { ok: false, problem: 'format', value };
  if (creditCodeCheckChar(value) !== value[17]) return { ok: false, problem: 'checksum', value };
  return { ok: true, value };
}
