import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { App } from 'aws-cdk-lib';
import { createIntakeApp } from '../../infra/lib/intake-app.js';
import { fromRepoRoot } from '../../infra/lib/paths.js';

/** The feature flags and settings `cdk synth` uses, so tests synthesize the same template. */
export const CDK_JSON_CONTEXT = (JSON.parse(readFileSync(fromRepoRoot('cdk.json'), 'utf8')) as { context: Record<string, unknown> })
  .context;

export interface TestAppOptions {
  /** Extra `-c` context, e.g. oidcIssuer. */
  context?: Record<string, unknown>;
  /** Add the cdk-nag packs. @default false */
  nag?: boolean;
  /** Bundle the functions with esbuild (slower, needed to test the bundles). @default true */
  bundle?: boolean;
}

/** The real CDK app (infra/lib/intake-app.ts) synthesizing into a fresh temporary directory. */
export function createTestCdkApp(options: TestAppOptions = {}) {
  return createIntakeApp({
    outdir: mkdtempSync(join(tmpdir(), 'cdk-test-')),
    nag: options.nag ?? false,
    context: {
      ...CDK_JSON_CONTEXT,
      ...(options.bundle === false ? { 'aws:cdk:bundling-stacks': [] } : {}),
      ...options.context,
    },
  });
}

/** One finding of a validation plugin (cdk-nag pack) that was not acknowledged. */
export interface NagFinding {
  plugin: string;
  severity: string;
  rule: string;
  path: string;
}

interface ValidationReport {
  pluginReports: {
    pluginName: string;
    violations: { ruleName: string; severity?: string; violatingConstructs?: { constructPath: string }[] }[];
  }[];
}

/**
 * Synthesizes the app and returns every unacknowledged finding from the validation report CDK
 * writes into the cloud assembly. cdk-nag v3 runs as a policy-validation plugin: findings fail
 * synthesis instead of becoming annotations, so the report file is the place to read them.
 */
export function unacknowledgedFindings(app: App): NagFinding[] {
  try {
    app.synth();
  } catch (error) {
    if (!/Validation failed/.test(String(error))) throw error;
  }
  const report = JSON.parse(readFileSync(join(app.outdir, 'validation-report.json'), 'utf8')) as ValidationReport;
  return report.pluginReports.flatMap((plugin) =>
    plugin.violations.flatMap((violation) =>
      (violation.violatingConstructs ?? []).map((construct) => ({
        plugin: plugin.pluginName,
        severity: violation.severity ?? 'unknown',
        rule: violation.ruleName,
        path: construct.constructPath,
      })),
    ),
  );
}
