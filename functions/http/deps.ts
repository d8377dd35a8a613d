import type { AccountStore } from '../ports/account-store.js';
import type { CalendarStore } from '../ports/calendar-store.js';
import type { CatalogueStore } from '../ports/catalogue-store.js';
import type { LocalIssuer } from '../adapters/local/local-issuer.js';
import type { TokenVerifier } from './auth/token-verifier.js';
import type { Logger } from './logger.js';

/** Everything the HTTP app needs, plugged in by a composition root (compose.ts, or a test). */
export interface AppDeps {
  logger: Logger;
  verifier: TokenVerifier;
  accounts: AccountStore;
  calendars: CalendarStore;
  /** Called after an administrator changed a year's calendar (recomputes open cases' due dates). */
  onCalendarChanged?: (year: number) => Promise<void>;
  catalogue: CatalogueStore;
  /** Present only in the embedded default: enables local sign-in and the issuer's JWKS. */
  localIssuer?: LocalIssuer;
  now: () => Date;
  version: string;
}
