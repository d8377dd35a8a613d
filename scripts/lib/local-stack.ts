import { randomBytes } from 'node:crypto';
import { existsSync, mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import type { Server } from 'node:http';
import { join, resolve } from 'node:path';
import { serve } from '@hono/node-server';
import { Hono } from 'hono';
import { createDocumentClient } from '../../functions/adapters/dynamodb/client.js';
import { ensureTable } from '../../functions/adapters/dynamodb/create-table.js';
import { createLocalIssuer } from '../../functions/adapters/local/local-issuer.js';
import { composeDeps } from '../../functions/compose.js';
import { seedDemoData } from '../../functions/demo/seed.js';
import { createApp } from '../../functions/http/app.js';
import { securityHeaders } from '../../functions/http/security-headers.js';
import type { OidcSignInSettings } from '../../functions/http/auth/sign-in-settings.js';
import { createTokenVerifier } from '../../functions/http/auth/token-verifier.js';
import { createLogger, silentLogger } from '../../functions/http/logger.js';
import { createLogNotifier } from '../../functions/adapters/log-notifier.js';
import { startOutboxPoller } from '../../functions/adapters/local/outbox-poller.js';
import { createTableStreamReader, startTableStreamReader } from '../../functions/adapters/local/table-stream-reader.js';
import { processStreamRecords } from '../../functions/stream/process-stream-records.js';
import { sweepDeadlines } from '../../functions/use-cases/deadlines/sweep-deadlines.js';
import { seedDemoHistory } from './demo-history.js';
import { startDynamoDbLocal } from './dynamodb-local.js';
import { serveWebApp } from './web-app.js';
import { freePort } from './free-port.js';

export interface LocalStackOptions {
  /** HTTP port; 0 picks a free one. */
  port: number;
  host?: string;
  /** Folder for DynamoDB Local's files and the issuer key; omit for an in-memory run (tests). */
  dataDir?: string;
  /**
   * A DynamoDB Local that is already running (the test run's one): the stack makes its table
   * there and leaves the process alone, instead of starting and stopping its own. Give each stack
   * its own `tableName` in it. `npm start` leaves it out.
   */
  dynamoEndpoint?: string;
  /** Built web app to serve at `/`; skipped where the folder does not exist. */
  webDir?: string;
  tableName?: string;
  logLevel?: 'debug' | 'info' | 'warn' | 'error' | 'silent';
  /**
   * Sign in through this OIDC provider, as a deployment does, instead of the built-in local
   * issuer (browser tests of the code flow). `npm start` leaves it out.
   */
  auth?: LocalStackOidc;
  /** Seal owners (township or county department ids) whose embedded seal key is SM2; P-256 for the rest. */
  sm2Owners?: string[];
  /**
   * The API's clock for cases and deadlines (browser tests that need a case accepted days ago);
   * sign-in tokens keep real time. `npm start` leaves it out.
   */
  now?: () => Date;
  /**
   * Demo history: this many cases per township over the last six months, seeded once in the
   * background after the server is up (scripts/lib/demo-history.ts). `npm start` sets it; tests leave it out.
   */
  demoHistory?: number;
  /**
   * Runs the deadline sweep (the use case the scheduled Lambda runs) at start and then every this
   * many milliseconds. `npm start` sets it; tests that want it set it too.
   */
  sweepEveryMs?: number;
}

/** An OIDC provider the local stack trusts, and the client the web app signs in with. */
export interface LocalStackOidc {
  issuer: string;
  /** Accepted `aud` of the ID tokens. */
  audience: string;
  clientId: string;
  jwksUrl: string;
  scopes?: string[];
  logoutUrl?: string;
  providerName?: string;
}

export interface LocalStack {
  url: string;
  dynamoEndpoint: string;
  tableName: string;
  /** Where the embedded seal keeps its keys (tests sign decisions with the same keys). */
  sealKeysDir: string;
  stop(): Promise<void>;
}

/**
 * The whole product on one machine: DynamoDB Local, table and demo data, the local token issuer,
 * the API and the built web app on one origin. `npm start` and the browser tests both use it
 * (the browser tests over the test run's one DynamoDB Local, each in a table of its own).
 */
export async function startLocalStack(options: LocalStackOptions): Promise<LocalStack> {
  const dataDir = options.dataDir ? resolve(options.dataDir) : undefined;
  const tableName = options.tableName ?? 'one-window';
  if (options.dynamoEndpoint && dataDir) {
    throw new Error('startLocalStack: a data folder keeps its own DynamoDB Local; give dataDir or dynamoEndpoint, not both');
  }
  const dynamo = options.dynamoEndpoint
    ? { endpoint: options.dynamoEndpoint, stop: async () => {} }
    : await startDynamoDbLocal(dataDir ? { dataDir: join(dataDir, 'dynamodb') } : {});
  try {
    const db = createDocumentClient({ region: 'local', endpoint: dynamo.endpoint });
    const logger = options.logLevel === 'silent' ? silentLogger : createLogger(options.logLevel ?? 'info', { service: 'local' });
    // Data kept from an older version: an index whose projection changed is built again from the table.
    await ensureTable(db, tableName, { onIndexBuilt: (index) => logger.info('table index built with its projection', { index }) });

    const port = options.port || (await freePort());
    const host = options.host ?? '127.0.0.1';
    const url = `http://localhost:${port}`;
    const { verifier, localIssuer, signIn } = await signInFor(options.auth, url, dataDir);
    const filesDir = dataDir ? join(dataDir, 'files') : mkdtempSync(join(tmpdir(), 'one-window-files-'));
    // Upload URLs live 15 minutes; a new secret per start only voids the ones outstanding.
    const files = { kind: 'local' as const, dir: filesDir, secret: randomBytes(32).toString('hex') };
    // Seal keys outlive restarts with the data (old decisions must keep verifying); a temp folder in memory runs.
    const seal = {
      kind: 'local' as const,
      dir: dataDir ? join(dataDir, 'seal-keys') : mkdtempSync(join(tmpdir(), 'one-window-seal-keys-')),
      sm2Owners: options.sm2Owners ?? [],
    };
    const deps = composeDeps({
      db,
      tableName,
      verifier,
      logger,
      files,
      seal,
      // The counties' daily anchors of chain heads, outside the table (files written once).
      anchors: { kind: 'local', dir: dataDir ? join(dataDir, 'anchors') : mkdtempSync(join(tmpdir(), 'one-window-anchors-')) },
      siteUrl: url,
      ...(localIssuer ? { localIssuer } : { signIn }),
      ...(options.now ? { now: options.now } : {}),
    });
    await seedDemoData({ accounts: deps.accounts, calendars: deps.calendars, catalogue: deps.catalogue });

    // The API app is used as it is (the same object the Lambda entry wraps); the web app is
    // served beside it from the same origin.
    const app = createApp(deps);
    const root = new Hono();
    // The same headers on the pages and assets as on the API (CloudFront sets them in AWS).
    root.use('*', securityHeaders({ connectSources: options.auth ? [new URL(options.auth.issuer).origin] : [] }));
    root.all('/api/*', (c) => app.fetch(c.req.raw));
    root.all('/local-issuer/*', (c) => app.fetch(c.req.raw));
    const webDir = options.webDir ? resolve(options.webDir) : undefined;
    if (webDir && existsSync(join(webDir, 'index.html'))) serveWebApp(root, webDir);

    // Messages: a poller runs the same send-once use case over the outbox's pending index.
    const poller = startOutboxPoller({ notifier: createLogNotifier(logger), outbox: deps.outbox, now: () => new Date(), logger });
    // The table stream, read as Lambda's event source would, keeps the county's figures (the same consumer).
    const statistics = { stats: deps.stats, calendar: deps.deadlines.calendar };
    const streamReader = startTableStreamReader(
      createTableStreamReader({ db, endpoint: dynamo.endpoint, tableName, handle: (records) => processStreamRecords(records, { logger, statistics }) }),
      (error) => logger.error('table stream read failed', { error }),
    );

    const server = await new Promise<Server>((ready) => {
      const s = serve({ fetch: root.fetch, port, hostname: host }, () => ready(s as Server));
    });
    // The deadline sweep on a timer, as EventBridge runs it in AWS; rounds never overlap.
    let sweepTimer: NodeJS.Timeout | undefined;
    let sweeping: Promise<unknown> = Promise.resolve();
    const sweepRound = () => {
      sweeping = sweepDeadlines({ ...deps.deadlines, log: (message, fields) => (Number(fields.changed) > 0 ? logger.info(message, fields) : undefined) })
        .catch((error: unknown) => logger.error('deadline sweep failed', { error }))
        .finally(() => {
          if (options.sweepEveryMs && !stopping.signal.aborted) sweepTimer = setTimeout(sweepRound, options.sweepEveryMs);
        });
    };
    const stopping = new AbortController();
    const history = options.demoHistory
      ? seedDemoHistory({ db, tableName, files, seal, casesPerTownship: options.demoHistory, today: new Date(), logger, signal: stopping.signal }).then(
          (r) => {
            if (!r.skipped) logger.info('demo history seeded', { cases: r.cases, failed: r.failed, ms: r.ms });
          },
          (error: unknown) => logger.error('demo history not seeded', { error }),
        )
      : Promise.resolve();
    // The history runs its own sweep day by day; the timer starts once it is there.
    if (options.sweepEveryMs) void history.then(() => !stopping.signal.aborted && sweepRound());
    if (options.demoHistory) logger.info('demo history: seeding in the background if this data folder has none yet', { casesPerTownship: options.demoHistory });
    return {
      url,
      dynamoEndpoint: dynamo.endpoint,
      tableName,
      sealKeysDir: seal.dir,
      async stop() {
        stopping.abort();
        if (sweepTimer) clearTimeout(sweepTimer);
        await sweeping;
        await new Promise<void>((done) => server.close(() => done()));
        await history;
        await poller.stop();
        await streamReader.stop();
        db.destroy();
        await dynamo.stop();
      },
    };
  } catch (error) {
    await dynamo.stop();
    throw error;
  }
}

/** The local issuer (the default), or trust in an external OIDC provider the way a deployment has it. */
async function signInFor(auth: LocalStackOidc | undefined, url: string, dataDir: string | undefined) {
  if (auth) {
    const verifier = createTokenVerifier({ issuer: auth.issuer, audiences: [auth.audience], keys: new URL(auth.jwksUrl) });
    const signIn: OidcSignInSettings = {
      issuer: auth.issuer,
      clientId: auth.clientId,
      scopes: auth.scopes ?? ['openid', 'profile', 'email'],
      ...(auth.logoutUrl ? { logoutUrl: auth.logoutUrl } : {}),
      ...(auth.providerName ? { providerName: auth.providerName } : {}),
    };
    return { verifier, signIn, localIssuer: undefined };
  }
  const localIssuer = await createLocalIssuer({
    issuer: `${url}/local-issuer`,
    ...(dataDir ? { keyFile: join(dataDir, 'local-issuer-key.json') } : {}),
  });
  const verifier = createTokenVerifier({ issuer: localIssuer.issuer, audiences: [localIssuer.audience], keys: localIssuer.keySet });
  return { verifier, localIssuer, signIn: undefined };
}
