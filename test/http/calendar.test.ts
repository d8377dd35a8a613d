import { beforeAll, describe, expect, it } from 'vitest';
import { createTestApp } from '../support/test-app.js';

describe('calendar API', () => {
  let t: Awaited<ReturnType<typeof createTestApp>>;
  beforeAll(async () => {
    t = await createTestApp();
  });

  describe('GET /api/calendar/due-date (public)', () => {
    it('counts across Spring Festival and a makeup Saturday, with the explanation in both languages', async () => {
      const res = await t.call('GET', '/api/calendar/due-date?acceptedOn=2026-02-13&workingDays=5');
      expect(res.status).toBe(200);
      expect(res.body).toMatchObject({ acceptedOn: '2026-02-13', workingDays: 5, dueDate: '2026-02-27', provisional: false, provisionalYears: [] });
      expect(res.body.explanation.en).toContain('15–23 Feb 2026 public holiday');
      expect(res.body.explanation['zh-CN']).toContain('2026年2月14日（星期六）调休上班');
      expect(res.body.explanation.parts[0]).toEqual({ kind: 'due', dueDate: '2026-02-27' });
    });

    it('answers what-if for the suspend and extend forms: paused days and an extension move the date', async () => {
      const base = await t.call('GET', '/api/calendar/due-date?acceptedOn=2026-03-02&workingDays=5');
      expect(base.body.dueDate).toBe('2026-03-09');
      const paused = await t.call('GET', '/api/calendar/due-date?acceptedOn=2026-03-02&workingDays=5&pause=2026-03-04..2026-03-06');
      expect(paused.status, paused.text).toBe(200);
      expect(paused.body.dueDate).toBe('2026-03-12');
      expect(paused.body.explanation.en).toContain('3 working days paused');
      const both = await t.call(
        'GET',
        '/api/calendar/due-date?acceptedOn=2026-03-02&workingDays=5&pause=2026-03-04..2026-03-06&pause=2026-03-16..2026-03-16&extensionDays=5',
      );
      // 5 + 5 working days, plus 3 and 1 paused, counted from 3 March.
      expect(both.body.dueDate).toBe('2026-03-20');
      const bad = await t.call('GET', '/api/calendar/due-date?acceptedOn=2026-03-02&workingDays=5&pause=2026-03-06..2026-03-04');
      expect(bad.status).toBe(400);
      expect(bad.body.issues[0].path).toMatch(/pause/);
    });

    it.each([
      ['2025-09-26', 6, '2025-10-11'],
      ['2025-12-31', 1, '2026-01-04'],
      ['2026-03-02', 0, '2026-03-02'],
    ])('from %s, %i working days → %s', async (acceptedOn, workingDays, dueDate) => {
      const res = await t.call('GET', `/api/calendar/due-date?acceptedOn=${acceptedOn}&workingDays=${workingDays}`);
      expect(res.status).toBe(200);
      expect(res.body.dueDate).toBe(dueDate);
    });

    it.each([
      ['acceptedOn=2026-02-30&workingDays=5', ['query.acceptedOn'], 'This date does not exist'],
      ['acceptedOn=13/02/2026&workingDays=5', ['query.acceptedOn'], 'YYYY-MM-DD'],
      ['acceptedOn=2026-02-13&workingDays=-1', ['query.workingDays'], 'whole number from 0 to 1000'],
      ['acceptedOn=2026-02-13&workingDays=2.5', ['query.workingDays'], 'whole number'],
      ['acceptedOn=2026-02-13&workingDays=abc', ['query.workingDays'], 'whole number'],
      ['', ['query.acceptedOn', 'query.workingDays'], ''],
    ])('refuses ?%s with 400 naming %j', async (query, paths, text) => {
      const res = await t.call('GET', `/api/calendar/due-date?${query}&lang=en`);
      expect(res.status).toBe(400);
      expect(res.body.code).toBe('VALIDATION_FAILED');
      expect([...new Set(res.body.issues.map((i: { path: string }) => i.path))].sort()).toEqual(paths);
      expect(res.body.issues[0].message).toContain(text);
    });

    it('answers field problems in Chinese by default', async () => {
      const res = await t.call('GET', '/api/calendar/due-date?acceptedOn=2026-02-30&workingDays=5');
      expect(res.body.issues[0]).toEqual({ path: 'query.acceptedOn', message: '该日期不存在' });
    });
  });

  describe('reading years (public)', () => {
    it('lists the seeded years with their source', async () => {
      const res = await t.call('GET', '/api/calendar/years');
      expect(res.status).toBe(200);
      const years = res.body.years.map((y: { year: number }) => y.year);
      expect(years).toEqual(expect.arrayContaining([2025, 2026]));
      expect(years).toEqual([...years].sort((a: number, b: number) => a - b));
      expect(res.body.years.find((y: { year: number }) => y.year === 2026)).toMatchObject({ source: expect.stringMatching(/^chinese-days@/), version: 1 });
    });

    it('gives one year', async () => {
      const res = await t.call('GET', '/api/calendar/years/2026');
      expect(res.status).toBe(200);
      expect(res.body.makeupWorkdays).toEqual(['2026-01-04', '2026-02-14', '2026-02-28', '2026-05-09', '2026-09-20', '2026-10-10']);
      expect(res.body.holidays).toHaveLength(33);
      expect(res.body.pk).toBeUndefined();
    });

    it('answers 404 for a year without a calendar, naming the year', async () => {
      const res = await t.call('GET', '/api/calendar/years/2099?lang=en');
      expect(res.status).toBe(404);
      expect(res.body).toMatchObject({ code: 'CALENDAR_YEAR_NOT_FOUND', message: 'There is no working-day calendar for 2099 yet.' });
    });

    it.each(['1999', '2101', 'abcd', '2026.5'])('refuses year %s with 400 on path.year', async (year) => {
      const res = await t.call('GET', `/api/calendar/years/${year}`);
      expect(res.status).toBe(400);
      expect(res.body.issues.map((i: { path: string }) => i.path)).toEqual(['path.year']);
    });
  });

  describe('PUT /api/calendar/years/:year', () => {
    const year2027 = { holidays: ['2027-01-01'], makeupWorkdays: [], source: '国办发明电（测试）' };

    it.each([
      [undefined, 401, 'UNAUTHENTICATED'],
      ['clerk', 403, 'FORBIDDEN'],
      ['supervisor', 403, 'FORBIDDEN'],
      ['resident', 403, 'FORBIDDEN'],
    ])('refuses %s with %i', async (as, status, code) => {
      const res = await t.call('PUT', '/api/calendar/years/2027', { body: year2027, ...(as ? { as } : {}) });
      expect(res.status).toBe(status);
      expect(res.body.code).toBe(code);
    });

    it('checks the role before the body', async () => {
      const res = await t.call('PUT', '/api/calendar/years/2027', { body: { holidays: 'nonsense' } });
      expect(res.status).toBe(401);
    });

    it('lets an administrator publish 2027, which makes due dates there final', async () => {
      const before = await t.call('GET', '/api/calendar/due-date?acceptedOn=2026-12-01&workingDays=40');
      expect(before.body).toMatchObject({ dueDate: '2027-01-26', provisional: true, provisionalYears: [2027] });

      const res = await t.call('PUT', '/api/calendar/years/2027', { body: year2027, as: 'admin' });
      expect(res.status).toBe(200);
      expect(res.body).toMatchObject({
        year: 2027,
        holidays: ['2027-01-01'],
        version: 1,
        source: '国办发明电（测试）',
        updatedBy: { userId: 'u-admin', name: '郑红' },
      });
      expect(Date.parse(res.body.updatedAt)).not.toBeNaN();

      // Fri 1 Jan 2027 is now a holiday: the count ends a working day later, and is final.
      const after = await t.call('GET', '/api/calendar/due-date?acceptedOn=2026-12-01&workingDays=40');
      expect(after.body).toMatchObject({ dueDate: '2027-01-27', provisional: false, provisionalYears: [] });
    });

    it('refuses to create a year that exists (409) and a stale version (409); takes the current one', async () => {
      const current = (await t.call('GET', '/api/calendar/years/2024')).body;
      const body = { holidays: current.holidays, makeupWorkdays: current.makeupWorkdays };

      const create = await t.call('PUT', '/api/calendar/years/2024?lang=en', { body, as: 'admin' });
      expect(create.status).toBe(409);
      expect(create.body).toMatchObject({ code: 'CALENDAR_YEAR_EXISTS', message: expect.stringContaining('2024') });

      const ok = await t.call('PUT', '/api/calendar/years/2024', { body: { ...body, version: current.version }, as: 'admin' });
      expect(ok.status).toBe(200);
      expect(ok.body).toMatchObject({ version: current.version + 1, source: 'admin' });

      const stale = await t.call('PUT', '/api/calendar/years/2024', { body: { ...body, version: current.version }, as: 'admin' });
      expect(stale.status).toBe(409);
      expect(stale.body.code).toBe('VERSION_CONFLICT');
    });

    it.each([
      [{ holidays: ['2028-01-01', '2027-01-01'], makeupWorkdays: [] }, 'holidays.1', '2027-01-01 is not in 2028'],
      [{ holidays: ['2028-01-01'], makeupWorkdays: ['2028-01-03'] }, 'makeupWorkdays.0', '2028-01-03 is not a Saturday or Sunday'],
      [{ holidays: ['2028-01-01'], makeupWorkdays: ['2028-01-01'] }, 'makeupWorkdays.0', 'cannot be both a holiday and a makeup working day'],
      [{ holidays: ['2028-02-30'], makeupWorkdays: [] }, 'holidays.0', 'This date does not exist'],
      [{ holidays: [], makeupWorkdays: [] }, 'holidays', 'Enter at least one holiday'],
      [{ holidays: ['2028-01-01'] }, 'makeupWorkdays', ''],
      [{ holidays: ['2028-01-01'], makeupWorkdays: [], version: 0 }, 'version', ''],
    ])('refuses %j with 400 on %s', async (body, path, text) => {
      const res = await t.call('PUT', '/api/calendar/years/2028?lang=en', { body, as: 'admin' });
      expect(res.status).toBe(400);
      const issue = res.body.issues.find((i: { path: string }) => i.path === path);
      expect(issue).toBeTruthy();
      expect(issue.message).toContain(text);
    });
  });

  it('documents the routes in the OpenAPI document', async () => {
    const res = await t.call('GET', '/api/openapi.json');
    expect(Object.keys(res.body.paths)).toEqual(expect.arrayContaining(['/api/calendar/due-date', '/api/calendar/years', '/api/calendar/years/{year}']));
    expect(res.body.paths['/api/calendar/years/{year}'].put.security).toEqual([{ bearer: [] }]);
    expect(res.body.paths['/api/calendar/due-date'].get.parameters).toEqual(
      expect.arrayContaining([
        expect.objectContaining({ name: 'acceptedOn', in: 'query', required: true }),
        expect.objectContaining({ name: 'workingDays', in: 'query', required: true, schema: expect.objectContaining({ type: 'integer', maximum: 1000 }) }),
      ]),
    );
  });
});
