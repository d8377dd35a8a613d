import type { AccountStore } from '../ports/account-store.js';
import type { CalendarStore } from '../ports/calendar-store.js';
import { hashPassword } from '../adapters/local/password.js';
import { chineseDaysCalendarYears } from '../adapters/chinese-days/calendar-years.js';
import { seedCalendarYears } from '../use-cases/seed-calendar-years.js';
import { DEMO_ACCOUNTS, DEMO_PASSWORD } from './accounts.js';

export interface SeedTargets {
  accounts: AccountStore;
  calendars: CalendarStore;
  now?: () => Date;
}

/**
 * Writes the demo data. Idempotent: records are keyed by stable ids, so running it on every
 * start changes nothing that is already there except to restore the demo accounts. Calendar
 * years are only added where a year is absent, never overwriting an administrator's edits.
 */
export async function seedDemoData(targets: SeedTargets): Promise<{ accounts: number; calendarYears: number[] }> {
  const hash = await hashPassword(DEMO_PASSWORD);
  for (const account of DEMO_ACCOUNTS) {
    const existing = await targets.accounts.findByUsername(account.username);
    if (existing) continue;
    await targets.accounts.put({ ...account, passwordHash: hash });
  }
  const now = (targets.now ?? (() => new Date()))();
  const calendarYears = await seedCalendarYears(targets.calendars, chineseDaysCalendarYears(now.toISOString()));
  return { accounts: DEMO_ACCOUNTS.length, calendarYears };
}
