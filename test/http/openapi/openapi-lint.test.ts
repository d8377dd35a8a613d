import { execFile } from 'node:child_process';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { describe, expect, it } from 'vitest';
import { writePublishedDocument } from '../../support/openapi-document.js';

const run = promisify(execFile);
const REDOCLY = join(process.cwd(), 'node_modules', '.bin', 'redocly');

/** Redocly's JSON report: one entry per problem, with its severity. */
interface LintProblem {
  ruleId: string;
  severity: 'error' | 'warn';
  message: string;
  location: { pointer?: string }[];
}

describe('the published OpenAPI document', () => {
  it("passes Redocly's recommended ruleset with no errors and no warnings (redocly.yaml)", async () => {
    const { file } = await writePublishedDocument('one-window-openapi-lint-');
    const args = ['lint', file, '--config', join(process.cwd(), 'redocly.yaml'), '--format', 'json'];
    // redocly exits 1 on errors; the report is on stdout either way.
    const output = await run(REDOCLY, args, {
      maxBuffer: 16 * 1024 * 1024,
      env: { ...process.env, REDOCLY_TELEMETRY: 'off', REDOCLY_SUPPRESS_UPDATE_NOTICE: 'true' },
    }).catch((error: { stdout?: string }) => ({ stdout: error.stdout ?? '' }));
    const report = JSON.parse(output.stdout) as { totals: { errors: number; warnings: number }; problems: LintProblem[] };
    const problems = report.problems.map((p) => `${p.severity} ${p.ruleId} ${p.location[0]?.pointer ?? ''}: ${p.message}`);
    expect(problems).toEqual([]);
    expect(report.totals).toMatchObject({ errors: 0, warnings: 0 });
  });
});
