import { GetCommand } from '@aws-sdk/lib-dynamodb';
import { beforeAll, describe, expect, it } from 'vitest';
import { draftKeys } from '../../../functions/adapters/dynamodb/key-scheme.js';
import { createLogger } from '../../../functions/http/logger.js';
import { createTestApp } from '../../support/test-app.js';
import { APPLICANT, submitOldAgeAllowance, testClock, upload, type TestApp } from '../cases/intake-helpers.js';

/** Drafts kept on the server (issue 11 item 5), over DynamoDB Local: each account's own, version-conditional, expiring. */
const DAY_MS = 24 * 60 * 60 * 1000;
const PATH = '/api/drafts/MZ-GG-0003/qingshi';

const content = (extra: Record<string, unknown> = {}) => ({
  itemName: { 'zh-CN': '高龄津贴申领', en: 'Old-age allowance' },
  variantAnswers: {},
  answers: { applicantName: APPLICANT.applicantName, idNumber: APPLICANT.idNumber, address: '青石镇青石村 3 组 ' },
  materials: {},
  completed: ['situation'],
  ...extra,
});

describe('application drafts on the server', () => {
  const clock = testClock();
  const lines: string[] = [];
  let t: TestApp;
  const save = (body: Record<string, unknown>, as = 'resident', path = PATH) => t.call('PUT', path, { as, body });
  const stored = async (ownerId: string, itemCode = 'MZ-GG-0003', townshipId = 'qingshi') =>
    (await t.db.send(new GetCommand({ TableName: t.tableName, Key: draftKeys.draft(ownerId, itemCode, townshipId), ConsistentRead: true }))).Item;

  beforeAll(async () => {
    t = await createTestApp({ now: clock.now, logger: createLogger('debug', {}, (line) => lines.push(line)) });
  });

  it('saves a first copy (version 1) with its files, and reads it back as typed, spaces and all', async () => {
    const fileId = await upload(t, 'resident', 'id-front.jpg');
    const first = await save({
      basedOn: 0,
      ...content({ materials: { idCard: [{ fileId, name: 'id-front.jpg', contentType: 'image/jpeg', size: 2048 }] } }),
    });
    expect(first.status, first.text).toBe(200);
    expect(first.body).toMatchObject({ itemCode: 'MZ-GG-0003', townshipId: 'qingshi', version: 1, savedAt: clock.now().toISOString() });
    expect(first.body.answers, 'a save answers without the answers').toBeUndefined();

    const read = await t.call('GET', PATH, { as: 'resident' });
    expect(read.status, read.text).toBe(200);
    expect(read.body.answers.address).toBe('青石镇青石村 3 组 ');
    expect(read.body.materials.idCard).toEqual([{ fileId, name: 'id-front.jpg', contentType: 'image/jpeg', size: 2048 }]);
    expect(read.body.completed).toEqual(['situation']);
  });

  it('sets the TTL attribute 30 days after the last save, in epoch seconds, and says when on the answer', async () => {
    const item = await stored('u-resident-1');
    const expected = clock.now().getTime() + 30 * DAY_MS;
    expect(item?.expiresAt).toBe(Math.floor(expected / 1000));
    const read = await t.call('GET', PATH, { as: 'resident' });
    expect(read.body.expiresAt).toBe(new Date(expected).toISOString());
  });

  it('saves on top of the stored version; a stale save gets 409 with the current version and time, and writes nothing', async () => {
    clock.set('2026-03-02T03:00:00.000Z');
    const second = await save({ basedOn: 1, ...content({ completed: ['situation', 'form'] }) });
    expect(second.status, second.text).toBe(200);
    expect(second.body.version).toBe(2);

    // The other device still holds version 1.
    const stale = await save({ basedOn: 1, ...content({ answers: { applicantName: '另一台设备' } }) });
    expect(stale.status, stale.text).toBe(409);
    expect(stale.body).toMatchObject({ code: 'DRAFT_CHANGED', current: { version: 2, savedAt: '2026-03-02T03:00:00.000Z' } });
    expect(stale.body.message).toContain('另一台设备');
    const item = await stored('u-resident-1');
    expect(item?.version).toBe(2);
    expect(item?.answers.applicantName).toBe(APPLICANT.applicantName);
  });

  it('lets one of ten saves on the same version through; the other nine get 409 naming the winner', async () => {
    const path = '/api/drafts/MZ-GG-0001/qingshi';
    expect((await save({ basedOn: 0, ...content() }, 'resident', path)).status).toBe(200);
    const results = await Promise.all(
      Array.from({ length: 10 }, (_, i) => save({ basedOn: 1, ...content({ answers: { applicantName: `设备${i}` } }) }, 'resident', path)),
    );
    expect(results.map((r) => r.status).sort()).toEqual([200, ...Array(9).fill(409)]);
    const winner = results.findIndex((r) => r.status === 200);
    expect(results.filter((r) => r.status === 409).every((r) => r.body.current.version === 2)).toBe(true);
    expect((await stored('u-resident-1', 'MZ-GG-0001'))?.answers.applicantName).toBe(`设备${winner}`);
    expect((await t.call('DELETE', path, { as: 'resident' })).status).toBe(204);
  });

  it('refuses a first save of an item that already has a draft (409 with the stored copy), and a save from the future', async () => {
    const first = await save({ basedOn: 0, ...content() });
    expect(first.status).toBe(409);
    expect(first.body).toMatchObject({ code: 'DRAFT_EXISTS', current: { version: 2 } });
    const ahead = await save({ basedOn: 7, ...content() });
    expect(ahead.status).toBe(409);
    expect(ahead.body.current.version).toBe(2);
    expect((await stored('u-resident-1'))?.version).toBe(2);
  });

  it('lists the account’s drafts, newest first, without answers', async () => {
    clock.set('2026-03-02T04:00:00.000Z');
    expect((await save({ basedOn: 0, ...content({ itemName: { 'zh-CN': '建房', en: 'House' } }) }, 'resident', '/api/drafts/ZR-XK-0001/baihe')).status).toBe(
      200,
    );
    const list = await t.call('GET', '/api/drafts', { as: 'resident' });
    expect(list.status, list.text).toBe(200);
    expect(list.body.items.map((d: { itemCode: string; townshipId: string }) => `${d.itemCode}@${d.townshipId}`)).toEqual([
      'ZR-XK-0001@baihe',
      'MZ-GG-0003@qingshi',
    ]);
    expect(list.body.items[1]).toEqual({
      itemCode: 'MZ-GG-0003',
      townshipId: 'qingshi',
      itemName: { 'zh-CN': '高龄津贴申领', en: 'Old-age allowance' },
      completed: ['situation', 'form'],
      version: 2,
      savedAt: '2026-03-02T03:00:00.000Z',
      expiresAt: new Date(Date.parse('2026-03-02T03:00:00.000Z') + 30 * DAY_MS).toISOString(),
    });
    expect(list.text).not.toContain(APPLICANT.idNumber);
  });

  it('is nobody else’s: another resident, a clerk and an anonymous caller neither see nor change it', async () => {
    const other = await t.call('GET', PATH, { as: 'resident2' });
    expect(other.status).toBe(404);
    expect((await t.call('GET', '/api/drafts', { as: 'resident2' })).body.items).toEqual([]);
    expect((await t.call('DELETE', PATH, { as: 'resident2' })).status).toBe(404);
    // resident2's save lands in resident2's own drafts, never on resident's.
    expect((await save({ basedOn: 2, ...content({ answers: { applicantName: '李芳' } }) }, 'resident2')).status).toBe(409);
    for (const [as, status] of [
      ['clerk', 403],
      ['reviewer', 403],
      ['supervisor', 403],
      [undefined, 401],
    ] as const) {
      const init = as ? { as } : {};
      expect((await t.call('GET', '/api/drafts', init)).status, `${as} list`).toBe(status);
      expect((await t.call('GET', PATH, init)).status, `${as} read`).toBe(status);
      expect((await t.call('PUT', PATH, { ...init, body: { basedOn: 2, ...content({ answers: { applicantName: 'x' } }) } })).status, `${as} save`).toBe(status);
      expect((await t.call('DELETE', PATH, init)).status, `${as} delete`).toBe(status);
    }
    const item = await stored('u-resident-1');
    expect(item?.version).toBe(2);
    expect(item?.answers.applicantName).toBe(APPLICANT.applicantName);
    expect(await stored('u-resident-2')).toBeUndefined();
  });

  it('keeps a village proxy to the own township', async () => {
    expect((await save({ basedOn: 0, ...content() }, 'proxy', '/api/drafts/MZ-GG-0003/baihe')).status).toBe(403);
    const own = await save({ basedOn: 0, ...content({ consent: { method: 'phone_call', givenAt: '2026-03-02T09:30', note: '' } }) }, 'proxy');
    expect(own.status, own.text).toBe(200);
    expect((await t.call('GET', PATH, { as: 'proxy' })).body.consent.method).toBe('phone_call');
  });

  it.each([
    ['a control character in an answer', { answers: { applicantName: 'a\u0007b' } }, 'answers.applicantName'],
    ['an unknown step', { completed: ['situation', 'pay'] }, 'completed.1'],
    ['a step twice', { completed: ['form', 'form'] }, 'completed'],
    [
      'a file reference that is not an id',
      { materials: { idCard: [{ fileId: '../x', name: 'a.jpg', contentType: 'image/jpeg', size: 1 }] } },
      'materials.idCard.0.fileId',
    ],
    ['101 answers', { answers: Object.fromEntries(Array.from({ length: 101 }, (_, i) => [`f${i}`, 'x'])) }, 'answers'],
    ['more than 64 KB', { answers: Object.fromEntries(Array.from({ length: 40 }, (_, i) => [`f${i}`, '字'.repeat(2000)])) }, '(body)'],
  ])('refuses %s (400 naming the field), writing nothing', async (_name, extra, path) => {
    const res = await save({ basedOn: 0, ...content(extra) }, 'resident', '/api/drafts/MZ-GG-0001/qingshi');
    expect(res.status, res.text).toBe(400);
    expect(res.body.issues.map((i: { path: string }) => i.path)).toContain(path);
    expect(await stored('u-resident-1', 'MZ-GG-0001')).toBeUndefined();
  });

  it('refuses a malformed item code or township in the path', async () => {
    expect((await t.call('GET', '/api/drafts/mz%23x/qingshi', { as: 'resident' })).status).toBe(400);
    expect((await t.call('GET', '/api/drafts/MZ-GG-0003/QINGSHI', { as: 'resident' })).status).toBe(400);
  });

  it('deletes a draft; a save based on it is then told it is gone (409), and a first save starts again', async () => {
    const path = '/api/drafts/ZR-XK-0001/baihe';
    expect((await t.call('DELETE', path, { as: 'resident' })).status).toBe(204);
    expect((await t.call('GET', path, { as: 'resident' })).status).toBe(404);
    expect((await t.call('DELETE', path, { as: 'resident' })).status).toBe(404);
    const late = await save({ basedOn: 1, ...content() }, 'resident', path);
    expect(late.status).toBe(409);
    expect(late.body.code).toBe('DRAFT_GONE');
    expect(late.body.current).toBeUndefined();
    expect((await save({ basedOn: 0, ...content() }, 'resident', path)).body.version).toBe(1);
  });

  it('removes the draft with the submission, in its transaction; a draft of another township stays', async () => {
    expect((await stored('u-resident-1'))?.version).toBe(2);
    const submitted = await submitOldAgeAllowance(t, 'resident');
    expect(submitted.status, submitted.text).toBe(201);
    expect(await stored('u-resident-1')).toBeUndefined();
    expect((await t.call('GET', PATH, { as: 'resident' })).status).toBe(404);
    expect(await stored('u-resident-1', 'ZR-XK-0001', 'baihe')).toBeDefined();
    // Another account's draft of the same item (the proxy's) is not the resident's to remove.
    expect(await stored('u-proxy-qs')).toBeDefined();
  });

  it('submits as usual when there is no draft to remove', async () => {
    const submitted = await submitOldAgeAllowance(t, 'resident2', { answers: { ...APPLICANT, applicantName: '李芳', idNumber: '110105195001010012' } });
    expect(submitted.status, submitted.text).toBe(201);
  });

  it('treats a draft past its 30 days as gone before the TTL removes it: not listed, not readable, a first save replaces it', async () => {
    clock.set(new Date(Date.parse('2026-03-02T04:00:00.000Z') + 31 * DAY_MS).toISOString());
    const path = '/api/drafts/ZR-XK-0001/baihe';
    expect(await stored('u-resident-1', 'ZR-XK-0001', 'baihe')).toBeDefined();
    expect((await t.call('GET', '/api/drafts', { as: 'resident' })).body.items).toEqual([]);
    expect((await t.call('GET', path, { as: 'resident' })).status).toBe(404);
    expect((await save({ basedOn: 1, ...content() }, 'resident', path)).body.code).toBe('DRAFT_GONE');
    const again = await save({ basedOn: 0, ...content() }, 'resident', path);
    expect(again.status, again.text).toBe(200);
    expect(again.body.version).toBe(1);
  });

  it('never logs what a draft holds', () => {
    const logged = lines.join('\n');
    expect(logged).toContain('draft saved');
    for (const secret of [APPLICANT.applicantName, APPLICANT.idNumber, '青石镇青石村', '另一台设备', '李芳']) expect(logged).not.toContain(secret);
  });
});
