import { S3Client } from '@aws-sdk/client-s3';
import { beforeAll, describe, expect, it } from 'vitest';
import { createFileMetadata } from '../../../functions/adapters/dynamodb/file-metadata.js';
import { createS3FileStore } from '../../../functions/adapters/s3/s3-file-store.js';
import { declaredTypeMatches, materialAccepts } from '../../../functions/core/files/content-type.js';
import { sampleBytes } from '../../support/sample-files.js';
import { createTestApp } from '../../support/test-app.js';
import { APPLICANT, newKey, testClock, type TestApp } from '../cases/intake-helpers.js';

const HTML = new TextEncoder().encode('<html><script>alert(document.cookie)</script></html>'.padEnd(2048, ' '));
const ELF = (() => {
  const b = new Uint8Array(2048);
  b.set([0x7f, 0x45, 0x4c, 0x46, 2, 1, 1]);
  return b;
})();

/** Issue 10, finding 1: upload content never checked, URLs usable by anyone and after submission, files served inline as declared. */
describe('uploads that cannot be swapped or spoofed', () => {
  const clock = testClock();
  let t: TestApp;
  beforeAll(async () => {
    t = await createTestApp({ now: clock.now });
  });

  const ticket = async (as: string, name: string, contentType: string, size: number) => {
    const res = await t.call('POST', '/api/files/uploads', { as, body: { name, contentType, size } });
    expect(res.status, res.text).toBe(201);
    return res.body as { fileId: string; uploadUrl: string; headers: Record<string, string> };
  };
  const put = async (url: string, bytes: Uint8Array<ArrayBuffer>, as: string | undefined, headers: Record<string, string>) => {
    const res = await t.app.request(`${url}&lang=en`, {
      method: 'PUT',
      headers: { ...headers, ...(as ? { authorization: `Bearer ${await t.tokenFor(as)}` } : {}) },
      body: bytes,
    });
    const text = await res.text();
    return { status: res.status, body: text ? JSON.parse(text) : undefined };
  };
  const submit = (fileIds: Record<string, string[]>) =>
    t.call('POST', '/api/cases?lang=en', {
      as: 'resident',
      headers: { 'idempotency-key': newKey() },
      body: {
        itemCode: 'MZ-GG-0003',
        townshipId: 'qingshi',
        answers: APPLICANT,
        materials: Object.entries(fileIds).map(([materialId, ids]) => ({ materialId, fileIds: ids })),
      },
    });

  it.each([
    ['HTML declared as a PDF', HTML, 'application/pdf', 'scan.pdf', 'The file content is not of a recognised type'],
    ['an ELF binary declared as a PDF', ELF, 'application/pdf', 'scan.pdf', 'The file content (application/x-elf) is not the declared type (application/pdf)'],
    ['a PNG declared as a JPEG', sampleBytes('image/png'), 'image/jpeg', 'scan.jpg', 'The file content (image/png) is not the declared type (image/jpeg)'],
  ])('refuses %s at upload, and the file cannot be attached (400 naming the field)', async (_what, bytes, contentType, name, message) => {
    const tk = await ticket('resident', name, contentType, bytes.byteLength);
    const res = await put(tk.uploadUrl, bytes as Uint8Array<ArrayBuffer>, 'resident', tk.headers);
    expect(res.status).toBe(400);
    expect(res.body.issues).toEqual([{ path: '(body)', message: expect.stringContaining(message) }]);
    const sub = await submit({ idCard: [tk.fileId] });
    expect(sub.status).toBe(400);
    expect(sub.body.issues).toContainEqual({ path: 'materials.0.fileIds.0', message: 'The file has not finished uploading' });
  });

  it('decides by content, not by name: a real PDF passes; the extension alone no longer does', () => {
    const pdf = { mime: 'application/pdf', ext: 'pdf' };
    const png = { mime: 'image/png', ext: 'png' };
    expect(declaredTypeMatches('application/pdf', 'a.pdf', pdf)).toBe(true);
    expect(declaredTypeMatches('application/octet-stream', 'plan.dwg', { mime: 'image/vnd.dwg', ext: 'dwg' })).toBe(true);
    expect(declaredTypeMatches('application/octet-stream', 'plan.pdf', { mime: 'image/vnd.dwg', ext: 'dwg' })).toBe(false);
    // Before: a name ending in .pdf satisfied ['application/pdf', '.pdf', '.dwg'] whatever the bytes.
    expect(materialAccepts(['application/pdf', '.pdf', '.dwg'], png, 'plan.pdf')).toBe(false);
    expect(materialAccepts(['application/pdf', '.pdf', '.dwg'], { mime: 'image/vnd.dwg', ext: 'dwg' }, 'plan.dwg')).toBe(true);
    expect(materialAccepts(['image/jpeg', '.jpg'], png, 'photo.jpg')).toBe(false);
  });

  it('refuses a size other than the declared one', async () => {
    const tk = await ticket('resident', 'scan.jpg', 'image/jpeg', 4096);
    const res = await put(tk.uploadUrl, sampleBytes('image/jpeg', 4000), 'resident', tk.headers);
    expect(res.status).toBe(400);
    expect(res.body.issues).toEqual([{ path: '(body)', message: 'The file size differs from the one requested' }]);
  });

  it('binds the URL to its uploader: another resident, or nobody, is refused', async () => {
    const tk = await ticket('resident', 'scan.jpg', 'image/jpeg', 2048);
    expect((await put(tk.uploadUrl, sampleBytes('image/jpeg'), 'resident2', tk.headers)).status).toBe(403);
    expect((await put(tk.uploadUrl, sampleBytes('image/jpeg'), undefined, tk.headers)).status).toBe(403);
    expect((await put(tk.uploadUrl, sampleBytes('image/jpeg'), 'resident', tk.headers)).status).toBe(200);
  });

  it('is single-use, also when two PUTs race, and refused once the file is in a submitted case', async () => {
    const tk = await ticket('resident', 'scan.jpg', 'image/jpeg', 2048);
    const racing = await Promise.all([1, 2, 3].map(() => put(tk.uploadUrl, sampleBytes('image/jpeg'), 'resident', tk.headers)));
    expect(racing.map((r) => r.status).sort()).toEqual([200, 409, 409]);
    expect(racing.find((r) => r.status === 409)!.body.code).toBe('UPLOAD_CLOSED');

    const hukou = await ticket('resident', 'hukou.pdf', 'application/pdf', 2048);
    expect((await put(hukou.uploadUrl, sampleBytes('application/pdf'), 'resident', hukou.headers)).status).toBe(200);
    const sub = await submit({ idCard: [tk.fileId], hukou: [hukou.fileId] });
    expect(sub.status, JSON.stringify(sub.body)).toBe(201);
    const stored = await t.deps.intake.files.describe(tk.fileId);
    expect(stored).toMatchObject({ attachedTo: sub.body.case.caseId, detected: { mime: 'image/jpeg', ext: 'jpg' } });
    const swap = await put(tk.uploadUrl, sampleBytes('image/jpeg'), 'resident', tk.headers);
    expect(swap.status).toBe(409);
    expect(swap.body.message).toContain('part of a submitted case');
  });

  it('leaves the uploads of a refused submission tied to no case, so the corrected submission attaches them to the case it makes', async () => {
    const tk = await ticket('resident', 'scan.jpg', 'image/jpeg', 2048);
    expect((await put(tk.uploadUrl, sampleBytes('image/jpeg'), 'resident', tk.headers)).status).toBe(200);
    const refused = await submit({ idCard: [tk.fileId] });
    expect(refused.status).toBe(400);
    expect(refused.body.issues).toEqual([{ path: 'materials.hukou', message: expect.stringContaining('户口簿') }]);
    expect((await t.deps.intake.files.describe(tk.fileId))?.attachedTo).toBeUndefined();

    const hukou = await ticket('resident', 'hukou.pdf', 'application/pdf', 2048);
    expect((await put(hukou.uploadUrl, sampleBytes('application/pdf'), 'resident', hukou.headers)).status).toBe(200);
    const taken = await submit({ idCard: [tk.fileId], hukou: [hukou.fileId] });
    expect(taken.status, JSON.stringify(taken.body)).toBe(201);
    expect((await t.deps.intake.files.describe(tk.fileId))?.attachedTo).toBe(taken.body.case.caseId);
  });

  it('serves images and PDFs inline with nosniff and a sandbox CSP, everything else as a download, with the detected type', async () => {
    const check = async (name: string, contentType: string, disposition: string, served: string) => {
      const tk = await ticket('resident', name, contentType, 2048);
      expect((await put(tk.uploadUrl, sampleBytes(contentType), 'resident', tk.headers)).status).toBe(200);
      const url = await t.deps.intake.files.downloadUrl(tk.fileId, clock.now());
      const res = await t.app.request(url);
      expect(res.status).toBe(200);
      expect(res.headers.get('content-type')).toBe(served);
      expect(res.headers.get('content-disposition')).toMatch(new RegExp(`^${disposition}; filename\\*=UTF-8''`));
      expect(res.headers.get('x-content-type-options')).toBe('nosniff');
      expect(res.headers.get('content-security-policy')).toMatch(/^sandbox; default-src 'none'/);
    };
    await check('id.pdf', 'application/pdf', 'inline', 'application/pdf');
    await check('id.png', 'image/png', 'inline', 'image/png');
    await check('plan.dwg', 'application/octet-stream', 'attachment', 'image/vnd.dwg');
  });
});

/**
 * The S3 store against an in-memory bucket that answers the commands the store sends (DynamoDB is
 * the real DynamoDB Local). Presigning is done by the real SDK with dummy credentials, offline.
 */
describe('S3 file store: presigned PUT to a server-made key, checked, then copied to an immutable key', () => {
  let t: TestApp;
  const objects = new Map<string, { body: Uint8Array; etag: string; contentType?: string }>();
  const sent: { name: string; input: Record<string, any> }[] = [];
  let store: ReturnType<typeof createS3FileStore>;
  beforeAll(async () => {
    t = await createTestApp();
    const s3 = new S3Client({ region: 'cn-north-1', credentials: { accessKeyId: 'AKIDEXAMPLE', secretAccessKey: 'secret' } });
    (s3 as any).send = async (command: { constructor: { name: string }; input: Record<string, any> }) => {
      const { name } = command.constructor;
      const input = command.input;
      sent.push({ name, input });
      const object = objects.get(input.Key);
      if (name === 'HeadObjectCommand') {
        if (!object) throw Object.assign(new Error('NotFound'), { name: 'NotFound' });
        return { ContentLength: object.body.byteLength, ETag: object.etag };
      }
      if (name === 'GetObjectCommand') {
        if (input.IfMatch !== object!.etag) throw new Error('PreconditionFailed');
        const [from, to] = String(input.Range).replace('bytes=', '').split('-').map(Number);
        return { Body: { transformToByteArray: async () => object!.body.slice(from, to! + 1) } };
      }
      if (name === 'CopyObjectCommand') {
        const source = objects.get(String(input.CopySource).split('/').slice(1).join('/'))!;
        if (input.CopySourceIfMatch !== source.etag) throw new Error('PreconditionFailed');
        objects.set(input.Key, { ...source, contentType: input.ContentType });
        return {};
      }
      if (name === 'DeleteObjectCommand') {
        objects.delete(input.Key);
        return {};
      }
      throw new Error(`unexpected ${name}`);
    };
    store = createS3FileStore({ s3, bucket: 'materials-bucket', metadata: createFileMetadata(t.db, t.tableName) });
  });
  const upload = (fileId: string, body: Uint8Array) => objects.set(`incoming/${fileId}`, { body, etag: `"${fileId}-${body.byteLength}"` });

  it('presigns a PUT to incoming/<id> with the exact type and length signed', async () => {
    const tk = await store.createUpload({ ownerId: 'u-1', name: 'id.jpg', contentType: 'image/jpeg', size: 2048 }, new Date());
    const url = new URL(tk.uploadUrl);
    expect(url.pathname).toBe(`/incoming/${tk.fileId}`);
    expect(url.searchParams.get('X-Amz-SignedHeaders')!.split(';')).toEqual(expect.arrayContaining(['content-length', 'content-type']));
    expect(url.searchParams.get('X-Amz-Expires')).toBe('900');
  });

  it('checks the stored object, copies exactly those bytes to materials/<id> and removes the upload', async () => {
    const tk = await store.createUpload({ ownerId: 'u-1', name: 'id.jpg', contentType: 'image/jpeg', size: 2048 }, new Date());
    expect(await store.describe(tk.fileId)).toMatchObject({ uploaded: false });
    upload(tk.fileId, sampleBytes('image/jpeg'));
    expect(await store.describe(tk.fileId)).toMatchObject({ uploaded: true, detected: { mime: 'image/jpeg' } });
    const copy = sent.find((c) => c.name === 'CopyObjectCommand' && c.input.Key === `materials/${tk.fileId}`)!;
    expect(copy.input).toMatchObject({ CopySourceIfMatch: `"${tk.fileId}-2048"`, ContentType: 'image/jpeg' });
    expect(objects.has(`incoming/${tk.fileId}`)).toBe(false);
    // A later PUT with the same URL lands in incoming/ again; nothing reads it, the material stays.
    upload(tk.fileId, ELF);
    expect(await store.describe(tk.fileId)).toMatchObject({ uploaded: true, detected: { mime: 'image/jpeg' } });
    expect(objects.get(`materials/${tk.fileId}`)!.body).toEqual(sampleBytes('image/jpeg'));
    const download = new URL(await store.downloadUrl(tk.fileId, new Date()));
    expect(download.pathname).toBe(`/materials/${tk.fileId}`);
    expect(download.searchParams.get('response-content-disposition')).toMatch(/^inline; /);
    expect(download.searchParams.get('response-content-type')).toBe('image/jpeg');
  });

  it.each([
    ['type', ELF, 'application/pdf', 2048],
    ['content', HTML, 'application/pdf', 2048],
    ['size', sampleBytes('application/pdf', 1000), 'application/pdf', 2048],
  ])('refuses for good an upload with the wrong %s (never copied)', async (reason, body, contentType, size) => {
    const tk = await store.createUpload({ ownerId: 'u-1', name: 'x.pdf', contentType, size }, new Date());
    upload(tk.fileId, body);
    expect(await store.describe(tk.fileId)).toMatchObject({ uploaded: false, rejected: reason });
    expect(objects.has(`materials/${tk.fileId}`)).toBe(false);
  });
});
