import { formatDate } from '../../../functions/core/clock/format-date.js';
import type { Lang } from './lang.js';

// Dates are China's: a case received at 23:30 UTC on the 1st was received on the 2nd.
const ZONE = 'Asia/Shanghai';

/** A China calendar date `YYYY-MM-DD` as people write it: 2026年3月9日 / 9 March 2026. */
export function formatLocalDate(date: string, lang: Lang): string {
  const match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(date);
  if (!match) return date;
  const utc = new Date(Date.UTC(Number(match[1]), Number(match[2]) - 1, Number(match[3])));
  return new Intl.DateTimeFormat(lang, { year: 'numeric', month: 'long', day: 'numeric', timeZone: 'UTC' }).format(utc);
}

/** An instant in China time: 2026年3月2日 10:00 / 2 March 2026, 10:00. */
export function formatInstant(iso: string, lang: Lang): string {
  const date = new Date(iso);
  if (Number.isNaN(date.getTime())) return iso;
  return new Intl.DateTimeFormat(lang, {
    year: 'numeric',
    month: 'long',
    day: 'numeric',
    hour: '2-digit',
    minute: '2-digit',
    hourCycle: 'h23',
    timeZone: ZONE,
  }).format(date);
}

/** The China date of an instant, `YYYY-MM-DD`. */
export function chinaDateOf(iso: string): string {
  return new Intl.DateTimeFormat('en-CA', { timeZone: ZONE }).format(new Date(iso));
}

/** Today's date in China (`YYYY-MM-DD`): limits, effective dates and the calendar count in Beijing time. */
export function chinaToday(now: Date = new Date()): string {
  return chinaDateOf(now.toISOString());
}

/** A China date with its weekday, as the calendar speaks of days: 2026年12月9日（星期三） / Wed 9 Dec 2026. */
export function formatLocalDateWithWeekday(date: string, lang: Lang): string {
  return /^\d{4}-\d{2}-\d{2}$/.test(date) ? formatDate(date, lang, true) : date;
}
