import { spawn, spawnSync, type ChildProcess } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { freePort } from '../../scripts/lib/free-port.js';

/** Starts `scripts/start.ts` the way `npm start` does (minus the web build) and waits for its banner. */
async function start(port: number, dataDir: string): Promise<{ child: ChildProcess; output: () => string }> {
  const child = spawn(process.execPath, ['--import', 'tsx', 'scripts/start.ts'], {
    env: { ...process.env, PORT: String(port), DATA_DIR: dataDir, LOG_LEVEL: 'warn' },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let text = '';
  child.stdout!.on('data', (d) => (text += d));
  child.stderr!.on('data', (d) => (text += d));
  await new Promise<void>((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error(`no banner within 90 s:\n${text}`)), 90_000);
    const poll = setInterval(() => {
      if (text.includes('Press Ctrl-C to stop')) {
        clearInterval(poll);
        clearTimeout(timer);
        resolve();
      }
    }, 100);
    child.once('exit', (code) => {
      clearInterval(poll);
      clearTimeout(timer);
      reject(new Error(`start exited with ${code}:\n${text}`));
    });
  });
  return { child, output: () => text };
}

async function stop(child: ChildProcess): Promise<number | null> {
  const exited = new Promise<number | null>((resolve) => child.once('exit', (code) => resolve(code)));
  child.kill('SIGINT');
  return exited;
}

/** Java processes whose command line mentions the folder (DynamoDB Local's -dbPath). */
function javaProcessesFor(dataDir: string): string[] {
  const ps = spawnSync('ps', ['-eo', 'pid,args'], { encoding: 'utf8' });
  return ps.stdout.split('\n').filter((line) => line.includes('java') && line.includes(dataDir));
}

describe('npm start', () => {
  const dataDir = mkdtempSync(join(tmpdir(), 'one-window-start-'));
  afterAll(() => rmSync(dataDir, { recursive: true, force: true }));

  it('serves the API and the demo logins, stops on Ctrl-C with no Java left, and keeps its data', async () => {
    const port = await freePort();
    const first = await start(port, dataDir);
    const base = `http://localhost:${port}`;
    expect(first.output()).toContain(base);
    expect(first.output()).toMatch(/clerk\s+clerk/);
    expect(javaProcessesFor(dataDir).length).toBe(1);

    const health = await fetch(`${base}/api/health`);
    expect(health.status).toBe(200);
    const login = await fetch(`${base}/api/auth/local/login`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ username: 'admin', password: 'demo1234' }),
    });
    expect(login.status).toBe(200);
    const { token } = (await login.json()) as { token: string };

    expect(await stop(first.child)).toBe(0);
    expect(javaProcessesFor(dataDir)).toEqual([]);

    const second = await start(port, dataDir);
    // The issuer key and the accounts were kept on disk: the first run's token still works.
    const me = await fetch(`${base}/api/me`, { headers: { authorization: `Bearer ${token}` } });
    expect(me.status).toBe(200);
    expect(await stop(second.child)).toBe(0);
    expect(javaProcessesFor(dataDir)).toEqual([]);
  }, 240_000);
});
