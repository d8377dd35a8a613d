import { isRealDate } from '../catalogue/local-date.js';

const WEIGHTS = [7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2] as const;
const CHECK_CHARS = '10X98765432';

/** Why an 18-character resident ID number (居民身份证号码, GB 11643) was refused. */
export type ResidentIdProblem = 'format' | 'birthDate' | 'checksum';

export type ResidentIdCheck =
  | { ok: true; value: string; birthDate: string; sex: 'male' | 'female' }
  | { ok: false; problem: ResidentIdProblem; value: string };

/** The check character (GB 11643, ISO 7064 MOD 11-2) of the first 17 digits. */
export function residentIdCheckChar(first17: string): string {
  let sum = 0;
  for (let i = 0; i < 17; i++) sum += Number(first17[i]) * WEIGHTS[i]!;
  return CHECK_CHARS[sum % 11]!;
}

/** Upper-cases a trailing x and drops surrounding spaces, as typed at the window. */
export function normalizeResidentId(value: string): string {
  return value.trim().toUpperCase();
}

/**
 * Checks a second-generation resident ID number: 17 digits and a check character, a birth date
 * (positions 7–14) that exists and is not before 1900, and the checksum. Checks the format first
 * so that each refusal names the one thing to fix.
 */
export function checkResidentId(raw: string, options: { today?: string } = {}): ResidentIdCheck {
  const value = normalizeResidentId(raw);
  if (!/^\d{17}[\dX]$/.test(value)) return { ok: false, problem: 'format', value };
  const birthDate = `${value.slice(6, 10)}-${value.slice(10, 12)}-${value.slice(12, 14)}`;
  if (!isRealDate(birthDate) || birthDate < '1900-01-01' || (options.today && birthDate > options.today)) {
    return { ok: false, problem: 'birthDate', value };
  }
  if (residentIdCheckChar(value) !== value[17]) return { ok: false, problem: 'checksum', value };
  return { ok: true, value, birthDate, sex: Number(value[16]) % 2 === 1 ? 'male' : 'female' };
}
