import type { LocalDate } from './local-date.js';

interface Dated {
  effectiveFrom: LocalDate;
}

/**
 * The record in force on `at`: among those effective on or before that date, the latest one
 * (by `effectiveFrom`, then by its number). Works for item versions (`version`) and offering
 * records (`seq`). Undefined before the first one takes effect.
 */
export function inForce<T extends Dated>(records: readonly T[], at: LocalDate, numberOf: (record: T) => number): T | undefined {
  let best: T | undefined;
  for (const record of records) {
    if (record.effectiveFrom > at) continue;
    if (!best || record.effectiveFrom > best.effectiveFrom || (record.effectiveFrom === best.effectiveFrom && numberOf(record) > numberOf(best))) {
      best = record;
    }
  }
  return best;
}

/** The item version that governs a case submitted on `at` (a China date), if any. */
export function resolveVersion<T extends Dated & { version: number }>(versions: readonly T[], at: LocalDate): T | undefined {
  return inForce(versions, at, (v) => v.version);
}

/** The offering record in force on `at`, if any. */
export function resolveOffering<T extends Dated & { seq: number }>(records: readonly T[], at: LocalDate): T | undefined {
  return inForce(records, at, (r) => r.seq);
}
