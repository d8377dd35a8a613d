import { beforeAll, describe, expect, it } from 'vitest';
import { createDynamoCalendarStore } from '../../functions/adapters/dynamodb/calendar-store.js';
import { ValidationError } from '../../functions/core/errors.js';
import type { CalendarStore } from '../../functions/ports/calendar-store.js';
import { updateCalendarYear } from '../../functions/use-cases/update-calendar-year.js';
import { createTestTable } from '../support/dynamo.js';

describe('updateCalendarYear', () => {
  let calendars: CalendarStore;
  const now = () => new Date('2026-11-20T08:00:00.000Z');
  const actor = { userId: 'u-admin', name: '郑红' };
  beforeAll(async () => {
    const { db, tableName } = await createTestTable('calendar-uc');
    calendars = createDynamoCalendarStore(db, tableName);
  });

  it('saves the lists sorted, records who and when, then calls the hook with the year', async () => {
    const changed: number[] = [];
    const saved = await updateCalendarYear(
      { calendars, now, onCalendarChanged: async (year) => void changed.push(year) },
      { year: 2027, holidays: ['2027-10-01', '2027-01-01'], makeupWorkdays: [], actor },
    );
    expect(saved).toMatchObject({
      year: 2027,
      holidays: ['2027-01-01', '2027-10-01'],
      source: 'admin',
      updatedAt: '2026-11-20T08:00:00.000Z',
      updatedBy: actor,
      version: 1,
    });
    expect(changed).toEqual([2027]);
    expect(await calendars.getYear(2027)).toEqual(saved);
  });

  it('neither saves nor calls the hook when the lists break a rule', async () => {
    const changed: number[] = [];
    const attempt = updateCalendarYear(
      { calendars, now, onCalendarChanged: async (year) => void changed.push(year) },
      { year: 2028, holidays: ['2028-01-01'], makeupWorkdays: ['2028-01-03'], actor },
    );
    await expect(attempt).rejects.toBeInstanceOf(ValidationError);
    await expect(attempt).rejects.toMatchObject({ issues: [{ path: 'makeupWorkdays.0', message: 'field.calendar.makeupNotWeekend' }] });
    expect(changed).toEqual([]);
    expect(await calendars.getYear(2028)).toBeUndefined();
  });

  it('works without a hook', async () => {
    const saved = await updateCalendarYear(
      { calendars, now },
      { year: 2027, holidays: ['2027-01-01'], makeupWorkdays: [], version: 1, source: 'notice', actor },
    );
    expect(saved).toMatchObject({ version: 2, source: 'notice', holidays: ['2027-01-01'] });
  });
});
