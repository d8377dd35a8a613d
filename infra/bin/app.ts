import { createIntakeApp } from '../lib/intake-app.js';

// The CDK CLI runs this (cdk.json: npx tsx infra/bin/app.ts); options come from `-c` context.
createIntakeApp();
