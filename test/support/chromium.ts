import { existsSync } from 'node:fs';
import { chromium, type BrowserServer } from 'playwright-core';

/** Debian's Chromium, installed by scripts/ensure-chromium.sh; playwright-core downloads nothing. */
export const CHROMIUM_PATH = '/usr/bin/chromium';
const CHROMIUM_ARGS = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
];

/**
 * One headless Chromium that test files connect to (`chromium.connect`), each with contexts of its
 * own. It runs in a fresh temporary profile, removed when it closes.
 */
export async function launchChromiumServer(): Promise<BrowserServer> {
  if (!existsSync(CHROMIUM_PATH)) throw new Error(`No Chromium at ${CHROMIUM_PATH}: run \`bash scripts/ensure-chromium.sh\`.`);
  return chromium.launchServer({ headless: true, executablePath: CHROMIUM_PATH, args: CHROMIUM_ARGS });
}
