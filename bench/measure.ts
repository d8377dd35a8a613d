import { performance } from 'node:perf_hooks';

export interface Timing {
  name: string;
  /** Operations per second over the measured rounds (median round). */
  opsPerSec: number;
  /** Median time of one operation, microseconds. */
  medianUs: number;
  p95Us?: number;
}

/** Runs `fn` `n` times per round after a warm-up and reports the median round's rate. */
export function measureSync(name: string, n: number, fn: (i: number) => unknown, rounds = 5): Timing {
  for (let i = 0; i < Math.min(n, 1000); i++) fn(i);
  const perRound: number[] = [];
  for (let r = 0; r < rounds; r++) {
    const start = performance.now();
    for (let i = 0; i < n; i++) fn(i);
    perRound.push((performance.now() - start) / n);
  }
  perRound.sort((a, b) => a - b);
  const ms = perRound[Math.floor(rounds / 2)]!;
  return { name, opsPerSec: 1000 / ms, medianUs: ms * 1000 };
}

/** Times each of `n` async calls one after another; reports rate, median and 95th percentile. */
export async function measureAsync(name: string, n: number, fn: (i: number) => Promise<unknown>): Promise<Timing> {
  for (let i = 0; i < Math.min(20, n); i++) await fn(i);
  const times: number[] = [];
  const start = performance.now();
  for (let i = 0; i < n; i++) {
    const t0 = performance.now();
    await fn(i);
    times.push(performance.now() - t0);
  }
  const total = performance.now() - start;
  times.sort((a, b) => a - b);
  return {
    name,
    opsPerSec: (n * 1000) / total,
    medianUs: times[Math.floor(n / 2)]! * 1000,
    p95Us: times[Math.floor(n * 0.95)]! * 1000,
  };
}

export function printTable(title: string, rows: Timing[]): void {
  console.log(`\n${title}`);
  console.log(`  ${'what'.padEnd(58)} ${'ops/s'.padStart(12)} ${'median µs'.padStart(11)} ${'p95 µs'.padStart(9)}`);
  for (const r of rows) {
    console.log(
      `  ${r.name.padEnd(58)} ${r.opsPerSec.toFixed(0).padStart(12)} ${r.medianUs.toFixed(1).padStart(11)} ${(r.p95Us?.toFixed(0) ?? '').padStart(9)}`,
    );
  }
}

export function printRatio(label: string, fast: Timing, slow: Timing): void {
  console.log(`  ratio: ${label}: ${(fast.opsPerSec / slow.opsPerSec).toFixed(1)}×`);
}
