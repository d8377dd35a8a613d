/**
 * 7. The API Lambda's bundle and cold start. Every function entry is bundled as the stack bundles
 * it (infra/lib/function-bundle.ts); the code a cold start reads (the entry and what it imports
 * statically) is measured apart from the chunks read on first use. Then the API bundle's import is
 * timed in fresh Node processes against a bundle of the DynamoDB client alone, built the same way
 * in this run, and against the API bundled whole as it was before the split (one file, every zod
 * locale), the three interleaved.
 */
import { execFileSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { build } from 'esbuild';
import { bundleFunction, bundleGraph, functionBuildOptions, type BundleGraph } from '../infra/lib/function-bundle.js';

/** Issue 12's targets: what the API's cold start reads, and its import against the DynamoDB client's. */
const TARGET_INIT_KB = 400;
const TARGET_IMPORT_RATIO = 1.3;

const ENTRIES = [
  ['API', 'functions/http/lambda.ts'],
  ['deadline sweep', 'functions/sweep/handler.ts'],
  ['stream notifier', 'functions/stream/handler.ts'],
  ['county figures', 'functions/stream/figures-handler.ts'],
  ['baseline: DynamoDB client alone', 'bench/dynamodb-only.ts'],
] as const;

/** What the API's entry needs in its environment to start (nothing is called at import). */
const API_ENV = {
  TABLE_NAME: 'intake',
  AWS_REGION: 'cn-north-1',
  AUTH_ISSUER: 'https://issuer.example.com',
  AUTH_AUDIENCE: 'web',
  MATERIALS_BUCKET: 'materials',
  SEAL_KEYS: JSON.stringify({ qingshi: { keyId: 'arn:aws-cn:kms:cn-north-1:111122223333:key/qingshi', algorithm: 'SM2DSA' } }),
  LOG_LEVEL: 'error',
};

const kb = (bytes: number) => `${(bytes / 1024).toFixed(0)} KB`;
const median = (values: number[]) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)]!;

/** The package (or app folder) an input file belongs to. */
function ownerOf(input: string): string {
  const inPackage = input.split('node_modules/').pop()!;
  if (inPackage !== input)
    return inPackage
      .split('/')
      .slice(0, inPackage.startsWith('@') ? 2 : 1)
      .join('/');
  return input.split('/').slice(0, 2).join('/');
}

/**
 * What importing the bundle's entry costs a fresh Node process (what Lambda's init phase does first):
 * the wall time, and the CPU time the process spent on it, which the other work on a shared machine
 * disturbs much less.
 */
function importCost(dir: string): { wallMs: number; cpuMs: number } {
  const script = `const cpu = process.cpuUsage(); const started = performance.now();
    await import(${JSON.stringify(pathToFileURL(join(dir, 'index.mjs')).href)});
    const wallMs = performance.now() - started; const used = process.cpuUsage(cpu);
    process.stdout.write(JSON.stringify({ wallMs, cpuMs: (used.user + used.system) / 1000 }));`;
  const output = execFileSync(process.execPath, ['--input-type=module', '-e', script], {
    cwd: tmpdir(),
    env: { PATH: process.env.PATH, ...API_ENV },
    encoding: 'utf8',
  });
  return JSON.parse(output) as { wallMs: number; cpuMs: number };
}

export async function benchLambdaBundle(rounds = 15): Promise<void> {
  const root = mkdtempSync(join(tmpdir(), 'bench-bundles-'));
  try {
    const built = new Map<string, { dir: string; graph: BundleGraph }>();
    for (const [name, entry] of ENTRIES) {
      const dir = join(root, name.replace(/\W+/g, '-'));
      built.set(name, { dir, graph: bundleGraph(await bundleFunction(entry, dir)) });
    }
    console.log('\n7. Lambda bundles (minified ESM, split: the entry and its static imports are read at cold start, the rest on first use)');
    console.log(`  ${'function'.padEnd(34)} ${'read at init'.padStart(12)} ${'lazy chunks'.padStart(12)}`);
    for (const [name, { graph }] of built) console.log(`  ${name.padEnd(34)} ${kb(graph.init.bytes).padStart(12)} ${kb(graph.lazy.bytes).padStart(12)}`);

    const api = built.get('API')!;
    const baseline = built.get('baseline: DynamoDB client alone')!;
    // The reference: the same entry bundled as one file with every zod locale, as the stack bundled it before.
    const whole = join(root, 'api-whole');
    const wholeBytes = (await build({ ...functionBuildOptions('functions/http/lambda.ts', whole), splitting: false, plugins: [], metafile: true })).metafile
      .outputs;
    const wholeSize = Object.entries(wholeBytes).find(([path]) => path.endsWith('index.mjs'))![1].bytes;
    const share = new Map<string, number>();
    for (const [input, bytes] of Object.entries(api.graph.init.inputs)) share.set(ownerOf(input), (share.get(ownerOf(input)) ?? 0) + bytes);
    const largest = [...share].sort((a, b) => b[1] - a[1]).slice(0, 8);
    console.log(`  the API's init code by package: ${largest.map(([owner, bytes]) => `${owner} ${kb(bytes)}`).join(', ')}`);
    console.log(
      `  API read at init: ${kb(api.graph.init.bytes)} (target ≤ ${TARGET_INIT_KB} KB), ${(api.graph.init.bytes / baseline.graph.init.bytes).toFixed(1)}× the DynamoDB client's ${kb(baseline.graph.init.bytes)}; lazily loaded chunks ${kb(api.graph.lazy.bytes)}`,
    );

    console.log(`  before the split, the API bundled whole (one file, every zod locale): ${kb(wholeSize)} read at init`);

    // What Node's Web Headers and Request (undici) cost to load: the API's token verifier makes
    // Headers when it starts, and any request through Hono would load them anyway; the DynamoDB client never does.
    const undici = join(root, 'web-headers');
    mkdirSync(undici);
    writeFileSync(join(undici, 'index.mjs'), 'new Headers();\n');

    // Import costs, interleaved, the order turning each round so that the machine's drift hits all alike; one warm-up each.
    const dirs = { api: api.dir, baseline: baseline.dir, whole, undici };
    const order = Object.keys(dirs) as (keyof typeof dirs)[];
    const costs = { api: [], baseline: [], whole: [], undici: [] } as Record<keyof typeof dirs, { wallMs: number; cpuMs: number }[]>;
    for (const name of order) importCost(dirs[name]);
    for (let i = 0; i < rounds; i++) {
      for (let j = 0; j < order.length; j++) {
        const name = order[(i + j) % order.length]!;
        costs[name].push(importCost(dirs[name]));
      }
    }
    for (const measure of ['cpuMs', 'wallMs'] as const) {
      const [apiMs, baselineMs, wholeMs, undiciMs] = order.map((name) => median(costs[name].map((cost) => cost[measure])));
      const ratio = (ms: number) => `${(ms / baselineMs!).toFixed(2)}×`;
      console.log(
        `  import in a fresh process, ${measure === 'cpuMs' ? 'CPU time' : 'wall time'}, median of ${rounds}: API ${apiMs!.toFixed(0)} ms, DynamoDB client alone ${baselineMs!.toFixed(0)} ms — ratio ${ratio(apiMs!)} (target ≤ ${TARGET_IMPORT_RATIO}×); the API bundled whole ${wholeMs!.toFixed(0)} ms (${ratio(wholeMs!)}); Node's Web Headers alone ${undiciMs!.toFixed(0)} ms (${ratio(undiciMs!)})`,
      );
    }
  } finally {
    rmSync(root, { recursive: true, force: true });
  }
}
