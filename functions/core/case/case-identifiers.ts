/** Case number: township code, year, and a per-township-per-year counter: `QS-2026-000123`. */
export function formatCaseNumber(townshipCode: string, year: number, serial: number): string {
  return `${townshipCode}-${year}-${String(serial).padStart(6, '0')}`;
}

/** Letters and digits that cannot be mistaken for each other when read aloud or copied by hand. */
export const QUERY_CODE_ALPHABET = '23456789ABCDEFGHJKLMNPQRSTUVWXYZ';
export const QUERY_CODE_LENGTH = 10;

/**
 * A query code for lookup without login, from random bytes the caller supplies (the core takes
 * no randomness of its own). 10 characters of 32 = 50 bits; lookups also need the phone's last 4.
 */
export function queryCodeFrom(randomBytes: Uint8Array): string {
  if (randomBytes.length < QUERY_CODE_LENGTH) throw new Error('need at least 10 random bytes');
  let code = '';
  for (let i = 0; i < QUERY_CODE_LENGTH; i++) code += QUERY_CODE_ALPHABET[randomBytes[i]! % 32];
  return code;
}

/** Normalises what a person typed: upper case, spaces and dashes removed. */
export function normaliseQueryCode(input: string): string {
  return input.toUpperCase().replace(/[\s-]/g, '');
}
