import { beforeAll, describe, expect, it } from 'vitest';
import { ApiError } from '../../../web/src/api/api-error.js';
import { changeOffering, editItem, listItemVersions, loadCatalogueRows } from '../../../web/src/api/catalogue-admin.js';
import { getChecklist, getItem, listOffices } from '../../../web/src/api/catalogue-item.js';
import { createApiClient, type ApiClient } from '../../../web/src/api/client.js';
import { draftFromVersion, draftToBody } from '../../../web/src/pages/county/catalogue/item-draft.js';
import { createTestApp } from '../../support/test-app.js';

const NOW = new Date('2026-11-22T02:00:00Z');
const TODAY = '2026-11-22';

// The browser's catalogue calls against the real API (in process, DynamoDB Local, demo data).
describe('catalogue API client', () => {
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
    app = await createTestApp({ now: () => NOW });
  });

  it('reads an item, its checklist for an answer, and the offices', async () => {
    const detail = await getItem(client(), 'ZR-XK-0001');
    expect(detail).toMatchObject({ at: TODAY, item: { code: 'ZR-XK-0001', promisedLimitDays: 15 }, latestVersion: 1 });
    expect(detail.offerings.map((o) => o.townshipId).sort()).toEqual(['baihe', 'liulin', 'qingshi']);
    const rebuild = await getChecklist(client(), 'ZR-XK-0001', { buildType: 'rebuild' });
    expect(rebuild.materials.map((m) => m.id)).toContain('demolitionCommitment');
    const unanswered = await getChecklist(client(), 'ZR-XK-0001', {}).catch((e: unknown) => e);
    expect(unanswered).toBeInstanceOf(ApiError);
    expect((unanswered as ApiError).issues.map((i) => i.path)).toEqual(['answers.buildType']);
    expect((await listOffices(client())).some((o) => o.id === 'county-amr')).toBe(true);
  });

  it('lists rows with the version in force, a later one, and the townships taking each in', async () => {
    const rows = await loadCatalogueRows(client(), { today: TODAY, townshipIds: ['qingshi', 'baihe', 'liulin'] });
    expect(rows.find((r) => r.code === 'ZR-XK-0002')).toMatchObject({ offeredIn: 2, current: { version: 1 } });
    expect(rows.find((r) => r.code === 'MZ-JF-0001')).toMatchObject({ offeredIn: 3, current: { version: 2 }, latest: { version: 2 } });
    const filtered = await loadCatalogueRows(client(), { today: TODAY, townshipIds: [], q: '宅基地', category: 'licensing' });
    expect(filtered.map((r) => r.code)).toEqual(['ZR-XK-0001']);
  });

  it('saves an edit as the next version, refuses a stale one with 409, and a supervisor with 403', async () => {
    const { item } = await getItem(client(), 'YB-GG-0001');
    const body = { ...draftToBody({ ...draftFromVersion(item, TODAY), changeNote: '延长预审时限' }), preReviewLimitDays: 3 };
    const saved = await editItem(client('admin'), 'YB-GG-0001', { ...body, baseVersion: 1 });
    expect(saved).toMatchObject({ version: 2, preReviewLimitDays: 3, recordedBy: 'u-admin' });
    await expect(editItem(client('admin'), 'YB-GG-0001', { ...body, baseVersion: 1 })).rejects.toMatchObject({
      status: 409,
      code: 'CATALOGUE_VERSION_CONFLICT',
    });
    await expect(editItem(client('supervisor'), 'YB-GG-0001', { ...body, baseVersion: 2 })).rejects.toMatchObject({ status: 403 });
    const versions = await listItemVersions(client(), 'YB-GG-0001');
    expect(versions.map((v) => [v.version, v.changeNote])).toEqual([
      [2, '延长预审时限'],
      [1, expect.any(String)],
    ]);
  });

  it('records a recall with its date, and names a change that changes nothing', async () => {
    const record = await changeOffering(client('admin'), 'WJ-GG-0002', {
      townshipId: 'liulin',
      action: 'recall',
      effectiveFrom: '2026-12-01',
      reason: '测试收回',
    });
    expect(record).toMatchObject({ seq: 2, action: 'recall', effectiveFrom: '2026-12-01' });
    const again = await changeOffering(client('admin'), 'WJ-GG-0002', {
      townshipId: 'liulin',
      action: 'recall',
      effectiveFrom: '2026-12-02',
      reason: '重复',
    }).catch((e: unknown) => e);
    expect(again).toMatchObject({ status: 422, code: 'CATALOGUE_OFFERING_UNCHANGED' });
    const past = await changeOffering(client('admin'), 'WJ-GG-0002', {
      townshipId: 'baihe',
      action: 'recall',
      effectiveFrom: '2026-11-01',
      reason: '过去',
    }).catch((e: unknown) => e);
    expect((past as ApiError).issues.map((i) => i.path)).toEqual(['effectiveFrom']);
  });
});
