import type { SignedAnchorDigest } from '../core/case/chain-anchor.js';

/**
 * Append-only storage of the counties' signed daily anchors, outside the table.
 *
 * Adapters: a folder under DATA_DIR (adapters/local/local-anchor-store.ts, files written once with
 * O_EXCL), and an S3 bucket with Object Lock in compliance mode (adapters/s3/s3-anchor-store.ts).
 */
export interface ChainAnchorStore {
  /** Writes a county's digest of a day once; throws AnchorExistsError when that day is already anchored. */
  append(digest: SignedAnchorDigest): Promise<void>;
  /** Every digest of the county, oldest first; without a county, every county's (a case moved to another county is still found). */
  list(countyId?: string): Promise<SignedAnchorDigest[]>;
}

export class AnchorExistsError extends Error {
  constructor(countyId: string, day: string) {
    super(`county ${countyId} is already anchored for ${day}`);
    this.name = 'AnchorExistsError';
  }
}
