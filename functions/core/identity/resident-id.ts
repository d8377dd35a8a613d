import { isIsoDate } from '../calendar/day-number.js';

const WEIGHTS = [7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2] as const;
const CHECK_CHARS = '10X98765432';

/**
 * First two digits of the address code (GB/T 2260 provinces, plus 71 Taiwan, 81 Hong Kong,
 * 82 Macao, 83 Taiwan residents' residence permits, which GB 11643 numbering also uses).
 */
const PROVINCE_CODES = new Set([
  '11',
  '12',
  '13',
  '14',
  '15',
  '21',
  '22',
  '23',
  '31',
  '32',
  '33',
  '34',
  '35',
  '36',
  '37',
  '41',
  '42',
  '43',
  '44',
  '45',
  '46',
  '50',
  '51',
  '52',
  '53',
  '54',
  '61',
  '62',
  '63',
  '64',
  '65',
  '71',
  '81',
  '82',
  '83',
]);

/** Earliest birth date taken without a second look; before it the number is probably mistyped. */
export const PLAUSIBLE_BIRTH_FROM = '1900-01-01';

/**
 * Why an 18-character resident ID number (居民身份证号码, GB 11643) was refused. `checksum` and
 * `birthDateImplausible` are warnings: a clerk at the counter may override them with a reason.
 */
export type ResidentIdProblem = 'format' | 'region' | 'birthDate' | 'checksum' | 'birthDateImplausible';

/** The problems a clerk may override with a recorded reason. */
export const OVERRIDABLE_RESIDENT_ID_PROBLEMS: readonly ResidentIdProblem[] = ['checksum', 'birthDateImplausible'];

export type ResidentIdCheck =
  | { ok: true; value: string; birthDate: string; sex: 'male' | 'female' }
  | { ok: false; problem: ResidentIdProblem; value: string; overridable: boolean };

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

const refuse = (problem: ResidentIdProblem, value: string): ResidentIdCheck => ({
  ok: false,
  problem,
  value,
  overridable: OVERRIDABLE_RESIDENT_ID_PROBLEMS.includes(problem),
});

/**
 * Checks a second-generation resident ID number (GB 11643): 17 digits and a check character, an
 * address code in a real province, a birth date (positions 7–14) that exists and is not after
 * today, and the checksum. A birth date before 1900 exists but is implausible: it is reported last,
 * as a warning, so that a clerk can confirm it. Each refusal names the one thing to fix.
 */
export function checkResidentId(raw: string, options: { today?: string } = {}): ResidentIdCheck {
  const value = normalizeResidentId(raw);
  if (!/^\d{17}[\dX]$/.test(value)) return refuse('format', value);
  if (!PROVINCE_CODES.has(value.slice(0, 2))) return refuse('region', value);
  const birthDate = `${value.slice(6, 10)}-${value.slice(10, 12)}-${value.slice(12, 14)}`;
  if (!isIsoDate(birthDate) || (options.today && birthDate > options.today)) return refuse('birthDate', value);
  if (residentIdCheckChar(value) !== value[17]) return refuse('checksum', value);
  if (birthDate < PLAUSIBLE_BIRTH_FROM) return refuse('birthDateImplausible', value);
  return { ok: true, value, birthDate, sex: Number(value[16]) % 2 === 1 ? 'male' : 'female' };
}
