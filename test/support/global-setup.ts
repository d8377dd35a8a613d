import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import type { BrowserServer } from 'playwright-core';
import type { TestProject } from 'vitest/node';
import { dynamoDbTurns } from './dynamodb-turns.js';

declare module 'vitest' {
  export interface ProvidedContext {
    /** Where test files ask for the run's shared services (test/support/run-services.ts). */
    runServicesUrl: string;
  }
}

/** What a test file may ask the run for, and the answer it gets. */
export interface RunServices {
  dynamodb: { endpoint: string };
  chromium: { wsEndpoint: string };
}

/** Test files given one DynamoDB Local before the next gets a fresh one (test/support/dynamodb-turns.ts). */
const FILES_PER_DYNAMODB = 10;

/**
 * The run's shared services, each started on the first file that asks and then shared: DynamoDB
 * Local, in memory, in turns of FILES_PER_DYNAMODB files (each file makes its own tables in it),
 * and one headless Chromium (each file opens its own contexts). A run of unit tests alone never
 * asks and starts no Java; a run without browser tests starts no Chromium. Test files run in
 * worker processes, so they ask over a loopback HTTP endpoint.
 */
export default async function setup(project: TestProject) {
  let stopping = false;
  let chromium: Promise<BrowserServer> | undefined;
  // Loaded on first ask: importing playwright-core and the AWS SDK alone takes seconds on a busy machine.
  const dynamo = dynamoDbTurns({
    filesPerInstance: FILES_PER_DYNAMODB,
    start: async () => (await import('../../scripts/lib/dynamodb-local.js')).startDynamoDbLocal(),
  });
  // A retired DynamoDB Local stops soon after the last file that used it, not at the end of the run.
  const reaper = setInterval(() => void dynamo.stopFinished(), 5000).unref();
  const startChromium = async () => {
    const server = await (await import('./chromium.js')).launchChromiumServer();
    // A crashed browser is launched again for the next file instead of failing every file after it.
    server.on('close', () => {
      if (!stopping) chromium = undefined;
    });
    return server;
  };
  const answer: { [K in keyof RunServices]: (asker: URLSearchParams) => Promise<RunServices[K]> } = {
    dynamodb: async (asker) => {
      const pid = Number(asker.get('pid'));
      if (!Number.isInteger(pid) || pid <= 0) throw new Error("ask with ?pid=<the test file's process id>");
      return { endpoint: await dynamo.endpointFor(pid) };
    },
    chromium: async () => ({ wsEndpoint: (await (chromium ??= startChromium())).wsEndpoint() }),
  };

  const server: Server = createServer((request, response) => {
    const url = new URL(request.url ?? '/', 'http://localhost');
    const name = url.pathname.slice(1);
    if (!Object.hasOwn(answer, name)) {
      response.writeHead(404).end(`no service ${name}`);
      return;
    }
    answer[name as keyof RunServices](url.searchParams).then(
      (body) => response.writeHead(200, { 'content-type': 'application/json' }).end(JSON.stringify(body)),
      (error: unknown) => response.writeHead(500).end(error instanceof Error ? (error.stack ?? error.message) : String(error)),
    );
  });
  // Java or Chromium may take a while to start on a busy machine; the asking file waits for them.
  server.requestTimeout = 0;
  await new Promise<void>((listening) => server.listen(0, '127.0.0.1', listening));
  project.provide('runServicesUrl', `http://127.0.0.1:${(server.address() as AddressInfo).port}`);

  return async () => {
    stopping = true;
    clearInterval(reaper);
    await new Promise<void>((closed) => server.close(() => closed()));
    // A service that failed to start has nothing to stop (its failure was each asking file's).
    const ifStarted = <T>(service: Promise<T> | undefined) => Promise.resolve(service).catch(() => undefined);
    const results = await Promise.allSettled([ifStarted(chromium).then((browser) => browser?.close()), dynamo.stopAll()]);
    for (const result of results) if (result.status === 'rejected') console.error('stopping a shared test service failed:', result.reason);
  };
}
