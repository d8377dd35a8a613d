import { dayFromCivil, isWeekend, toDayNumber, toIsoDate, weekdayOf } from '../../../../../functions/core/calendar/day-number.js';

/** What a date is in the calendar being edited. */
export type DayKind = 'workday' | 'weekend' | 'holiday' | 'makeup';

/** What a click on a date does: mark it a holiday, a makeup working day, or clear it. */
export type MarkMode = 'holiday' | 'makeup' | 'normal';

/** The two lists of a year being edited. */
export interface YearDays {
  holidays: ReadonlySet<string>;
  makeup: ReadonlySet<string>;
}

/** The kind of `date` under `days`. */
export function dayKind(date: string, days: YearDays): DayKind {
  if (days.holidays.has(date)) return 'holiday';
  if (days.makeup.has(date)) return 'makeup';
  return isWeekend(toDayNumber(date)) ? 'weekend' : 'workday';
}

/** True for Saturday and Sunday. */
export const isWeekendDate = (date: string) => isWeekend(toDayNumber(date));

/**
 * Applies a click in `mode` to `date`. Clicking a date that already has the mode's mark clears
 * it, so the same click toggles. A makeup working day must be a weekend day (the API refuses
 * others), so that is refused here with a reason the page explains.
 */
export function applyMark(days: YearDays, date: string, mode: MarkMode): { days: YearDays; kind: DayKind } | { refused: 'makeupNotWeekend' } {
  const holidays = new Set(days.holidays);
  const makeup = new Set(days.makeup);
  if (mode === 'makeup' && !isWeekendDate(date)) return { refused: 'makeupNotWeekend' };
  const current = dayKind(date, days);
  holidays.delete(date);
  makeup.delete(date);
  if (mode === 'holiday' && current !== 'holiday') holidays.add(date);
  if (mode === 'makeup' && current !== 'makeup') makeup.add(date);
  const next = { holidays, makeup };
  return { days: next, kind: dayKind(date, next) };
}

/** The weeks of a month, Monday first (as Chinese calendars are laid out); null pads the first and last week. */
export function monthWeeks(year: number, month: number): (string | null)[][] {
  const first = dayFromCivil(year, month, 1);
  const last = month === 12 ? dayFromCivil(year + 1, 1, 1) - 1 : dayFromCivil(year, month + 1, 1) - 1;
  const lead = (weekdayOf(first) + 6) % 7;
  const cells: (string | null)[] = [...Array<null>(lead).fill(null)];
  for (let day = first; day <= last; day += 1) cells.push(toIsoDate(day));
  while (cells.length % 7 !== 0) cells.push(null);
  const weeks: (string | null)[][] = [];
  for (let i = 0; i < cells.length; i += 7) weeks.push(cells.slice(i, i + 7));
  return weeks;
}

/**
 * Where a key moves focus in the year grid: a day (arrows), a week (up and down), the week's
 * ends (Home, End), a month (Page Up, Page Down); it stays inside the year. Undefined for other keys.
 */
export function moveDate(date: string, key: string, year: number): string | undefined {
  const day = toDayNumber(date);
  const monday = day - ((weekdayOf(day) + 6) % 7);
  const byMonth = (delta: number) => {
    const [, m = 1, d = 1] = date.split('-').map(Number);
    const month = Math.min(12, Math.max(1, m + delta));
    const lastDay = month === 12 ? 31 : toDayNumber(toIsoDate(dayFromCivil(year, month + 1, 1) - 1)) - dayFromCivil(year, month, 1) + 1;
    return dayFromCivil(year, month, Math.min(d, lastDay));
  };
  const target: Record<string, number> = {
    ArrowLeft: day - 1,
    ArrowRight: day + 1,
    ArrowUp: day - 7,
    ArrowDown: day + 7,
    Home: monday,
    End: monday + 6,
    PageUp: byMonth(-1),
    PageDown: byMonth(1),
  };
  const next = target[key];
  if (next === undefined) return undefined;
  const clamped = Math.min(dayFromCivil(year, 12, 31), Math.max(dayFromCivil(year, 1, 1), next));
  return toIsoDate(clamped);
}

/** The date focus starts on in a year: today if it is in that year, else 1 January. */
export function startDate(year: number, today: string): string {
  return today.startsWith(`${year}-`) ? today : `${year}-01-01`;
}
