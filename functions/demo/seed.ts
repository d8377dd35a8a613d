import type { AccountStore } from '../ports/account-store.js';
import type { CalendarStore } from '../ports/calendar-store.js';
import type { CatalogueStore } from '../ports/catalogue-store.js';
import { hashPassword } from '../adapters/local/password.js';
import { chineseDaysCalendarYears } from '../adapters/chinese-days/calendar-years.js';
import { seedCalendarYears } from '../use-cases/seed-calendar-years.js';
import { DEMO_ACCOUNTS, DEMO_PASSWORD } from './accounts.js';
import { DEMO_ITEM_VERSIONS, DEMO_OFFERINGS } from './catalogue.js';
import { DEMO_COUNTY, DEMO_TOWNSHIPS } from './geography.js';
import { DEMO_OFFICES } from './offices.js';

export interface SeedTargets {
  accounts: AccountStore;
  calendars: CalendarStore;
  catalogue: CatalogueStore;
  now?: () => Date;
}

/**
 * Writes the demo data. Idempotent: records are keyed by stable ids, so running it on every
 * start changes nothing that is already there except to restore the demo accounts. Calendar
 * years are only added where a year is absent, never overwriting an administrator's edits.
 */
export async function seedDemoData(targets: SeedTargets): Promise<{ accounts: number; calendarYears: number[]; items: number }> {
  const hash = await hashPassword(DEMO_PASSWORD);
  for (const account of DEMO_ACCOUNTS) {
    const existing = await targets.accounts.findByUsername(account.username);
    if (existing) continue;
    await targets.accounts.put({ ...account, passwordHash: hash });
  }
  const now = (targets.now ?? (() => new Date()))();
  const calendarYears = await seedCalendarYears(targets.calendars, chineseDaysCalendarYears(now.toISOString()));
  const items = await seedCatalogue(targets.catalogue);
  return { accounts: DEMO_ACCOUNTS.length, calendarYears, items };
}

/**
 * The demo county, townships, offices, items and offerings. An item is seeded only while it has
 * no versions, and offerings only while the item has none, so an administrator's edits survive
 * restarts and no duplicate versions appear.
 */
async function seedCatalogue(catalogue: CatalogueStore): Promise<number> {
  await catalogue.putCounty({ id: DEMO_COUNTY.id, name: { ...DEMO_COUNTY.name } });
  for (const township of DEMO_TOWNSHIPS) {
    await catalogue.putTownship({ id: township.id, countyId: DEMO_COUNTY.id, code: township.code, name: { ...township.name } });
  }
  for (const office of DEMO_OFFICES) {
    if (!(await catalogue.getOffice(office.id))) await catalogue.putOffice(office);
  }
  const codes = [...new Set(DEMO_ITEM_VERSIONS.map((v) => v.code))];
  for (const code of codes) {
    if ((await catalogue.getItemHead(code)) === undefined) {
      for (const version of DEMO_ITEM_VERSIONS.filter((v) => v.code === code)) await catalogue.addVersion(version);
    }
    if ((await catalogue.listOfferings(code)).length === 0) {
      for (const record of DEMO_OFFERINGS.filter((o) => o.itemCode === code)) await catalogue.addOffering(record);
    }
  }
  return codes.length;
}
