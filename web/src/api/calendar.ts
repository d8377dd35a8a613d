import type { ApiClient } from './client.js';

/** One year of the working-day calendar as `GET /api/calendar/years` serves it. */
export interface CalendarYear {
  year: number;
  /** Every day off in an official holiday period (`YYYY-MM-DD`). */
  holidays: string[];
  /** Weekend days that are working days (调休). */
  makeupWorkdays: string[];
  source: string;
  updatedAt: string;
  updatedBy?: { userId: string; name: string };
  version: number;
}

/** A due date with its explanation in both languages. */
export interface DueDate {
  acceptedOn: string;
  workingDays: number;
  dueDate: string;
  /** True when the count ran into a year with no calendar yet. */
  provisional: boolean;
  provisionalYears: number[];
  explanation: { 'zh-CN': string; en: string };
}

/** What an administrator saves for a year; no `version` creates a year that has no calendar yet. */
export interface CalendarYearUpdate {
  holidays: string[];
  makeupWorkdays: string[];
  source?: string;
  version?: number;
}

/** Every year that has a calendar, ascending. */
export async function listCalendarYears(api: ApiClient, signal?: AbortSignal): Promise<CalendarYear[]> {
  const body = await api.get<{ years?: CalendarYear[] }>('/api/calendar/years', signal ? { signal } : {});
  return Array.isArray(body?.years) ? body.years : [];
}

/** Creates or replaces a year (administrators); 409 when someone saved it since `version` was read. */
export function saveCalendarYear(api: ApiClient, year: number, update: CalendarYearUpdate): Promise<CalendarYear> {
  return api.request<CalendarYear>('PUT', `/api/calendar/years/${year}`, { body: update });
}

/** When a limit of `workingDays` ends for an application accepted on `acceptedOn` (public). */
export function getDueDate(api: ApiClient, acceptedOn: string, workingDays: number, signal?: AbortSignal): Promise<DueDate> {
  return api.get<DueDate>('/api/calendar/due-date', {
    query: { acceptedOn, workingDays: String(workingDays) },
    ...(signal ? { signal } : {}),
  });
}
