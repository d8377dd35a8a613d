import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createLocalIssuer, type LocalIssuer } from '../../functions/adapters/local/local-issuer.js';
import { composeDeps } from '../../functions/compose.js';
import type { Principal } from '../../functions/core/auth/principal.js';
import { DEMO_ACCOUNTS } from '../../functions/demo/accounts.js';
import { seedDemoData } from '../../functions/demo/seed.js';
import { createApp } from '../../functions/http/app.js';
import { createTokenVerifier } from '../../functions/http/auth/token-verifier.js';
import { silentLogger, type Logger } from '../../functions/http/logger.js';
import { createTestTable } from './dynamo.js';

/**
 * The real app over a fresh DynamoDB Local table with the demo data, called in process with
 * `app.request(...)`. `tokenFor('clerk')` signs a token for a demo account.
 */
export async function createTestApp(options: { now?: () => Date; sm2Owners?: string[]; logger?: Logger } = {}) {
  const { db, tableName, endpoint } = await createTestTable();
  const localIssuer: LocalIssuer = await createLocalIssuer({ issuer: 'http://localhost/local-issuer' });
  const verifier = createTokenVerifier({ issuer: localIssuer.issuer, audiences: [localIssuer.audience], keys: localIssuer.keySet });
  const files = { kind: 'local' as const, dir: mkdtempSync(join(tmpdir(), 'one-window-test-files-')), secret: 'test-secret' };
  const seal = { kind: 'local' as const, dir: mkdtempSync(join(tmpdir(), 'one-window-test-seal-')), sm2Owners: options.sm2Owners ?? [] };
  const anchorsDir = mkdtempSync(join(tmpdir(), 'one-window-test-anchors-'));
  const deps = composeDeps({
    db,
    tableName,
    verifier,
    logger: options.logger ?? silentLogger,
    localIssuer,
    files,
    seal,
    anchors: { kind: 'local', dir: anchorsDir },
    ...(options.now ? { now: options.now } : {}),
  });
  await seedDemoData({ accounts: deps.accounts, calendars: deps.calendars, catalogue: deps.catalogue });
  const app = createApp(deps);

  const principalOf = (username: string): Principal => {
    const account = DEMO_ACCOUNTS.find((a) => a.username === username);
    if (!account) throw new Error(`no demo account ${username}`);
    const { username: _u, ...principal } = account;
    return principal;
  };
  const tokenFor = async (username: string) => (await localIssuer.sign(principalOf(username))).token;
  /** JSON request helper: method, path, body, and who is calling. */
  const call = async (method: string, path: string, init: { body?: unknown; as?: string; headers?: Record<string, string> } = {}) => {
    const headers: Record<string, string> = { ...init.headers };
    if (init.body !== undefined) headers['content-type'] = 'application/json';
    if (init.as) headers.authorization = `Bearer ${await tokenFor(init.as)}`;
    const response = await app.request(path, {
      method,
      headers,
      ...(init.body !== undefined ? { body: JSON.stringify(init.body) } : {}),
    });
    const text = await response.text();
    let json: any;
    try {
      json = text ? JSON.parse(text) : undefined;
    } catch {
      json = undefined;
    }
    return { status: response.status, body: json, text, headers: response.headers };
  };
  return { app, deps, db, tableName, endpoint, localIssuer, anchorsDir, tokenFor, principalOf, call };
}
