import { beforeAll, describe, expect, it } from 'vitest';
import { createTestApp } from '../../support/test-app.js';
import { sampleBytes } from '../../support/sample-files.js';
import { submitOldAgeAllowance, testClock, upload, type TestApp } from './intake-helpers.js';

describe('opening the materials of a case', () => {
  const clock = testClock();
  let t: TestApp;
  let caseId: string;
  let fileIds: string[];
  beforeAll(async () => {
    t = await createTestApp({ now: clock.now });
    const submitted = await submitOldAgeAllowance(t, 'resident', { materials: ['idCard', 'hukou'] });
    expect(submitted.status).toBe(201);
    caseId = submitted.body.case.caseId;
    fileIds = submitted.body.case.materials.flatMap((m: { files: { fileId: string }[] }) => m.files.map((f) => f.fileId));
    expect(fileIds).toHaveLength(2);
  });

  const open = (fileId: string, as: string, id = caseId) => t.call('POST', `/api/cases/${id}/files/${fileId}/open`, { as });

  it("gives the case's township clerk a short-lived URL that serves the bytes inline and sandboxed", async () => {
    const opened = await open(fileIds[0]!, 'clerk');
    expect(opened.status).toBe(200);
    expect(opened.body).toMatchObject({ name: 'scan.jpg', contentType: 'image/jpeg', previewable: true });
    expect(new Date(opened.body.expiresAt).getTime() - clock.now().getTime()).toBe(5 * 60_000);
    // The URL itself is the credential: no token is sent with it (an <img> or <iframe> cannot send one).
    const got = await t.app.request(opened.body.url);
    expect(got.status).toBe(200);
    expect(got.headers.get('content-type')).toBe('image/jpeg');
    expect(got.headers.get('content-disposition')).toMatch(/^inline;/);
    expect(got.headers.get('x-content-type-options')).toBe('nosniff');
    expect(got.headers.get('content-security-policy')).toContain('sandbox');
    expect(new Uint8Array(await got.arrayBuffer())).toEqual(new Uint8Array(sampleBytes('image/jpeg', 2048)));
  });

  it('gives the applicant their own files too', async () => {
    clock.set('2026-03-02T02:01:00.000Z');
    const opened = await open(fileIds[1]!, 'resident');
    expect(opened.status).toBe(200);
    expect((await t.app.request(opened.body.url)).status).toBe(200);
  });

  it("refuses another township's clerk, another resident and strangers with 404 (nothing to probe)", async () => {
    expect((await open(fileIds[0]!, 'clerk.baihe')).status).toBe(404);
    expect((await open(fileIds[0]!, 'resident2')).status).toBe(404);
    expect((await t.call('POST', `/api/cases/${caseId}/files/${fileIds[0]}/open`)).status).toBe(401);
  });

  it('refuses a file that is not on the case, even to the case staff', async () => {
    const loose = await upload(t, 'resident');
    expect((await open(loose, 'clerk')).status).toBe(404);
    expect((await open(loose, 'resident')).status).toBe(404);
    expect((await open(fileIds[0]!, 'clerk', 'no-such-case')).status).toBe(404);
  });

  it('stops working once it expires', async () => {
    clock.set('2026-03-02T02:02:00.000Z');
    const opened = await open(fileIds[0]!, 'clerk');
    clock.set('2026-03-02T02:08:00.000Z');
    expect((await t.app.request(opened.body.url)).status).toBe(400);
  });

  it('logs every URL handed out in the append-only file access log, and only those', async () => {
    const log = await t.deps.intake.fileAccess.list(caseId);
    const granted = log.map((e) => `${e.userId}:${e.fileId}:${e.materialId}`);
    expect(granted).toEqual([`u-clerk-qs:${fileIds[0]}:idCard`, `u-resident-1:${fileIds[1]}:hukou`, `u-clerk-qs:${fileIds[0]}:idCard`]);
    expect(log.every((e) => e.caseId === caseId && Boolean(Date.parse(e.at)))).toBe(true);
    // Reading a file is not a step of the case: its event chain is untouched.
    const c = await t.call('GET', `/api/cases/${caseId}`, { as: 'clerk' });
    expect(c.body.case?.lastEventSeq ?? c.body.lastEventSeq).toBe(1);
  });
});
