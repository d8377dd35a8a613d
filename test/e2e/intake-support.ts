import type { Page } from 'playwright-core';
import { expect } from 'vitest';
import { DEMO_PASSWORD } from '../../functions/demo/accounts.js';
import { sampleBytes } from '../support/sample-files.js';
import { APPLICANT } from '../http/cases/intake-helpers.js';

export { APPLICANT };

/** A signed-in API caller against the running stack, for setting up what a test is not about. */
export interface StackCaller {
  token: string;
  call<T = any>(method: string, path: string, body?: unknown, headers?: Record<string, string>): Promise<{ status: number; body: T }>;
}

/** Signs in through the API as a demo user. */
export async function callerFor(baseUrl: string, username: string): Promise<StackCaller> {
  const login = await fetch(`${baseUrl}/api/auth/local/login`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ username, password: DEMO_PASSWORD }),
  });
  expect(login.status).toBe(200);
  const { token } = (await login.json()) as { token: string };
  return {
    token,
    async call(method, path, body, headers = {}) {
      const response = await fetch(`${baseUrl}${path}`, {
        method,
        headers: { authorization: `Bearer ${token}`, 'content-type': 'application/json', 'accept-language': 'zh-CN', ...headers },
        ...(body !== undefined ? { body: JSON.stringify(body) } : {}),
      });
      const text = await response.text();
      return { status: response.status, body: text ? JSON.parse(text) : undefined };
    },
  };
}

/** Uploads a small file as the caller (ticket, then PUT), the way the web app does. */
export async function uploadAs(baseUrl: string, caller: StackCaller, name = 'scan.jpg', contentType = 'image/jpeg', size = 2048): Promise<string> {
  const ticket = await caller.call('POST', '/api/files/uploads', { name, contentType, size });
  expect(ticket.status).toBe(201);
  const url = ticket.body.uploadUrl.startsWith('http') ? ticket.body.uploadUrl : `${baseUrl}${ticket.body.uploadUrl}`;
  const sameOrigin = !ticket.body.uploadUrl.startsWith('http');
  const put = await fetch(url, {
    method: 'PUT',
    headers: { ...ticket.body.headers, ...(sameOrigin ? { authorization: `Bearer ${caller.token}` } : {}) },
    body: sampleBytes(contentType, size),
  });
  expect(put.status).toBe(200);
  return ticket.body.fileId;
}

let keys = 0;

/** Submits an old-age allowance (高龄津贴) application through the API and returns the case. */
export async function submitOldAgeAllowance(baseUrl: string, caller: StackCaller, answers: Record<string, string> = APPLICANT) {
  const materials = [];
  for (const materialId of ['idCard', 'hukou']) materials.push({ materialId, fileIds: [await uploadAs(baseUrl, caller)] });
  const res = await caller.call(
    'POST',
    '/api/cases',
    { itemCode: 'MZ-GG-0003', townshipId: 'qingshi', answers, materials },
    { 'idempotency-key': `e2e-${Date.now()}-${++keys}` },
  );
  expect(res.status).toBe(201);
  return res.body.case as { caseId: string; caseNumber: string; queryCode: string; version: number };
}

/** The clerk issues a one-time correction notice on a case. */
export async function requireCorrection(
  clerk: StackCaller,
  c: { caseId: string; version: number },
  items: { materialId?: string; fieldId?: string; problem: string }[],
) {
  const res = await clerk.call('POST', `/api/cases/${c.caseId}/correction`, { version: c.version, items });
  expect(res.status).toBe(200);
  return res.body.case as { caseId: string; version: number };
}

/** A small file for `page.setInputFiles`. */
export const fileOf = (name: string, mimeType: string, size = 1500) => ({ name, mimeType, buffer: Buffer.from(sampleBytes(mimeType, size)) });

/** Waits until the material row shows `count` uploaded files. */
export async function waitForUploads(page: Page, materialId: string, count: number) {
  await page
    .getByTestId(`material-${materialId}`)
    .locator('.file-upload__file')
    .nth(count - 1)
    .waitFor();
}
