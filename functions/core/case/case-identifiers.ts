import { createHash } from 'node:crypto';

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

/**
 * What the query code's pointer keeps of the applicant's phone, so a lookup knows whether the
 * last 4 digits match before it reads the case: a hash of the code with them, never the digits.
 */
export function phoneCheckOf(queryCode: string, phoneLast4: string): string {
  return createHash('sha256').update(`lookup\n${queryCode}\n${phoneLast4}`).digest('base64url').slice(0, 16);
}
