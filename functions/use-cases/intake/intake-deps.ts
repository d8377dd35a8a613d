import type { ChainAnchorStore } from '../../ports/chain-anchor-store.js';
import type { IntakeClock } from '../../core/case/intake-clock.js';
import type { CaseStore } from '../../ports/case-store.js';
import type { FileAccessLog } from '../../ports/file-access-log.js';
import type { FileStore } from '../../ports/file-store.js';
import type { IntakeCatalogue } from '../../ports/intake-catalogue.js';
import type { SealSigner } from '../../ports/seal-signer.js';

/** The ports intake use cases work through. */
export interface IntakeDeps {
  cases: CaseStore;
  catalogue: IntakeCatalogue;
  files: FileStore;
  /** Who opened which material file (append-only, apart from the case's events). */
  fileAccess: FileAccessLog;
  /** The one seal: signs decisions (the township's, or a county department's for forwarded items). */
  seal: SealSigner;
  /** The counties' signed daily anchors of chain heads, outside the table (append-only). */
  anchors?: ChainAnchorStore;
  /** A clock over the working-day calendar as it stands now (loaded per use). */
  clock: () => Promise<IntakeClock>;
  now: () => Date;
  randomBytes: (n: number) => Uint8Array;
  newId: () => string;
}
