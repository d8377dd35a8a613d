/**
 * Dates as whole day numbers (days since 1970-01-01). The clock walks day by day, so it works on
 * integers: no Date objects, no parsing and no time zones inside its loops. The civil-date
 * conversions are Howard Hinnant's `days_from_civil` / `civil_from_days`.
 */

/** A calendar date as `YYYY-MM-DD` (a date in China; it has no time and no zone). */
export type IsoDate = string;

/** Days since 1970-01-01 (day 0 was a Thursday). */
export type DayNumber = number;

/** Day number of a civil date (month 1–12). */
export function dayFromCivil(year: number, month: number, day: number): DayNumber {
  const y = month <= 2 ? year - 1 : year;
  const era = Math.floor(y / 400);
  const yoe = y - era * 400;
  const doy = Math.floor((153 * (month + (month > 2 ? -3 : 9)) + 2) / 5) + day - 1;
  const doe = yoe * 365 + Math.floor(yoe / 4) - Math.floor(yoe / 100) + doy;
  return era * 146097 + doe - 719468;
}

/** Civil date of a day number. */
export function civilFromDay(dayNumber: DayNumber): { year: number; month: number; day: number } {
  const z = dayNumber + 719468;
  const era = Math.floor(z / 146097);
  const doe = z - era * 146097;
  const yoe = Math.floor((doe - Math.floor(doe / 1460) + Math.floor(doe / 36524) - Math.floor(doe / 146096)) / 365);
  const doy = doe - (365 * yoe + Math.floor(yoe / 4) - Math.floor(yoe / 100));
  const mp = Math.floor((5 * doy + 2) / 153);
  const day = doy - Math.floor((153 * mp + 2) / 5) + 1;
  const month = mp < 10 ? mp + 3 : mp - 9;
  return { year: yoe + era * 400 + (month <= 2 ? 1 : 0), month, day };
}

const DAYS_IN_MONTH = [31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31];
const isLeapYear = (year: number) => (year % 4 === 0 && year % 100 !== 0) || year % 400 === 0;

/** The digits of value[from, to) as a number, or -1 if any is not a digit. Char codes, not a regex: this is hot. */
function digitsAt(value: string, from: number, to: number): number {
  let n = 0;
  for (let i = from; i < to; i++) {
    const c = value.charCodeAt(i) - 48;
    if (c < 0 || c > 9) return -1;
    n = n * 10 + c;
  }
  return n;
}

/** Day number of a real `YYYY-MM-DD` date, or undefined. */
function parseIsoDate(value: string): DayNumber | undefined {
  if (value.length !== 10 || value.charCodeAt(4) !== 45 || value.charCodeAt(7) !== 45) return undefined;
  const year = digitsAt(value, 0, 4);
  const month = digitsAt(value, 5, 7);
  const day = digitsAt(value, 8, 10);
  if (year < 0 || month < 1 || month > 12 || day < 1) return undefined;
  const length = month === 2 && isLeapYear(year) ? 29 : DAYS_IN_MONTH[month - 1]!;
  return day > length ? undefined : dayFromCivil(year, month, day);
}

/** True for a real date written `YYYY-MM-DD` (so 2026-02-30 is not one). */
export function isIsoDate(value: string): boolean {
  return parseIsoDate(value) !== undefined;
}

/** Day number of a `YYYY-MM-DD` date; throws RangeError on anything else. */
export function toDayNumber(date: IsoDate): DayNumber {
  const day = parseIsoDate(date);
  if (day === undefined) throw new RangeError(`not a YYYY-MM-DD date: ${date}`);
  return day;
}

const pad2 = (n: number) => (n < 10 ? `0${n}` : String(n));

/** The `YYYY-MM-DD` form of a day number. */
export function toIsoDate(dayNumber: DayNumber): IsoDate {
  const { year, month, day } = civilFromDay(dayNumber);
  return `${year < 1000 ? String(year).padStart(4, '0') : year}-${pad2(month)}-${pad2(day)}`;
}

/** Day of the week, 0 = Sunday … 6 = Saturday (as Date#getUTCDay). */
export function weekdayOf(dayNumber: DayNumber): number {
  return (((dayNumber + 4) % 7) + 7) % 7;
}

/** True for Saturday and Sunday. */
export function isWeekend(dayNumber: DayNumber): boolean {
  const weekday = weekdayOf(dayNumber);
  return weekday === 0 || weekday === 6;
}

/** The calendar year a day falls in. */
export function yearOf(dayNumber: DayNumber): number {
  return civilFromDay(dayNumber).year;
}

/** First and last day numbers of a year. */
export function yearBounds(year: number): { first: DayNumber; last: DayNumber } {
  return { first: dayFromCivil(year, 1, 1), last: dayFromCivil(year, 12, 31) };
}
