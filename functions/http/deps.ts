import type { AccountStore } from '../ports/account-store.js';
import type { CalendarStore } from '../ports/calendar-store.js';
import type { CatalogueStore } from '../ports/catalogue-store.js';
import type { LocalIssuer } from '../adapters/local/local-issuer.js';
import type { LocalFileStore } from '../adapters/local/local-file-store.js';
import type { DecisionStore } from '../ports/decision-store.js';
import type { DraftStore } from '../ports/draft-store.js';
import type { IdempotencyStore } from '../ports/idempotency-store.js';
import type { Outbox } from '../ports/outbox.js';
import type { SealSigner } from '../ports/seal-signer.js';
import type { AttemptLimiter } from '../ports/attempt-limiter.js';
import type { SupervisionStore } from '../ports/supervision-store.js';
import type { IntakeDeps } from '../use-cases/intake/intake-deps.js';
import type { SweepDeps } from '../use-cases/deadlines/sweep-deadlines.js';
import type { OidcSignInSettings } from './auth/sign-in-settings.js';
import type { TokenVerifier } from './auth/token-verifier.js';
import type { Logger } from './logger.js';

/** Everything the HTTP app needs, plugged in by a composition root (compose.ts, or a test). */
import type { StatsStore } from '../ports/stats-store.js';

export interface AppDeps {
  logger: Logger;
  verifier: TokenVerifier;
  accounts: AccountStore;
  calendars: CalendarStore;
  /** Called after an administrator changed a year's calendar (recomputes open cases' due dates). */
  onCalendarChanged?: (year: number) => Promise<void>;
  catalogue: CatalogueStore;
  /** Cases: stores, catalogue view, files and clock for the intake use cases. */
  intake: IntakeDeps;
  /** Application drafts kept on the server, per account, item and township. */
  drafts: DraftStore;
  /** The deadline sweep's ports (also used to recompute due dates after a calendar change). */
  deadlines: Omit<SweepDeps, 'log'>;
  idempotency: IdempotencyStore;
  /** The one seal: signs decisions per township or county department, verifies by key id. */
  seal: SealSigner;
  /** Signed decisions, by verification code and by case. */
  decisions: DecisionStore;
  /** Attempt counters for sign-in and progress lookup (shared storage, so they hold across instances). */
  attempts: AttemptLimiter;
  /** Supervision orders (督办单), read; written in their case's transaction. */
  supervision: SupervisionStore;
  /** Messages to applicants, written with each public step; the staff list reads them. */
  outbox: Outbox;
  /** The county's figures, kept by the stream consumer; the dashboard reads them. */
  stats: StatsStore;
  /** Present only in the embedded default: the local stand-in for S3's presigned URLs. */
  localFiles?: LocalFileStore;
  /** Present only in the embedded default: enables local sign-in and the issuer's JWKS. */
  localIssuer?: LocalIssuer;
  /** Without a local issuer: the OIDC provider and client the web app signs in with. */
  signIn?: OidcSignInSettings;
  now: () => Date;
  version: string;
}
