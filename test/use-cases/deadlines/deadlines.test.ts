import { beforeAll, describe, expect, it } from 'vitest';
import { sweepDeadlines } from '../../../functions/use-cases/deadlines/sweep-deadlines.js';
import { createTestApp } from '../../support/test-app.js';
import { submitOldAgeAllowance, testClock, type TestApp } from '../../http/cases/intake-helpers.js';

describe('deadline sweep and calendar changes', () => {
  const clock = testClock();
  let t: TestApp;
  beforeAll(async () => {
    t = await createTestApp({ now: clock.now });
  });

  async function acceptedCase() {
    clock.set('2026-03-02T02:00:00.000Z');
    const c = (await submitOldAgeAllowance(t, 'resident', { materials: ['idCard', 'hukou', 'bankCard'] })).body.case;
    const accepted = await t.call('POST', `/api/cases/${c.caseId}/accept`, { as: 'clerk', body: { version: c.version } });
    return accepted.body.case;
  }

  it('turns the card yellow, then red, then legal breach as the days pass, each change on record', async () => {
    const c = await acceptedCase();
    // Promised 5 working days from Mon 2 March: due Mon 9 March; legal 20: due Mon 30 March.
    expect(c.dueDates).toMatchObject({ promised: '2026-03-09', legal: '2026-03-30' });
    const cardOn = async (iso: string) => {
      clock.set(iso);
      await sweepDeadlines(t.deps.deadlines);
      return (await t.call('GET', `/api/cases/${c.caseId}`, { as: 'supervisor' })).body.case;
    };
    expect((await cardOn('2026-03-03T01:00:00.000Z')).card).toBe('none');
    expect((await cardOn('2026-03-06T01:00:00.000Z')).card).toBe('yellow');
    expect((await cardOn('2026-03-10T01:00:00.000Z')).card).toBe('red');
    const last = await cardOn('2026-03-31T01:00:00.000Z');
    expect(last).toMatchObject({ card: 'legal_breach', worstCard: 'legal_breach' });
    const events = (await t.call('GET', `/api/cases/${c.caseId}`, { as: 'supervisor' })).body.events;
    expect(events.filter((e: { action: string }) => e.action === 'card_changed').map((e: { data: { to: string } }) => e.data.to)).toEqual([
      'yellow',
      'red',
      'legal_breach',
    ]);
    // Running the sweep again the same day changes nothing more.
    const again = await sweepDeadlines(t.deps.deadlines);
    expect(again.changed).toBe(0);
  });

  it("moves open cases' due dates when the administrator changes the year's calendar, and records it", async () => {
    const c = await acceptedCase();
    expect(c.dueDates.promised).toBe('2026-03-09');
    const year = (await t.call('GET', '/api/calendar/years/2026')).body;
    // A new public holiday on Friday 6 March pushes the promised date to Tuesday 10 March.
    const put = await t.call('PUT', '/api/calendar/years/2026', {
      as: 'admin',
      body: { holidays: [...year.holidays, '2026-03-06'].sort(), makeupWorkdays: year.makeupWorkdays, version: year.version },
    });
    expect(put.status, put.text).toBe(200);
    const after = await t.call('GET', `/api/cases/${c.caseId}`, { as: 'clerk' });
    expect(after.body.case.dueDates.promised).toBe('2026-03-10');
    const moved = after.body.events.find((e: { action: string }) => e.action === 'due_dates_changed');
    expect(moved.data).toMatchObject({ from: { promised: '2026-03-09' }, to: { promised: '2026-03-10' } });
    const audit = await t.call('GET', `/api/cases/${c.caseId}/audit`, { as: 'supervisor' });
    expect(audit.body.verdict.ok).toBe(true);
  });
});
