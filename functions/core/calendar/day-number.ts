/**
 * Dates as whole day numbers (days since 1970-01-01). The clock walks day by day, so it works on
 * integers: no Date objects, no parsing and no time zones inside its loops. The civil-date
 * conversions are Howard Hinnant's `days_from_civil` / `civil_from_days`.
 */

/** A calendar date as `YYYY-MM-DD` (a date in China; it has no time and no zone). */
export type IsoDate = string;

/** Days since 1970-01-01 (day 0 was a Thursday). */
export type DayNumber = number;

const ISO_DATE = /^(\d{4})-(\d{2})-(\d{2})$/;

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

/** True for a real date written `YYYY-MM-DD` (so 2026-02-30 is not one). */
export function isIsoDate(value: string): boolean {
  const match = ISO_DATE.exec(value);
  if (!match) return false;
  const [year, month, day] = [Number(match[1]), Number(match[2]), Number(match[3])];
  if (month < 1 || month > 12 || day < 1) return false;
  const civil = civilFromDay(dayFromCivil(year, month, day));
  return civil.month === month && civil.day === day;
}

/** Day number of a `YYYY-MM-DD` date; throws RangeError on anything else. */
export function toDayNumber(date: IsoDate): DayNumber {
  if (!isIsoDate(date)) throw new RangeError(`not a YYYY-MM-DD date: ${date}`);
  return dayFromCivil(Number(date.slice(0, 4)), Number(date.slice(5, 7)), Number(date.slice(8, 10)));
}

const pad2 = (n: number) => (n < 10 ? `0${n}` : String(n));

/** The `YYYY-MM-DD` form of a day number. */
export function toIsoDate(dayNumber: DayNumber): IsoDate {
  const { year, month, day } = civilFromDay(dayNumber);
  return `${String(year).padStart(4, '0')}-${pad2(month)}-${pad2(day)}`;
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
