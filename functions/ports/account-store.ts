import type { Role } from '../core/auth/principal.js';

/** A sign-in account of the local issuer (in AWS, Cognito or the OIDC provider holds accounts). */
export interface Account {
  userId: string;
  username: string;
  /** scrypt hash, `scrypt$<salt>$<hash>` */
  passwordHash: string;
  role: Role;
  name: string;
  countyId?: string;
  townshipId?: string;
  officeId?: string;
}

export interface AccountStore {
  findByUsername(username: string): Promise<Account | undefined>;
  /** Creates the account, or replaces it (seeding is idempotent). */
  put(account: Account): Promise<void>;
}
