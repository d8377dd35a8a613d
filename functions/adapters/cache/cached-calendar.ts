import type { CalendarStore } from '../../ports/calendar-store.js';
import { ttlCache } from './ttl-cache.js';

/** How long calendar years are reused before they are read again (an edit here clears them at once). */
export const CALENDAR_TTL_MS = 60_000;

/** The calendar store with reads cached for a minute in the process; a write here clears the cache. */
export function cachedCalendarStore(store: CalendarStore): CalendarStore {
  const cache = ttlCache<unknown>(CALENDAR_TTL_MS);
  return {
    getYear: (year) => cache.get(`year:${year}`, () => store.getYear(year)) as ReturnType<CalendarStore['getYear']>,
    getYears: (from, to) => cache.get(`years:${from}-${to}`, () => store.getYears(from, to)) as ReturnType<CalendarStore['getYears']>,
    // The administrator's list shows versions for optimistic updates: always read it fresh.
    listYears: () => store.listYears(),
    async putYear(data, expectedVersion) {
      const saved = await store.putYear(data, expectedVersion);
      cache.clear();
      return saved;
    },
  };
}
