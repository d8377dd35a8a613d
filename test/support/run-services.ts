import { inject } from 'vitest';
import type { RunServices } from './global-setup.js';

/** Asks the test run for one of its shared services (test/support/global-setup.ts), started on first ask. */
async function ask<K extends keyof RunServices>(name: K): Promise<RunServices[K]> {
  // The pid tells the run when this file has ended (each test file runs in a process of its own).
  const response = await fetch(`${inject('runServicesUrl')}/${name}?pid=${process.pid}`);
  const text = await response.text();
  if (!response.ok) throw new Error(`The test run's ${name} is not available:\n${text}`);
  return JSON.parse(text) as RunServices[K];
}

let dynamoEndpoint: Promise<string> | undefined;

/** The run's in-memory DynamoDB Local for this file; make tables of your own in it (`createTestTable`). */
export function runDynamoEndpoint(): Promise<string> {
  return (dynamoEndpoint ??= ask('dynamodb').then((answer) => answer.endpoint));
}

/** The run's one headless Chromium, to `chromium.connect` to; open contexts of your own in it. */
export async function runChromiumEndpoint(): Promise<string> {
  return (await ask('chromium')).wsEndpoint;
}
