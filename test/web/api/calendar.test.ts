import { beforeAll, describe, expect, it } from 'vitest';
import { getDueDate, listCalendarYears, saveCalendarYear } from '../../../web/src/api/calendar.js';
import { createApiClient, type ApiClient } from '../../../web/src/api/client.js';
import { createTestApp } from '../../support/test-app.js';

// The browser's calendar calls against the real API (in process, DynamoDB Local, demo data).
describe('calendar API client', () => {
  let app: Awaited<ReturnType<typeof createTestApp>>;
  const client = (as?: string): ApiClient => {
    let token: string | undefined;
    return createApiClient({
      token: () => token,
      lang: () => 'zh-CN',
      fetch: async (input, init) => {
        if (as && !token) token = await app.tokenFor(as);
        const headers = new Headers(init?.headers);
        if (token) headers.set('authorization', `Bearer ${token}`);
        return app.app.request(String(input), { ...init, headers });
      },
    });
  };
  beforeAll(async () => {
    app = await createTestApp();
  });

  it('saves a year with the version read; a holiday moves a due date across it by a day; a stale save is a 409', async () => {
    await expect(getDueDate(client(), '2026-12-07', 5)).resolves.toMatchObject({ dueDate: '2026-12-14', provisional: false });
    const year = (await listCalendarYears(client())).find((y) => y.year === 2026)!;
    const saved = await saveCalendarYear(client('admin'), 2026, {
      holidays: [...year.holidays, '2026-12-09'],
      makeupWorkdays: year.makeupWorkdays,
      source: '测试',
      version: year.version,
    });
    expect(saved).toMatchObject({ version: year.version + 1, source: '测试', updatedBy: { userId: 'u-admin' } });
    await expect(getDueDate(client(), '2026-12-07', 5)).resolves.toMatchObject({ dueDate: '2026-12-15' });
    await expect(
      saveCalendarYear(client('admin'), 2026, { holidays: year.holidays, makeupWorkdays: year.makeupWorkdays, version: year.version }),
    ).rejects.toMatchObject({ status: 409 });
  });

  it('creates a year that has none; refuses an empty one and a weekday makeup day by entry', async () => {
    const empty = await saveCalendarYear(client('admin'), 2030, { holidays: [], makeupWorkdays: [] }).catch((e: unknown) => e);
    expect(empty).toMatchObject({ status: 400 });
    const weekday = await saveCalendarYear(client('admin'), 2030, { holidays: ['2030-01-01'], makeupWorkdays: ['2030-01-02'] }).catch((e: unknown) => e);
    expect(weekday).toMatchObject({ status: 400, issues: [{ path: 'makeupWorkdays.0' }] });
    await expect(saveCalendarYear(client('admin'), 2030, { holidays: ['2030-01-01'], makeupWorkdays: [] })).resolves.toMatchObject({
      year: 2030,
      version: 1,
    });
    await expect(saveCalendarYear(client('supervisor'), 2030, { holidays: ['2030-01-01'], makeupWorkdays: [], version: 1 })).rejects.toMatchObject({
      status: 403,
    });
  });
});
