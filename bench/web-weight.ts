import { existsSync, mkdtempSync, readFileSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { brotliCompressSync, constants, gzipSync } from 'node:zlib';
import { chunkSources, pageChunks, readWebBuild, type WebBuild, type WebChunk } from '../scripts/lib/web-chunks.js';

/** Issue 12's target: the resident's first screen (`/`, and `/resident` signed in) in at most this much compressed JS. */
export const FIRST_SCREEN_BUDGET_KB = 60;

const SCREENS: { name: string; page?: string; english?: boolean }[] = [
  { name: 'home /' },
  { name: 'resident /resident (signed in)', page: 'src/pages/resident/ResidentWorkspace.tsx' },
  { name: 'resident /resident, in English', page: 'src/pages/resident/ResidentWorkspace.tsx', english: true },
  { name: 'guide /guide', page: 'src/pages/guide/GuidePage.tsx' },
  { name: 'track /track', page: 'src/pages/track/TrackPage.tsx' },
  { name: 'counter /counter', page: 'src/pages/counter/CounterWorkspace.tsx' },
  { name: 'office /office', page: 'src/pages/office/OfficeWorkspace.tsx' },
  { name: 'county /county', page: 'src/pages/county/CountyWorkspace.tsx' },
];

interface Weight {
  chunks: number;
  raw: number;
  gzip: number;
  brotli: number;
}

/**
 * 8. The web app's weight: the JS a browser downloads to show each first screen, and the JS of the
 * whole app. Measured on a fresh build of the current source (vite.config.ts, into a temp folder,
 * so dist/web need not exist and a stale one cannot mislead): Vite's manifest gives the chunk graph
 * (a screen is the entry's chunks and the chunks its route imports statically), and each size is
 * that of the file the local server sends for it (the .br or .gz made at build time).
 */
export async function benchWebWeight(): Promise<void> {
  console.log("\n8. Web app JS (Vite manifest chunk graph of a fresh build; bytes sent: the build's precompressed .br / .gz files)");
  const dir = mkdtempSync(join(tmpdir(), 'bench-web-'));
  try {
    const { build } = await import('vite');
    await build({ configFile: resolve('vite.config.ts'), logLevel: 'silent', build: { outDir: dir, emptyOutDir: true } });
    const web = readWebBuild(dir);
    if (!web) throw new Error('the build wrote no manifest');
    printWeights(web);
  } catch (error) {
    console.log(`  no figures: the web app did not build (${error instanceof Error ? error.message : String(error)})`);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

function printWeights(web: WebBuild): void {
  const kb = (n: number) => (n / 1024).toFixed(1).padStart(9);
  console.log(`  ${'screen'.padEnd(40)} ${'chunks'.padStart(6)} ${'raw KB'.padStart(9)} ${'gzip KB'.padStart(9)} ${'brotli KB'.padStart(9)}`);
  const row = (name: string, w: Weight) => console.log(`  ${name.padEnd(40)} ${String(w.chunks).padStart(6)} ${kb(w.raw)} ${kb(w.gzip)} ${kb(w.brotli)}`);
  const weights = new Map<string, Weight>();
  for (const screen of SCREENS) {
    const chunks = pageChunks(web, screen.page);
    const w = weigh(web, screen.english ? [...chunks, ...englishOf(web, chunks)] : chunks);
    weights.set(screen.name, w);
    row(screen.name, w);
  }
  // /resident holds the entry of /, so it is the larger of the resident's two first screens.
  const resident = weights.get(SCREENS[1]!.name)!;
  const [gzip, brotli] = [resident.gzip / 1024, resident.brotli / 1024];
  console.log(
    `  target: resident first screen (/ then /resident) ≤ ${FIRST_SCREEN_BUDGET_KB} KB compressed JS: gzip ${gzip.toFixed(1)} KB, brotli ${brotli.toFixed(1)} KB — ${gzip <= FIRST_SCREEN_BUDGET_KB ? 'met' : 'NOT MET'}`,
  );

  const all = [...web.chunks.values()];
  const english = all.filter((c) => /(^|\/)[a-z-]+\.en\.ts$/.test(c.key));
  row('whole app: every JS chunk', weigh(web, all));
  row('  of which English strings (on switch)', weigh(web, english));
}

/** The English chunks of the namespaces these chunks define (what a switch to English adds to the screen). */
function englishOf(web: WebBuild, chunks: WebChunk[]): WebChunk[] {
  const keys = new Set(chunks.flatMap((c) => c.dynamicImports).filter((k) => /\.en\.ts$/.test(k)));
  const defined = new Set(
    chunks
      .flatMap((c) => chunkSources(web, c, process.cwd()))
      .map((s) => /^web\/src\/i18n\/messages\/([a-z-]+)\.ts$/.exec(s.path)?.[1])
      .filter((n): n is string => !!n && n !== 'index'),
  );
  return [...keys].filter((k) => defined.has(/([a-z-]+)\.en\.ts$/.exec(k)![1]!)).map((k) => web.chunks.get(k)!);
}

function weigh(web: WebBuild, chunks: WebChunk[]): Weight {
  const w: Weight = { chunks: chunks.length, raw: 0, gzip: 0, brotli: 0 };
  for (const chunk of chunks) {
    const file = join(web.dir, chunk.file);
    const raw = statSync(file).size;
    w.raw += raw;
    w.gzip += sent(file, '.gz', raw, (b) => gzipSync(b, { level: 9 }).length);
    w.brotli += sent(file, '.br', raw, (b) => brotliCompressSync(b, { params: { [constants.BROTLI_PARAM_QUALITY]: 11 } }).length);
  }
  return w;
}

/** Bytes sent for `file` in one encoding: its precompressed file; where the build made none (it would not be smaller), the file itself. */
function sent(file: string, ext: string, raw: number, compress: (bytes: Buffer) => number): number {
  if (existsSync(file + ext)) return statSync(file + ext).size;
  return Math.min(raw, compress(readFileSync(file)));
}
