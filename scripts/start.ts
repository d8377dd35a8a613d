import { DEMO_ACCOUNTS, DEMO_PASSWORD } from '../functions/demo/accounts.js';
import { JavaMissingError } from './lib/java.js';
import { startLocalStack } from './lib/local-stack.js';

/**
 * `npm start`: the whole product on this machine. Configuration by environment:
 *   PORT      HTTP port (default 3000)
 *   HOST      address to listen on (default 127.0.0.1; 0.0.0.0 to serve the LAN)
 *   DATA_DIR  where DynamoDB Local keeps its files and the issuer its key (default .data)
 *   LOG_LEVEL debug | info | warn | error (default info)
 *   DEMO_HISTORY  demo cases per township over the last six months, seeded once in the background
 *                 (default 200; 0 for none)
 *   SWEEP_EVERY_S deadline sweep interval in seconds (default 60; it also runs at start)
 *   SEAL_SM2_OWNERS  township / county department ids whose seal key is SM2, comma-separated
 *                    (default qingshi; keys are kept in DATA_DIR/seal-keys and keep their algorithm)
 */
// The AWS SDK's Node version support notice is only noise here (npm scripts run on Node 24, as Lambda does).
process.env.AWS_SDK_JS_NODE_VERSION_SUPPORT_WARNING_DISABLED ??= 'true';
const port = Number(process.env.PORT ?? 3000);
const dataDir = process.env.DATA_DIR ?? '.data';
const logLevel = (process.env.LOG_LEVEL ?? 'info') as 'debug' | 'info' | 'warn' | 'error';

try {
  const stack = await startLocalStack({
    port,
    host: process.env.HOST ?? '127.0.0.1',
    dataDir,
    webDir: 'dist/web',
    demoHistory: Number(process.env.DEMO_HISTORY ?? 200),
    sweepEveryMs: Number(process.env.SWEEP_EVERY_S ?? 60) * 1000,
    logLevel,
    sm2Owners: (process.env.SEAL_SM2_OWNERS ?? 'qingshi')
      .split(',')
      .map((s) => s.trim())
      .filter(Boolean),
  });
  const pad = Math.max(...DEMO_ACCOUNTS.map((a) => a.username.length));
  console.log(
    [
      '',
      `  一窗受理 One-window intake is running at ${stack.url}`,
      `  Data is kept in ${dataDir}/ (DynamoDB Local at ${stack.dynamoEndpoint})`,
      `  API docs: ${stack.url}/api/openapi.json`,
      '',
      `  Demo accounts (password for all: ${DEMO_PASSWORD})`,
      ...DEMO_ACCOUNTS.map((a) => `    ${a.username.padEnd(pad)}  ${a.role.padEnd(14)} ${a.name}${a.townshipId ? ` · ${a.townshipId}` : ''}`),
      '',
      '  Press Ctrl-C to stop.',
      '',
    ].join('\n'),
  );
  let stopping = false;
  const shutdown = async (signal: string) => {
    if (stopping) return;
    stopping = true;
    console.log(`\n  ${signal}: stopping the API and DynamoDB Local…`);
    await stack.stop();
    console.log('  Stopped.');
    process.exit(0);
  };
  process.on('SIGINT', () => void shutdown('SIGINT'));
  process.on('SIGTERM', () => void shutdown('SIGTERM'));
} catch (error) {
  if (error instanceof JavaMissingError) {
    console.error(`\n${error.message}\n`);
    process.exit(1);
  }
  throw error;
}
