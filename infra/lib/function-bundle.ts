import { build, type BuildOptions, type Metafile, type Plugin } from 'esbuild';
import { REPO_ROOT } from './paths.js';

/** The zod locales the API's messages use (functions/http/i18n/zod-i18n.ts): zh-CN and English. */
export const ZOD_LOCALES = { en: 'en', zhCN: 'zh-CN' } as const;

/**
 * Only the zod locales the API uses. @hono/zod-openapi hands zod's whole `z` namespace to
 * zod-to-openapi (`extendZodWithOpenApi(z)`), so the bundler must keep every export of it,
 * `z.locales` with all 64 languages (about 260 KB minified) included, although the code imports only
 * two. This resolves zod's own locale index (`zod/v4/locales/index.js`, reached as `../locales/index.js`
 * from zod's classic and core indexes) to one that exports only those two; a locale reached by
 * its own path (`zod/v4/locales/en.js`) is untouched.
 */
export const onlyUsedZodLocales: Plugin = {
  name: 'only-used-zod-locales',
  setup(esbuild) {
    esbuild.onResolve({ filter: /locales(\/index\.js)?$/ }, (args) => {
      const withinZod = /[\\/]node_modules[\\/]zod[\\/]/.test(args.importer) && /^\.\.\/(v4\/)?locales\/index\.js$/.test(args.path);
      const packageIndex = args.path === 'zod/v4/locales' || args.path === 'zod/locales';
      return withinZod || packageIndex ? { path: 'zod-locales', namespace: 'only-used-zod-locales' } : undefined;
    });
    esbuild.onLoad({ filter: /.*/, namespace: 'only-used-zod-locales' }, () => ({
      contents: Object.entries(ZOD_LOCALES)
        .map(([name, file]) => `export { default as ${name} } from 'zod/v4/locales/${file}.js';`)
        .join('\n'),
      resolveDir: REPO_ROOT,
    }));
  },
};

// ESM output cannot `require`; a few CommonJS dependencies still call it for Node built-ins.
const REQUIRE_SHIM = "import { createRequire as __createRequire } from 'node:module'; const require = __createRequire(import.meta.url);";

/**
 * How every function is bundled: ESM for Node.js 24 with the AWS SDK inside (the version we test,
 * not the runtime's), minified, with source maps, and split: what the handler's module imports
 * statically is what a cold start reads; each `import()` of code that only some requests need
 * (pinyin, QR codes, the S3 presigner, KMS and the SM2 library) becomes chunks of its own, read from
 * the function's directory the first time a request needs them. The entry is `index.mjs`, so the
 * handler is `index.handler`.
 */
export function functionBuildOptions(entry: string, outdir: string): BuildOptions {
  return {
    entryPoints: { index: entry },
    outdir,
    bundle: true,
    splitting: true,
    format: 'esm',
    platform: 'node',
    target: 'node24',
    mainFields: ['module', 'main'],
    outExtension: { '.js': '.mjs' },
    minify: true,
    sourcemap: true,
    sourcesContent: false,
    banner: { js: REQUIRE_SHIM },
    absWorkingDir: REPO_ROOT,
    logLevel: 'warning',
    plugins: [onlyUsedZodLocales],
  };
}

/** Bundles one function entry (a path from the repository root) into `outdir`; the metafile says what went where. */
export async function bundleFunction(entry: string, outdir: string): Promise<Metafile> {
  const result = await build({ ...functionBuildOptions(entry, outdir), metafile: true });
  return result.metafile;
}

/** Code of a bundle: its bytes, and each source file's share of them (paths from the repository root, packages as `node_modules/…`). */
export interface BundlePart {
  bytes: number;
  inputs: Record<string, number>;
}

/** What a bundle reads at cold start, and what it reads only on first use. */
export interface BundleGraph {
  /** The entry `index.mjs` and every chunk it imports statically, transitively: what importing the handler reads. */
  init: BundlePart;
  /** The other chunks: read by `import()` when a request first needs them. */
  lazy: BundlePart;
}

/** Splits a bundle's output (JavaScript only, source maps aside) into what the entry loads at once and the rest. */
export function bundleGraph(metafile: Metafile): BundleGraph {
  const outputs = metafile.outputs;
  const scripts = Object.keys(outputs).filter((path) => path.endsWith('.mjs'));
  const entry = scripts.find((path) => outputs[path]!.entryPoint !== undefined && /(^|\/)index\.mjs$/.test(path));
  if (!entry) throw new Error('the bundle has no index.mjs entry');
  const init = new Set<string>();
  const pending = [entry];
  while (pending.length > 0) {
    const path = pending.pop()!;
    if (init.has(path)) continue;
    init.add(path);
    for (const imported of outputs[path]!.imports) {
      if (imported.kind === 'import-statement' && !imported.external) pending.push(imported.path);
    }
  }
  // Inputs are relative to the repository root already; a plugin's virtual module is `namespace:path`.
  const readable = (input: string) => input.replace(/^[\w-]+:/, '');
  const part = (paths: string[]): BundlePart => {
    const inputs: Record<string, number> = {};
    for (const path of paths) {
      for (const [input, { bytesInOutput }] of Object.entries(outputs[path]!.inputs)) {
        const name = readable(input);
        inputs[name] = (inputs[name] ?? 0) + bytesInOutput;
      }
    }
    return { bytes: paths.reduce((sum, path) => sum + outputs[path]!.bytes, 0), inputs };
  };
  return { init: part([...init]), lazy: part(scripts.filter((path) => !init.has(path))) };
}
