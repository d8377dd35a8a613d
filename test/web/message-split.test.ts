import { mkdtempSync, readdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { build } from 'vite';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { chunkSources, pageChunks, readWebBuild, type WebBuild, type WebChunk } from '../../scripts/lib/web-chunks.js';

/**
 * Issue 12: the web app's strings are split by namespace and language, and each page loads the
 * namespaces it speaks. Checked on a fresh build of the current source (its manifest and source
 * maps), not on whatever dist/web holds:
 *  - the resident's first screen (`/` and `/resident`) carries the core, intake, drafts and results
 *    strings in zh-CN, and no other workspace's and no English ones;
 *  - English comes in chunks of its own that nothing imports statically;
 *  - on every page (the entry, and the entry with each lazily loaded module), every message key its
 *    code uses is defined by a namespace its chunks bring, so no page ever shows a bare key.
 */

const ROOT = resolve('.');
const MESSAGES_DIR = 'web/src/i18n/messages';
const RESIDENT = 'src/pages/resident/ResidentWorkspace.tsx';

/** Namespace name → its zh-CN keys, from the modules that define them (`<name>.ts` beside `<name>.zh-CN.ts`). */
async function namespaceKeys(): Promise<Map<string, Set<string>>> {
  const names = readdirSync(MESSAGES_DIR)
    .filter((f) => /^[a-z-]+\.ts$/.test(f) && f !== 'index.ts')
    .map((f) => f.replace(/\.ts$/, ''));
  const keys = new Map<string, Set<string>>();
  for (const name of names) {
    const module = (await import(resolve(MESSAGES_DIR, `${name}.zh-CN.ts`))) as Record<string, unknown>;
    const strings = Object.values(module).find((v): v is Record<string, string> => typeof v === 'object' && v !== null);
    keys.set(name, new Set(Object.keys(strings ?? {})));
  }
  return keys;
}

/** The namespaces whose defining module is bundled into these chunks, and the English catalogues among them. */
function bundledMessages(build: WebBuild, chunks: WebChunk[]) {
  const sources = chunks.flatMap((c) => chunkSources(build, c, ROOT).map((s) => s.path));
  const inDir = sources.filter((p) => p.startsWith(`${MESSAGES_DIR}/`)).map((p) => p.slice(MESSAGES_DIR.length + 1));
  return {
    namespaces: new Set(inDir.filter((f) => /^[a-z-]+\.ts$/.test(f) && f !== 'index.ts').map((f) => f.replace(/\.ts$/, ''))),
    zhCN: new Set(inDir.filter((f) => f.endsWith('.zh-CN.ts')).map((f) => f.replace(/\.zh-CN\.ts$/, ''))),
    english: inDir.filter((f) => f.endsWith('.en.ts')),
  };
}

/**
 * The message keys a source module uses: a string literal that is a key, or a template such as
 * `intake.state.${state}` (every key it can make). Message catalogues themselves are not code.
 */
function keysUsed(content: string, allKeys: string[]): Set<string> {
  const known = new Set(allKeys);
  const used = new Set<string>();
  for (const m of content.matchAll(/'([^'\n]+)'|"([^"\n]+)"/g)) {
    const text = m[1] ?? m[2]!;
    if (known.has(text)) used.add(text);
  }
  for (const m of content.matchAll(/`([a-zA-Z][\w.-]*\.)\$\{[^}`]*\}([\w.-]*)`/g)) {
    const [, prefix, suffix] = m as unknown as [string, string, string];
    for (const key of allKeys) if (key.startsWith(prefix) && key.endsWith(suffix) && key.length > prefix.length + suffix.length) used.add(key);
  }
  return used;
}

describe('web messages split by namespace and language (issue 12)', () => {
  let dir: string;
  let web: WebBuild;
  let keys: Map<string, Set<string>>;

  beforeAll(async () => {
    dir = mkdtempSync(join(tmpdir(), 'web-build-'));
    await build({ configFile: resolve('vite.config.ts'), logLevel: 'silent', build: { outDir: dir, emptyOutDir: true } });
    web = readWebBuild(dir)!;
    keys = await namespaceKeys();
  }, 120_000);
  afterAll(() => {
    if (dir) rmSync(dir, { recursive: true, force: true });
  });

  /** The keys the code of these chunks uses that none of `namespaces` defines, by source module. */
  function undefinedKeys(chunks: WebChunk[], namespaces: Set<string>): Record<string, string[]> {
    const all = [...keys.values()].flatMap((k) => [...k]);
    const defined = new Set([...namespaces].flatMap((n) => [...(keys.get(n) ?? [])]));
    const missing: Record<string, string[]> = {};
    for (const chunk of chunks) {
      for (const source of chunkSources(web, chunk, ROOT)) {
        if (source.path.startsWith(`${MESSAGES_DIR}/`) || !source.path.startsWith('web/src/')) continue;
        const gaps = [...keysUsed(source.content, all)].filter((k) => !defined.has(k));
        if (gaps.length) missing[source.path] = [...(missing[source.path] ?? []), ...gaps].sort();
      }
    }
    return missing;
  }

  it("gives the resident's first screen (/ and /resident) the core, intake, drafts and results strings in zh-CN, and nothing else", () => {
    const home = bundledMessages(web, pageChunks(web));
    expect([...home.namespaces].sort()).toEqual(['core']);
    expect(home.english).toEqual([]);

    const resident = bundledMessages(web, pageChunks(web, RESIDENT));
    expect([...resident.namespaces].sort()).toEqual(['core', 'drafts', 'intake', 'results']);
    // The catalogues themselves: core's (with the sign-in page's auth strings) and the three others.
    expect([...resident.zhCN].sort()).toEqual(['auth', 'core', 'drafts', 'intake', 'results']);
    expect(resident.english).toEqual([]);
  });

  it('keeps each English catalogue in a chunk of its own that no chunk imports statically', () => {
    const english = [...web.chunks.values()].filter((c) => chunkSources(web, c, ROOT).some((s) => /\.en\.ts$/.test(s.path)));
    expect(english.length).toBe(keys.size);
    for (const chunk of english) {
      expect(chunk.isDynamicEntry, chunk.key).toBe(true);
      expect(chunkSources(web, chunk, ROOT).filter((s) => s.path.startsWith('web/src/')).length, chunk.key).toBeLessThanOrEqual(2); // its catalogue (+ auth's, for core)
      for (const other of web.chunks.values()) expect(other.imports, `${other.key} imports ${chunk.key}`).not.toContain(chunk.key);
    }
  });

  it('defines every key a page uses in a namespace that comes with its chunks, on every page', () => {
    const lazy = [...web.chunks.values()].filter((c) => c.isDynamicEntry && !bundledMessages(web, [c]).english.length);
    expect(lazy.map((c) => c.key)).toEqual(
      expect.arrayContaining([RESIDENT, 'src/pages/counter/CounterWorkspace.tsx', 'src/pages/county/CountyWorkspace.tsx']),
    );
    const problems: Record<string, Record<string, string[]>> = {};
    for (const page of [undefined, ...lazy.map((c) => c.key)]) {
      const chunks = pageChunks(web, page);
      const gaps = undefinedKeys(chunks, bundledMessages(web, chunks).namespaces);
      if (Object.keys(gaps).length) problems[page ?? 'entry'] = gaps;
    }
    expect(problems).toEqual({});
  });

  it('would notice a page that uses a namespace it does not bring (the check above has teeth)', () => {
    const chunks = pageChunks(web, RESIDENT);
    const withoutIntake = new Set([...bundledMessages(web, chunks).namespaces].filter((n) => n !== 'intake'));
    const gaps = undefinedKeys(chunks, withoutIntake);
    expect(Object.keys(gaps)).toContain('web/src/pages/resident/ResidentDashboard.tsx');
    expect(gaps['web/src/components/CaseStateTag/CaseStateTag.tsx']).toContain('intake.state.submitted');
  });
});
