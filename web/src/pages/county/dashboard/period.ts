import { chinaToday } from '../../../i18n/dates.js';

export interface Period {
  from: string;
  to: string;
}

const isDate = (value: string | undefined): value is string => Boolean(value && /^\d{4}-\d{2}-\d{2}$/.test(value) && !Number.isNaN(Date.parse(value)));

/** The first day of the month `back` months before `today`'s. */
export function monthsBack(today: string, back: number): string {
  const [y, m] = today.split('-').map(Number) as [number, number];
  return new Date(Date.UTC(y, m - 1 - back, 1)).toISOString().slice(0, 10);
}

/** The presets offered beside the date fields, ending today. */
export const PRESETS = { month: 0, quarter: 2, half: 5 } as const;
export type Preset = keyof typeof PRESETS;
export const presetPeriod = (preset: Preset, today = chinaToday()): Period => ({ from: monthsBack(today, PRESETS[preset]), to: today });

/** The period a dashboard address asks for (?from=&to=), or the last six months. */
export function periodOf(query: Record<string, string | undefined>, today = chinaToday()): Period {
  const fallback = presetPeriod('half', today);
  const from = isDate(query.from) ? query.from : fallback.from;
  const to = isDate(query.to) ? query.to : fallback.to;
  return from <= to ? { from, to } : fallback;
}

/** What is wrong with a period typed in, field by field. */
export function periodProblems(period: Period): { from?: 'date' | 'order'; to?: 'date' } {
  if (!isDate(period.from)) return { from: 'date', ...(isDate(period.to) ? {} : { to: 'date' }) };
  if (!isDate(period.to)) return { to: 'date' };
  return period.from > period.to ? { from: 'order' } : {};
}
