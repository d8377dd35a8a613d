import { chinaToday as chinaTodayOf, formatDocumentDate, formatInstant, formatLocalDate } from '../../i18n/dates.js';
import type { Lang } from '../../i18n/lang.js';

/** Today's date in China (YYYY-MM-DD): deadlines are China dates, whatever the PC's zone. */
export function chinaToday(now: Date = new Date()): string {
  return chinaTodayOf(now);
}

/**
 * A YYYY-MM-DD date through the app's one format (web/src/i18n/dates.ts): with its weekday on screen,
 * without it (`weekday: false`) on printed documents only. `short` is kept for callers and ignored:
 * the year stays, so a table and the page around it read their dates the same way.
 */
export function formatDay(date: string | undefined, lang: Lang, options: { weekday?: boolean; short?: boolean } = {}): string {
  if (!date) return '';
  return options.weekday === false ? formatDocumentDate(date, lang) : formatLocalDate(date, lang);
}

/** An instant in China time, to the minute, through the app's one format; `short` as for formatDay. */
export function formatMoment(iso: string | undefined, lang: Lang, _options: { short?: boolean } = {}): string {
  return iso ? formatInstant(iso, lang) : '';
}

/** The calendar day `days` after a YYYY-MM-DD date. */
export function addDays(date: string, days: number): string {
  const d = new Date(`${date}T00:00:00Z`);
  d.setUTCDate(d.getUTCDate() + days);
  return d.toISOString().slice(0, 10);
}
