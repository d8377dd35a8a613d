import { beforeAll, describe, expect, it } from 'vitest';
import { createDynamoCalendarStore } from '../../../functions/adapters/dynamodb/calendar-store.js';
import { IsoDateSchema } from '../../../functions/core/calendar/iso-date-schema.js';
import { createTestApp } from '../../support/test-app.js';
import { APPLICANT, newKey, testClock, type TestApp } from '../cases/intake-helpers.js';

/** Issue 10, findings 2 and 3: impossible dates were stored and printed; the due-date endpoint answered 500. */
describe('one strict calendar date', () => {
  const clock = testClock();
  let t: TestApp;
  beforeAll(async () => {
    t = await createTestApp({ now: clock.now });
  });

  it.each(['2027-02-30', '2026-13-01', '9999-99-99', '9999-12-31', '1899-12-31', '2101-01-01', '2026-2-03', ' 2026-02-03', ''])(
    'the schema refuses %j',
    (value) => {
      expect(IsoDateSchema.safeParse(value).success).toBe(false);
    },
  );

  it.each(['1900-01-01', '2024-02-29', '2100-12-31'])('the schema accepts %s', (value) => {
    expect(IsoDateSchema.safeParse(value).success).toBe(true);
  });

  it.each([
    ['acceptedOn=9999-12-31&workingDays=5', 'Use a date from 1900-01-01 to 2100-12-31'],
    ['acceptedOn=9999-99-99&workingDays=5', 'This date does not exist'],
    ['acceptedOn=2026-13-01&workingDays=5', 'This date does not exist'],
    ['acceptedOn=0000-01-01&workingDays=1000', 'Use a date from 1900-01-01 to 2100-12-31'],
  ])('the public due-date endpoint answers ?%s with 400, not 500', async (query, message) => {
    const res = await t.call('GET', `/api/calendar/due-date?${query}&lang=en`);
    expect(res.status).toBe(400);
    expect(res.body.issues).toEqual([{ path: 'query.acceptedOn', message }]);
  });

  it('counts from the last accepted date through the longest limit (provisional, no failing query)', async () => {
    const res = await t.call('GET', '/api/calendar/due-date?acceptedOn=2100-12-31&workingDays=1000');
    expect(res.status, res.text).toBe(200);
    expect(res.body.provisional).toBe(true);
    expect(res.body.dueDate > '2104-01-01').toBe(true);
  });

  it('the calendar store bounds year keys to four digits instead of sending an inverted BETWEEN', async () => {
    const store = createDynamoCalendarStore(t.db, t.tableName);
    await expect(store.getYears(9999, 10003)).resolves.toEqual([]);
    await expect(store.getYears(10000, 10003)).resolves.toEqual([]);
    expect((await store.getYears(-5, 2025)).map((y) => y.year)).toContain(2025);
  });

  it.each(['2027-02-30', '2026-13-01', '9999-99-99'])('a walk-in accepted now refuses the deferred due date %s', async (dueOn) => {
    clock.set('2026-03-02T02:00:00.000Z');
    const res = await t.call('POST', '/api/cases?lang=en', {
      as: 'clerk',
      headers: { 'idempotency-key': newKey() },
      body: {
        itemCode: 'MZ-GG-0003',
        townshipId: 'qingshi',
        answers: APPLICANT,
        originalsChecked: ['idCard'],
        acceptNow: { deferred: [{ materialId: 'hukou', dueOn }] },
      },
    });
    expect(res.status, res.text).toBe(400);
    expect(res.body.issues.map((i: { path: string }) => i.path)).toEqual(['acceptNow.deferred.0.dueOn']);
  });

  it('accept refuses an impossible deferred due date before touching the case', async () => {
    const res = await t.call('POST', '/api/cases/no-such-case/accept?lang=en', {
      as: 'clerk',
      headers: { 'idempotency-key': newKey() },
      body: { version: 1, deferred: [{ materialId: 'hukou', dueOn: '2027-02-30' }] },
    });
    expect(res.status).toBe(400);
    expect(res.body.issues).toEqual([{ path: 'deferred.0.dueOn', message: 'This date does not exist' }]);
  });

  it.each(['2027-02-30', '9999-12-31'])('the catalogue "in force on" date uses the same rule (%s)', async (at) => {
    const res = await t.call('GET', `/api/catalogue/items?at=${at}&lang=en`);
    expect(res.status).toBe(400);
    expect(res.body.issues.map((i: { path: string }) => i.path)).toEqual(['query.at']);
  });
});
