import { beforeAll, describe, expect, it } from 'vitest';
import { createDynamoCalendarStore } from '../../../functions/adapters/dynamodb/calendar-store.js';
import { CalendarVersionConflictError, CalendarYearExistsError } from '../../../functions/core/calendar/errors.js';
import type { CalendarStore } from '../../../functions/ports/calendar-store.js';
import { createTestTable } from '../../support/dynamo.js';

const yearData = (year: number, source = 'test') => ({
  year,
  holidays: [`${year}-01-01`],
  makeupWorkdays: [],
  source,
  updatedAt: '2026-01-01T00:00:00.000Z',
});

describe('DynamoDB calendar store', () => {
  let store: CalendarStore;
  beforeAll(async () => {
    const { db, tableName } = await createTestTable('calendar');
    store = createDynamoCalendarStore(db, tableName);
    for (const year of [2026, 2024, 2025, 2030]) await store.putYear(yearData(year));
  });

  it('creates a year at version 1 and reads it back without its keys', async () => {
    expect(await store.getYear(2026)).toEqual({ ...yearData(2026), version: 1 });
    expect(await store.getYear(2027)).toBeUndefined();
  });

  it('lists all years ascending, and a range with both ends included', async () => {
    expect((await store.listYears()).map((y) => y.year)).toEqual([2024, 2025, 2026, 2030]);
    expect((await store.getYears(2025, 2029)).map((y) => y.year)).toEqual([2025, 2026]);
    expect((await store.getYears(2024, 2024)).map((y) => y.year)).toEqual([2024]);
    expect(await store.getYears(2031, 2040)).toEqual([]);
  });

  it('refuses to create a year twice', async () => {
    await expect(store.putYear(yearData(2026, 'again'))).rejects.toBeInstanceOf(CalendarYearExistsError);
    expect((await store.getYear(2026))?.source).toBe('test');
  });

  it('replaces the version read, and refuses a stale or unknown one', async () => {
    const saved = await store.putYear({ ...yearData(2025, 'edit'), updatedBy: { userId: 'u-admin', name: '郑红' } }, 1);
    expect(saved).toMatchObject({ version: 2, source: 'edit' });
    expect(await store.getYear(2025)).toMatchObject({ version: 2, updatedBy: { userId: 'u-admin', name: '郑红' } });
    await expect(store.putYear(yearData(2025, 'stale'), 1)).rejects.toBeInstanceOf(CalendarVersionConflictError);
    await expect(store.putYear(yearData(2029), 1)).rejects.toBeInstanceOf(CalendarVersionConflictError);
    expect((await store.getYear(2025))?.source).toBe('edit');
  });
});
