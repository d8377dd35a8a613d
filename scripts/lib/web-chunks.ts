import { existsSync, readFileSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';

/** One JavaScript chunk of the built web app, as Vite's manifest (`build.manifest`) describes it. */
export interface WebChunk {
  /** The manifest's key: `index.html` for the entry, the source path for a lazily loaded module, `_name-hash.js` for a shared chunk. */
  key: string;
  /** Path under the build folder (`assets/index-3f2a.js`). */
  file: string;
  isEntry: boolean;
  isDynamicEntry: boolean;
  /** Keys of the chunks it imports statically (they load with it) and dynamically (on demand). */
  imports: string[];
  dynamicImports: string[];
}

/** The chunk graph of a build in `dir` (dist/web), read from its manifest. */
export interface WebBuild {
  dir: string;
  chunks: Map<string, WebChunk>;
  entry: WebChunk;
}

/** Reads the build's manifest; undefined where `dir` holds no build with a manifest. */
export function readWebBuild(dir: string): WebBuild | undefined {
  const manifestFile = join(dir, '.vite', 'manifest.json');
  if (!existsSync(manifestFile)) return undefined;
  const manifest = JSON.parse(readFileSync(manifestFile, 'utf8')) as Record<
    string,
    { file: string; isEntry?: boolean; isDynamicEntry?: boolean; imports?: string[]; dynamicImports?: string[] }
  >;
  const chunks = new Map<string, WebChunk>();
  for (const [key, m] of Object.entries(manifest)) {
    if (!m.file.endsWith('.js')) continue;
    chunks.set(key, {
      key,
      file: m.file,
      isEntry: m.isEntry === true,
      isDynamicEntry: m.isDynamicEntry === true,
      imports: m.imports ?? [],
      dynamicImports: m.dynamicImports ?? [],
    });
  }
  const entry = [...chunks.values()].find((c) => c.isEntry);
  if (!entry) throw new Error(`${manifestFile}: no entry chunk`);
  return { dir, chunks, entry };
}

/** `key`'s chunk and every chunk it imports statically, transitively: what the browser runs before its code does. */
export function staticClosure(build: WebBuild, key: string): WebChunk[] {
  const seen = new Map<string, WebChunk>();
  const visit = (k: string) => {
    const chunk = build.chunks.get(k);
    if (!chunk || seen.has(k)) return;
    seen.set(k, chunk);
    for (const next of chunk.imports) visit(next);
  };
  visit(key);
  if (seen.size === 0) throw new Error(`no chunk ${key} in the build`);
  return [...seen.values()];
}

/** The chunks a page loads: the entry's, then the lazily loaded module `src`'s (a path under web/, as `src/pages/…`). */
export function pageChunks(build: WebBuild, src?: string): WebChunk[] {
  const chunks = new Map(staticClosure(build, build.entry.key).map((c) => [c.key, c]));
  if (src) for (const c of staticClosure(build, src)) chunks.set(c.key, c);
  return [...chunks.values()];
}

/** The source modules bundled into a chunk, from its source map, as paths relative to `root`, with their source text. */
export function chunkSources(build: WebBuild, chunk: WebChunk, root: string): { path: string; content: string }[] {
  const mapFile = join(build.dir, `${chunk.file}.map`);
  const map = JSON.parse(readFileSync(mapFile, 'utf8')) as { sources: string[]; sourcesContent?: (string | null)[] };
  return map.sources.map((source, i) => ({
    path: relative(root, resolve(dirname(mapFile), source)),
    content: map.sourcesContent?.[i] ?? '',
  }));
}
