import { DEMO_PASSWORD } from '../../functions/demo/accounts.js';
import { sampleBytes } from './sample-files.js';

/** A valid resident ID (GB 11643 standard example), mobile and address for a demo applicant. */
export const DEMO_APPLICANT = {
  applicantName: '张明',
  idNumber: '11010519491231002X',
  phone: '13800138000',
  address: '青石镇青石村 3 组 12 号',
};

/**
 * The intake API of a running stack (`startLocalStack`, as the browser tests start it) called
 * over HTTP with `fetch`, the way a second person — a resident on their phone — would, while
 * the test drives the clerk's browser.
 */
export class StackApi {
  private readonly tokens = new Map<string, string>();
  private keys = 0;
  constructor(readonly url: string) {}

  /** A bearer token for a demo account, signed in once per username. */
  async tokenOf(username: string): Promise<string> {
    const known = this.tokens.get(username);
    if (known) return known;
    const response = await fetch(`${this.url}/api/auth/local/login`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ username, password: DEMO_PASSWORD }),
    });
    if (!response.ok) throw new Error(`sign-in ${username}: ${response.status}`);
    const { token } = (await response.json()) as { token: string };
    this.tokens.set(username, token);
    return token;
  }

  /** A JSON call as `as`; throws with the body when the status is not the one expected. */
  async call<T = any>(method: string, path: string, as: string, body?: unknown, expect = [200, 201], headers: Record<string, string> = {}): Promise<T> {
    const response = await fetch(`${this.url}${path}`, {
      method,
      headers: {
        authorization: `Bearer ${await this.tokenOf(as)}`,
        ...(body !== undefined ? { 'content-type': 'application/json' } : {}),
        ...headers,
      },
      ...(body !== undefined ? { body: JSON.stringify(body) } : {}),
    });
    const text = await response.text();
    if (!expect.includes(response.status)) throw new Error(`${method} ${path} as ${as}: ${response.status} ${text}`);
    return (text ? JSON.parse(text) : undefined) as T;
  }

  /** Uploads a file the way the web app does: a ticket, then a PUT of the bytes to its URL. */
  async upload(as: string, name = 'scan.jpg', contentType = 'image/jpeg', size = 4096): Promise<string> {
    const ticket = await this.call<{ fileId: string; uploadUrl: string; headers: Record<string, string> }>('POST', '/api/files/uploads', as, {
      name,
      contentType,
      size,
    });
    const target = ticket.uploadUrl.startsWith('http') ? ticket.uploadUrl : `${this.url}${ticket.uploadUrl}`;
    const sameOrigin = !ticket.uploadUrl.startsWith('http');
    const put = await fetch(target, {
      method: 'PUT',
      // A same-origin upload URL is bound to its uploader (the web app sends its token there too).
      headers: { ...ticket.headers, ...(sameOrigin ? { authorization: `Bearer ${await this.tokenOf(as)}` } : {}) },
      body: sampleBytes(contentType, size),
    });
    if (!put.ok) throw new Error(`upload ${name}: ${put.status} ${await put.text()}`);
    return ticket.fileId;
  }

  /** Submits an application; `materials` maps a material id to the file names to upload for it. */
  async submit(
    as: string,
    body: { itemCode: string; townshipId?: string; answers: Record<string, unknown>; materials?: Record<string, string[]>; [key: string]: unknown },
  ) {
    const { materials = {}, townshipId = 'qingshi', ...rest } = body;
    const uploaded = [];
    for (const [materialId, names] of Object.entries(materials)) {
      const fileIds = [];
      for (const name of names) fileIds.push(await this.upload(as, name));
      uploaded.push({ materialId, fileIds });
    }
    const result = await this.call<{ case: { caseId: string; caseNumber: string; version: number; queryCode: string } }>(
      'POST',
      '/api/cases',
      as,
      { ...rest, townshipId, materials: uploaded },
      [201],
      { 'idempotency-key': `e2e-${Date.now()}-${++this.keys}` },
    );
    return result.case;
  }

  /** The case as the clerk reads it. */
  async caseOf(caseId: string, as = 'clerk') {
    return (await this.call<{ case: { version: number; state: string } & Record<string, any> }>('GET', `/api/cases/${caseId}`, as)).case;
  }
}
