import { defineConfig } from 'vitest/config';

// Also for the global setup, which runs outside the test workers.
process.env.AWS_SDK_JS_NODE_VERSION_SUPPORT_WARNING_DISABLED ??= 'true';

export default defineConfig({
  test: {
    include: ['test/**/*.test.ts', 'test/**/*.test.tsx'],
    // The run's one DynamoDB Local and one Chromium, each started only once a test file asks for it
    // (test/support/run-services.ts): a run of unit tests alone starts neither.
    globalSetup: ['test/support/global-setup.ts'],
    // Generous: CI machines are shared 2-core boxes, and a synth or a browser test can stall there.
    testTimeout: 120_000,
    hookTimeout: 120_000,
    pool: 'forks',
    // The SDK's Node version support notice is only noise in tests.
    env: { AWS_SDK_JS_NODE_VERSION_SUPPORT_WARNING_DISABLED: 'true' },
  },
});
