import { formatDate } from '../../../functions/core/clock/format-date.js';
import type { Lang } from './lang.js';

// Dates are China's: a case received at 23:30 UTC on the 1st was received on the 2nd.
const ZONE = 'Asia/Shanghai';

// One date format per language across the app, the one the calendar speaks:
// 2026年12月23日（星期三） / Wed 23 Dec 2026. Printed documents (notices, decisions, receipts)
// leave the weekday out, as official documents do: 2026年12月23日 / 23 Dec 2026.

const isDate = (date: string) => /^\d{4}-\d{2}-\d{2}$/.test(date);

/** A China calendar date `YYYY-MM-DD` on screen: 2026年12月23日（星期三） / Wed 23 Dec 2026. */
export function formatLocalDate(date: string, lang: Lang): string {
  return isDate(date) ? formatDate(date, lang, true) : date;
}

/** The same date on a printed document, without the weekday: 2026年12月23日 / 23 Dec 2026. */
export function formatDocumentDate(date: string, lang: Lang): string {
  return isDate(date) ? formatDate(date, lang, false) : date;
}

/** An instant in China time, to the minute: 2026年12月23日（星期三）10:00 / Wed 23 Dec 2026, 10:00. */
export function formatInstant(iso: string, lang: Lang): string {
  const date = new Date(iso);
  if (Number.isNaN(date.getTime())) return iso;
  const time = new Intl.DateTimeFormat('en-GB', { hour: '2-digit', minute: '2-digit', hourCycle: 'h23', timeZone: ZONE }).format(date);
  const day = formatLocalDate(chinaDateOf(iso), lang);
  return lang === 'en' ? `${day}, ${time}` : `${day}${time}`;
}

/** The China date of an instant, `YYYY-MM-DD`. */
export function chinaDateOf(iso: string): string {
  return new Intl.DateTimeFormat('en-CA', { timeZone: ZONE }).format(new Date(iso));
}

/** Today's date in China (`YYYY-MM-DD`): limits, effective dates and the calendar count in Beijing time. */
export function chinaToday(now: Date = new Date()): string {
  return chinaDateOf(now.toISOString());
}

/** A China date with its weekday, as the calendar speaks of days (the same as formatLocalDate). */
export function formatLocalDateWithWeekday(date: string, lang: Lang): string {
  return formatLocalDate(date, lang);
}
