import type { AccountStore } from '../ports/account-store.js';
import { hashPassword } from '../adapters/local/password.js';
import { DEMO_ACCOUNTS, DEMO_PASSWORD } from './accounts.js';

export interface SeedTargets {
  accounts: AccountStore;
}

/**
 * Writes the demo data. Idempotent: records are keyed by stable ids, so running it on every
 * start changes nothing that is already there except to restore the demo accounts.
 */
export async function seedDemoData(targets: SeedTargets): Promise<{ accounts: number }> {
  const hash = await hashPassword(DEMO_PASSWORD);
  for (const account of DEMO_ACCOUNTS) {
    const existing = await targets.accounts.findByUsername(account.username);
    if (existing) continue;
    await targets.accounts.put({ ...account, passwordHash: hash });
  }
  return { accounts: DEMO_ACCOUNTS.length };
}
