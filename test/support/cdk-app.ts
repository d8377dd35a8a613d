import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { App } from 'aws-cdk-lib';
import { Template } from 'aws-cdk-lib/assertions';
import { createIntakeApp } from '../../infra/lib/intake-app.js';
import { fromRepoRoot } from '../../infra/lib/paths.js';

/** The feature flags and settings `cdk synth` uses, so tests synthesize the same template. */
export const CDK_JSON_CONTEXT = (JSON.parse(readFileSync(fromRepoRoot('cdk.json'), 'utf8')) as { context: Record<string, unknown> }).context;

export interface TestAppOptions {
  /** Extra `-c` context, e.g. oidcIssuer. */
  context?: Record<string, unknown>;
  /** Add the cdk-nag packs. @default false */
  nag?: boolean;
  /** Bundle the functions with esbuild (slower, needed to test the bundles). @default true */
  bundle?: boolean;
  /**
   * CDK's built-in CloudFormation schema validation, as `cdk synth` runs it. It costs several
   * seconds per synth, so only the whole-stack and cdk-nag tests turn it on. @default false
   */
  cfnValidation?: boolean;
}

/** The real CDK app (infra/lib/intake-app.ts) synthesizing into a fresh temporary directory. */
export function createTestCdkApp(options: TestAppOptions = {}) {
  return createIntakeApp({
    outdir: mkdtempSync(join(tmpdir(), 'cdk-test-')),
    nag: options.nag ?? false,
    builtinCloudFormationValidation: options.cfnValidation ?? false,
    context: {
      ...CDK_JSON_CONTEXT,
      ...(options.bundle === false ? { 'aws:cdk:bundling-stacks': [] } : {}),
      ...options.context,
    },
  });
}

/** The stack's template, synthesized without bundling (fast) unless asked. */
export function synthTemplate(options: TestAppOptions = {}) {
  const { app, stack } = createTestCdkApp({ bundle: false, ...options });
  return { app, stack, template: Template.fromStack(stack) };
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
    // A failed validation throws after writing the report; anything else is a real error.
    if (!/ValidationFailed|Validation failed/.test(`${(error as Error).name} ${String(error)}`)) throw error;
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
