import { sampleBytes } from '../../support/sample-files.js';
import { createTestApp } from '../../support/test-app.js';

export type TestApp = Awaited<ReturnType<typeof createTestApp>>;

/** A valid resident ID (GB 11643 standard example) and mobile for the demo resident. */
export const APPLICANT = {
  applicantName: '张明',
  idNumber: '11010519491231002X',
  phone: '13800138000',
  address: '青石镇青石村 3 组 12 号',
};

/** A controllable "now", starting on Monday 2 March 2026, 10:00 in China. */
export function testClock(start = '2026-03-02T02:00:00.000Z') {
  let current = new Date(start);
  return {
    now: () => new Date(current),
    set: (iso: string) => (current = new Date(iso)),
  };
}

/** Uploads a small file as `as` and returns its id, the way the web app does (ticket, then PUT). */
export async function upload(t: TestApp, as: string, name = 'scan.jpg', contentType = 'image/jpeg', bytes = 2048) {
  const ticket = await t.call('POST', '/api/files/uploads', { as, body: { name, contentType, size: bytes } });
  if (ticket.status !== 201) throw new Error(`upload ticket: ${ticket.status} ${ticket.text}`);
  const put = await t.app.request(ticket.body.uploadUrl, {
    method: 'PUT',
    // The upload URL is bound to its uploader: the PUT carries the uploader's token.
    headers: { ...ticket.body.headers, authorization: `Bearer ${await t.tokenFor(as)}` },
    body: sampleBytes(contentType, bytes),
  });
  if (put.status !== 200) throw new Error(`upload: ${put.status} ${await put.text()}`);
  return ticket.body.fileId as string;
}

let keyCounter = 0;
/** A fresh Idempotency-Key. */
export const newKey = () => `test-key-${Date.now()}-${++keyCounter}`;

/** Submits an old-age allowance (高龄津贴, MZ-GG-0003) application in Qingshi. */
export async function submitOldAgeAllowance(
  t: TestApp,
  as: string,
  options: { materials?: string[]; extra?: Record<string, unknown>; key?: string; answers?: Record<string, unknown> } = {},
) {
  const materials = [];
  for (const materialId of options.materials ?? ['idCard', 'hukou']) {
    materials.push({ materialId, fileIds: [await upload(t, as)] });
  }
  return t.call('POST', '/api/cases', {
    as,
    headers: { 'idempotency-key': options.key ?? newKey() },
    body: { itemCode: 'MZ-GG-0003', townshipId: 'qingshi', answers: options.answers ?? APPLICANT, materials, ...options.extra },
  });
}
