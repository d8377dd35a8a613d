import { chinaDateOf } from '../calendar/china-date.js';

/** The calendar day after a YYYY-MM-DD date. */
export function nextDay(date: string): string {
  const d = new Date(`${date}T00:00:00Z`);
  d.setUTCDate(d.getUTCDate() + 1);
  return d.toISOString().slice(0, 10);
}

/** The China date of an ISO instant. */
export const chinaDate = (at: string) => chinaDateOf(new Date(at));

/** The calendar day before a YYYY-MM-DD date. */
export function previousDay(date: string): string {
  const d = new Date(`${date}T00:00:00Z`);
  d.setUTCDate(d.getUTCDate() - 1);
  return d.toISOString().slice(0, 10);
}
