import { toIsoDate, type IsoDate } from './day-number.js';

// China keeps one zone, UTC+8, with no daylight saving, so a fixed offset is exact.
const CHINA_OFFSET_MS = 8 * 60 * 60 * 1000;
const DAY_MS = 24 * 60 * 60 * 1000;

/** The date in China (Beijing time) at an instant, e.g. the acceptance date of a case accepted at `acceptedAt`. */
export function chinaDateOf(instant: Date): IsoDate {
  return toIsoDate(Math.floor((instant.getTime() + CHINA_OFFSET_MS) / DAY_MS));
}
