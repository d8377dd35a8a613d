import { beforeAll, describe, expect, it } from 'vitest';
import { chineseDaysCalendarYears } from '../../functions/adapters/chinese-days/calendar-years.js';
import { createDynamoCalendarStore } from '../../functions/adapters/dynamodb/calendar-store.js';
import type { CalendarStore } from '../../functions/ports/calendar-store.js';
import { seedCalendarYears } from '../../functions/use-cases/seed-calendar-years.js';
import { createTestTable } from '../support/dynamo.js';

describe('seedCalendarYears', () => {
  let calendars: CalendarStore;
  const years = chineseDaysCalendarYears('2026-01-01T00:00:00.000Z');
  beforeAll(async () => {
    const { db, tableName } = await createTestTable('calendar-seed');
    calendars = createDynamoCalendarStore(db, tableName);
  });

  it('adds every absent year once, and never overwrites an edited one', async () => {
    const first = await seedCalendarYears(calendars, years);
    expect(first).toEqual(years.map((y) => y.year));

    const edited = await calendars.putYear({ ...years.find((y) => y.year === 2026)!, holidays: ['2026-01-01'], source: 'admin' }, 1);
    const again = await seedCalendarYears(calendars, years);
    expect(again).toEqual([]);
    expect(await calendars.getYear(2026)).toEqual(edited);
    expect((await calendars.listYears()).length).toBe(years.length);
  });
});
