import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import type { TestProject } from 'vitest/node';
import { startDynamoDbLocal, type RunningDynamoDbLocal } from '../../scripts/lib/dynamodb-local.js';

declare module 'vitest' {
  export interface ProvidedContext {
    /** Where test files ask for the run's shared services (test/support/run-services.ts). */
    runServicesUrl: string;
  }
}

/** What a test file may ask the run for, and the answer it gets. */
export interface RunServices {
  dynamodb: { endpoint: string };
}

/**
 * The run's shared services, each started on the first file that asks and then shared by all:
 * one in-memory DynamoDB Local (each file makes its own table in it). A run of unit tests alone
 * never asks and starts no Java. Test files run in worker processes, so they ask over a loopback
 * HTTP endpoint.
 */
export default async function setup(project: TestProject) {
  let dynamo: Promise<RunningDynamoDbLocal> | undefined;
  const answer: { [K in keyof RunServices]: () => Promise<RunServices[K]> } = {
    dynamodb: async () => ({ endpoint: (await (dynamo ??= startDynamoDbLocal())).endpoint }),
  };

  const server: Server = createServer((request, response) => {
    const name = (request.url ?? '').slice(1);
    if (!Object.hasOwn(answer, name)) {
      response.writeHead(404).end(`no service ${name}`);
      return;
    }
    answer[name as keyof RunServices]().then(
      (body) => response.writeHead(200, { 'content-type': 'application/json' }).end(JSON.stringify(body)),
      (error: unknown) => response.writeHead(500).end(error instanceof Error ? (error.stack ?? error.message) : String(error)),
    );
  });
  // Java may take a while to start on a busy machine; the asking file waits for it.
  server.requestTimeout = 0;
  await new Promise<void>((listening) => server.listen(0, '127.0.0.1', listening));
  project.provide('runServicesUrl', `http://127.0.0.1:${(server.address() as AddressInfo).port}`);

  return async () => {
    await new Promise<void>((closed) => server.close(() => closed()));
    // A service that never started has nothing to stop (its failure was each asking file's).
    await dynamo?.then(
      (db) => db.stop(),
      () => undefined,
    );
  };
}
