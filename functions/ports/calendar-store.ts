import type { CalendarYearData } from '../core/calendar/calendar-year.js';

/** Who last changed a year (absent for seeded years). */
export interface CalendarEditor {
  userId: string;
  name: string;
}

/** A stored year: its data, who changed it, and the version for optimistic updates. */
export interface CalendarYearRecord extends CalendarYearData {
  version: number;
  updatedBy?: CalendarEditor;
}

/** The working-day calendar, one record per year. */
export interface CalendarStore {
  getYear(year: number): Promise<CalendarYearRecord | undefined>;
  /** The years from `from` to `to` (both included) that have data, ascending. */
  getYears(from: number, to: number): Promise<CalendarYearRecord[]>;
  /** Every year with data, ascending. */
  listYears(): Promise<CalendarYearRecord[]>;
  /**
   * Writes a year and returns it with its new version. Without `expectedVersion` it creates the
   * year (CalendarYearExistsError if present); with it, it replaces that version
   * (CalendarVersionConflictError if the stored version differs or the year is absent).
   */
  putYear(data: CalendarYearData & { updatedBy?: CalendarEditor }, expectedVersion?: number): Promise<CalendarYearRecord>;
}
