import { beforeAll, describe, expect, it } from 'vitest';
import { resolveVersion } from '../../functions/core/catalogue/resolve-version.js';
import { itemForApplication } from '../../functions/use-cases/catalogue/item-for-application.js';
import { createTestApp } from '../support/test-app.js';

// Friday 20 November 2026, 10:00 in China.
const NOW = new Date('2026-11-20T02:00:00Z');

describe('catalogue API: browsing', () => {
  let t: Awaited<ReturnType<typeof createTestApp>>;
  beforeAll(async () => {
    t = await createTestApp({ now: () => NOW });
  });

  it('lists at least 15 items to an anonymous visitor, with materials and limits', async () => {
    const res = await t.call('GET', '/api/catalogue/items');
    expect(res.status).toBe(200);
    expect(res.body.items.length).toBeGreaterThanOrEqual(15);
    for (const item of res.body.items) {
      expect(item.materials.length).toBeGreaterThan(0);
      expect(item.promisedLimitDays).toBeLessThanOrEqual(item.legalLimitDays);
      expect(item.name['zh-CN']).toBeTruthy();
      expect(item.name.en).toBeTruthy();
    }
    const caseTypes = new Set(res.body.items.map((i: { caseType: string }) => i.caseType));
    expect(caseTypes).toEqual(new Set(['on_the_spot', 'promised']));
  });

  it('finds items by pinyin and initials stored on the item head when the demo was seeded', async () => {
    for (const [q, code] of [
      ['db', 'MZ-JF-0001'],
      ['dibao', 'MZ-JF-0001'],
      ['gljt', 'MZ-GG-0003'],
      ['gaoling', 'MZ-GG-0003'],
      ['MZ-GG-0003', 'MZ-GG-0003'],
    ]) {
      const res = await t.call('GET', `/api/catalogue/items?q=${encodeURIComponent(q!)}`);
      expect(res.status).toBe(200);
      expect(res.body.items[0]?.code, q).toBe(code);
    }
    const head = await t.deps.catalogue.getItemHead('MZ-GG-0003');
    expect(head?.versions[0]?.search?.initials[0]).toBe('gljtsl');
  });

  it('finds items by name and by category', async () => {
    const byName = await t.call('GET', `/api/catalogue/items?q=${encodeURIComponent('低保')}`);
    expect(byName.body.items.map((i: { code: string }) => i.code)).toEqual(['MZ-JF-0001']);
    const licences = await t.call('GET', '/api/catalogue/items?category=licensing');
    expect(licences.body.items.length).toBeGreaterThanOrEqual(4);
    expect(licences.body.items.every((i: { category: string }) => i.category === 'licensing')).toBe(true);
  });

  it.each([
    ['qingshi', '2026-11-20', true],
    ['liulin', '2026-11-20', false],
    ['liulin', '2026-08-31', true],
  ])('says whether %s offers the rural planning permit on %s', async (township, at, offered) => {
    const res = await t.call('GET', `/api/catalogue/items?township=${township}&at=${at}`);
    const permit = res.body.items.find((i: { code: string }) => i.code === 'ZR-XK-0002');
    expect(permit.offered).toBe(offered);
  });

  it('shows the version in force today, an earlier one on an earlier date, and any given version', async () => {
    const now = await t.call('GET', '/api/catalogue/items/MZ-JF-0001');
    expect(now.status).toBe(200);
    expect(now.body.item).toMatchObject({ version: 2, promisedLimitDays: 10 });
    expect(now.body.item.materials.find((m: { id: string }) => m.id === 'incomeStatement').mayBeDeferred).toBe(true);
    expect(now.body.offerings.map((o: { townshipId: string }) => o.townshipId).sort()).toEqual(['baihe', 'liulin', 'qingshi']);
    const before = await t.call('GET', '/api/catalogue/items/MZ-JF-0001?at=2026-06-30');
    expect(before.body.item).toMatchObject({ version: 1, promisedLimitDays: 15 });
    const given = await t.call('GET', '/api/catalogue/items/MZ-JF-0001?version=1');
    expect(given.body.item.version).toBe(1);
    expect(given.body.latestVersion).toBe(2);
  });

  it('lists the version history newest first', async () => {
    const res = await t.call('GET', '/api/catalogue/items/MZ-JF-0001/versions');
    expect(res.status).toBe(200);
    expect(res.body.versions.map((v: { version: number }) => v.version)).toEqual([2, 1]);
    expect(res.body.versions[0].changeNote).toContain('容缺');
  });

  it('answers 404 for an unknown item and 400 for a malformed code', async () => {
    expect((await t.call('GET', '/api/catalogue/items/NO-SUCH-9')).body.code).toBe('CATALOGUE_ITEM_NOT_FOUND');
    const bad = await t.call('GET', '/api/catalogue/items/lower-case');
    expect(bad.status).toBe(400);
    expect(bad.body.issues[0].path).toBe('path.code');
  });

  it('lists the townships with names and the offices the demo accounts belong to', async () => {
    const townships = await t.call('GET', '/api/catalogue/townships?lang=en');
    expect(townships.body.townships.map((x: { id: string }) => x.id)).toEqual(['baihe', 'liulin', 'qingshi']);
    expect(townships.body.townships[2].name['zh-CN']).toBe('青石镇');
    const offices = await t.call('GET', '/api/catalogue/offices');
    const ids = offices.body.offices.map((o: { id: string }) => o.id);
    expect(ids).toEqual(expect.arrayContaining(['qingshi-social', 'qingshi-approval', 'county-amr', 'county-forestry']));
    const qingshiOnly = await t.call('GET', '/api/catalogue/offices?township=qingshi');
    expect(qingshiOnly.body.offices.every((o: { townshipId: string }) => o.townshipId === 'qingshi')).toBe(true);
  });
});

describe('catalogue API: checklists and answers', () => {
  let t: Awaited<ReturnType<typeof createTestApp>>;
  beforeAll(async () => {
    t = await createTestApp({ now: () => NOW });
  });
  const checklist = (answers: Record<string, string>) => t.call('POST', '/api/catalogue/items/ZR-XK-0001/checklist', { body: { answers } });
  const ids = (materials: { id: string }[]) => materials.map((m) => m.id);

  it.each([
    [{ buildType: 'new', usesFarmland: 'yes' }, ['siteSurvey', 'landConversion'], ['oldHouseCert']],
    [{ buildType: 'new', usesFarmland: 'no' }, ['siteSurvey'], ['landConversion', 'oldHouseCert']],
    [{ buildType: 'rebuild' }, ['oldHouseCert', 'demolitionCommitment'], ['siteSurvey', 'landConversion']],
  ])('gives the homestead checklist for %j', async (answers, present, absent) => {
    const res = await checklist(answers);
    expect(res.status).toBe(200);
    expect(ids(res.body.materials)).toEqual(expect.arrayContaining(['idCard', 'application', ...present]));
    for (const id of absent) expect(ids(res.body.materials)).not.toContain(id);
  });

  it.each([
    [{}, 'answers.buildType'],
    [{ buildType: 'new' }, 'answers.usesFarmland'],
    [{ buildType: 'tent' }, 'answers.buildType'],
  ])('names the unanswered question for %j', async (answers, path) => {
    const res = await checklist(answers as Record<string, string>);
    expect(res.status).toBe(400);
    expect(res.body.issues.map((i: { path: string }) => i.path)).toEqual([path]);
  });

  const valid = { applicantName: '张明', idNumber: '11010519491231002X', phone: '13812345678', address: '青石镇青石村3组' };

  it('accepts valid answers', async () => {
    const res = await t.call('POST', '/api/catalogue/items/MZ-GG-0003/validate', { body: { answers: valid } });
    expect(res.status).toBe(200);
    expect(res.body).toMatchObject({ ok: true, version: 1, overrides: [] });
  });

  it.each([
    ['zh-CN', '校验位'],
    ['en', 'check digit'],
  ])('refuses an ID number with a wrong check digit, naming the field (%s)', async (lang, words) => {
    const res = await t.call('POST', `/api/catalogue/items/MZ-GG-0003/validate?lang=${lang}`, {
      body: { answers: { ...valid, idNumber: '110105194912310021', phone: '12345' } },
    });
    expect(res.status).toBe(400);
    const byPath = Object.fromEntries(res.body.issues.map((i: { path: string; message: string }) => [i.path, i.message]));
    expect(Object.keys(byPath).sort()).toEqual(['answers.idNumber', 'answers.phone']);
    expect(byPath['answers.idNumber']).toContain(words);
  });

  it('lets a counter clerk override a failed checksum with a reason, but not a resident', async () => {
    const body = { answers: { ...valid, idNumber: '110105194912310021' }, overrides: [{ fieldId: 'idNumber', reason: '老证件号码有误，已核对户口簿' }] };
    const resident = await t.call('POST', '/api/catalogue/items/MZ-GG-0003/validate', { body, as: 'resident' });
    expect(resident.status).toBe(400);
    expect(resident.body.issues[0].path).toBe('overrides');
    const clerk = await t.call('POST', '/api/catalogue/items/MZ-GG-0003/validate', { body, as: 'clerk' });
    expect(clerk.status).toBe(200);
    expect(clerk.body.overrides).toEqual([expect.objectContaining({ fieldId: 'idNumber', check: 'idNumber.checksum' })]);
  });

  it('refuses a business form with a wrong credit code', async () => {
    const res = await t.call('POST', '/api/catalogue/items/SJ-XK-0002/validate', {
      body: {
        answers: {
          operatorName: '王五',
          idNumber: '11010519491231002X',
          creditCode: '91350100M000100Y44',
          phone: '13912345678',
          premisesAddress: '青石镇老街12号',
          areaM2: 30,
        },
      },
    });
    expect(res.status).toBe(400);
    expect(res.body.issues).toEqual([expect.objectContaining({ path: 'answers.creditCode' })]);
  });
});

describe('catalogue API: administration', () => {
  let t: Awaited<ReturnType<typeof createTestApp>>;
  beforeAll(async () => {
    t = await createTestApp({ now: () => NOW });
  });
  const current = async (code: string) => (await t.call('GET', `/api/catalogue/items/${code}`)).body;
  /** The body of an edit: the item in force, as an editor would send it back. */
  const editOf = async (code: string, change: Record<string, unknown>) => {
    const { item, latestVersion } = await current(code);
    const { version: _v, effectiveFrom: _e, recordedAt: _r, recordedBy: _b, changeNote: _c, ...content } = item;
    return { ...content, effectiveFrom: '2026-12-01', changeNote: '测试修改', baseVersion: latestVersion, ...change };
  };

  it('adds a new version on edit; the old one stays in force until the new effective date', async () => {
    const body = await editOf('MZ-GG-0003', { promisedLimitDays: 3 });
    const res = await t.call('PUT', '/api/catalogue/items/MZ-GG-0003', { body, as: 'admin' });
    expect(res.status).toBe(200);
    expect(res.body).toMatchObject({ version: 2, promisedLimitDays: 3, effectiveFrom: '2026-12-01', recordedBy: 'u-admin' });
    expect((await current('MZ-GG-0003')).item).toMatchObject({ version: 1, promisedLimitDays: 5 });
    const later = await t.call('GET', '/api/catalogue/items/MZ-GG-0003?at=2026-12-01');
    expect(later.body.item).toMatchObject({ version: 2, promisedLimitDays: 3 });
    const history = await t.call('GET', '/api/catalogue/items/MZ-GG-0003/versions');
    expect(history.body.versions.map((v: { version: number }) => v.version)).toEqual([2, 1]);
  });

  it('refuses an edit based on a stale version with 409', async () => {
    const body = await editOf('MZ-GG-0005', { promisedLimitDays: 4 });
    expect((await t.call('PUT', '/api/catalogue/items/MZ-GG-0005', { body, as: 'admin' })).status).toBe(200);
    const stale = await t.call('PUT', '/api/catalogue/items/MZ-GG-0005', { body: { ...body, promisedLimitDays: 2 }, as: 'admin' });
    expect(stale.status).toBe(409);
    expect(stale.body.code).toBe('CATALOGUE_VERSION_CONFLICT');
  });

  it.each([
    ['clerk', 403],
    ['supervisor', 403],
    ['resident', 403],
    [undefined, 401],
  ])('refuses writes from %s with %i', async (as, status) => {
    const body = await editOf('MZ-JF-0002', {});
    const edit = await t.call('PUT', '/api/catalogue/items/MZ-JF-0002', { body, ...(as ? { as } : {}) });
    expect(edit.status).toBe(status);
    const recall = await t.call('POST', '/api/catalogue/items/MZ-JF-0002/offerings', {
      body: { townshipId: 'baihe', action: 'recall', effectiveFrom: '2026-12-01', reason: '测试' },
      ...(as ? { as } : {}),
    });
    expect(recall.status).toBe(status);
  });

  it('refuses an administrator of another county with 403', async () => {
    const { token } = await t.localIssuer.sign({ userId: 'u-admin-x', role: 'admin', name: '外县管理员', countyId: 'other-county' });
    const body = await editOf('MZ-JF-0002', {});
    const res = await t.app.request('/api/catalogue/items/MZ-JF-0002', {
      method: 'PUT',
      headers: { authorization: `Bearer ${token}`, 'content-type': 'application/json' },
      body: JSON.stringify(body),
    });
    expect(res.status).toBe(403);
  });

  it.each([
    [{ promisedLimitDays: 30 }, 'promisedLimitDays'],
    [{ effectiveFrom: '2026-11-19' }, 'effectiveFrom'],
    [{ caseType: 'on_the_spot' }, 'promisedLimitDays'],
    [{ route: { kind: 'forward_to_county', countyOfficeId: 'county-nowhere' } }, 'route.countyOfficeId'],
  ])('refuses an invalid edit %j naming the field', async (change, path) => {
    const body = await editOf('MZ-JF-0004', change);
    const res = await t.call('PUT', '/api/catalogue/items/MZ-JF-0004', { body, as: 'admin' });
    expect(res.status).toBe(400);
    expect(res.body.issues.map((i: { path: string }) => i.path)).toContain(path);
  });

  it('creates an item once; a second create with the same code is a conflict', async () => {
    const { item } = await current('MZ-GG-0003');
    const { version: _v, effectiveFrom: _e, recordedAt: _r, recordedBy: _b, changeNote: _c, countyId: _k, ...content } = item;
    const body = {
      ...content,
      code: 'MZ-GG-0099',
      name: { 'zh-CN': '百岁老人长寿补贴', en: 'Centenarian allowance' },
      effectiveFrom: '2026-11-20',
      changeNote: '新增事项',
    };
    const created = await t.call('POST', '/api/catalogue/items', { body, as: 'admin' });
    expect(created.status).toBe(201);
    expect(created.body).toMatchObject({ code: 'MZ-GG-0099', version: 1, countyId: 'qingshan' });
    const again = await t.call('POST', '/api/catalogue/items', { body, as: 'admin' });
    expect(again.status).toBe(409);
    expect(again.body.code).toBe('CATALOGUE_ITEM_EXISTS');
  });

  it('recalls an item for one township from a date: new applications refused from then, earlier ones keep their version', async () => {
    const res = await t.call('POST', '/api/catalogue/items/WJ-JF-0001/offerings', {
      body: { townshipId: 'qingshi', action: 'recall', effectiveFrom: '2026-12-01', reason: '运行不良事项，收回县卫健委办理' },
      as: 'admin',
    });
    expect(res.status).toBe(201);
    expect(res.body).toMatchObject({ townshipId: 'qingshi', action: 'recall', seq: 2 });

    const listed = async (at: string) =>
      (await t.call('GET', `/api/catalogue/items?township=qingshi&at=${at}`)).body.items.find((i: { code: string }) => i.code === 'WJ-JF-0001');
    expect((await listed('2026-11-30')).offered).toBe(true);
    expect((await listed('2026-12-01')).offered).toBe(false);
    expect(
      (await t.call('GET', '/api/catalogue/items?township=baihe&at=2026-12-01')).body.items.find((i: { code: string }) => i.code === 'WJ-JF-0001').offered,
    ).toBe(true);

    await expect(itemForApplication(t.deps, { code: 'WJ-JF-0001', townshipId: 'qingshi', at: '2026-12-01' })).rejects.toMatchObject({
      code: 'CATALOGUE_ITEM_NOT_OFFERED',
    });
    const inFlight = await itemForApplication(t.deps, { code: 'WJ-JF-0001', townshipId: 'qingshi', at: '2026-11-30' });
    expect(inFlight.version.version).toBe(1);
    expect(resolveVersion(await t.deps.catalogue.listVersions('WJ-JF-0001'), '2026-11-30')?.version).toBe(1);

    const again = await t.call('POST', '/api/catalogue/items/WJ-JF-0001/offerings', {
      body: { townshipId: 'qingshi', action: 'recall', effectiveFrom: '2026-12-02', reason: '重复' },
      as: 'admin',
    });
    expect(again.status).toBe(422);
    expect(again.body.code).toBe('CATALOGUE_OFFERING_UNCHANGED');
  });

  it('lists the catalogue endpoints in the OpenAPI document', async () => {
    const doc = (await t.call('GET', '/api/openapi.json')).body;
    expect(Object.keys(doc.paths)).toEqual(
      expect.arrayContaining(['/api/catalogue/items', '/api/catalogue/items/{code}', '/api/catalogue/items/{code}/offerings']),
    );
  });
});
