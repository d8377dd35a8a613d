import { createHash } from 'node:crypto';
import { canonicalJson, type CaseEvent } from './case-event.js';

/** A case's chain head as anchored: the last event's seq and hash on that day. */
export interface AnchoredHead {
  caseId: string;
  seq: number;
  hash: string;
}

/**
 * A county's daily anchor (外部锚定): the chain heads of the cases whose chain changed that day,
 * their Merkle root, signed with the county's key and written once to storage outside the table
 * (a folder under DATA_DIR locally; an S3 bucket with Object Lock in compliance mode in AWS).
 * Someone who rewrites a whole chain and its head in the table consistently cannot rewrite the anchor.
 */
export interface AnchorDigest {
  countyId: string;
  /** The China date (YYYY-MM-DD) the heads changed on. */
  day: string;
  heads: AnchoredHead[];
  /** sha256 Merkle root over the heads in caseId order (leaf = sha256 of `caseId:seq:hash`). */
  root: string;
  anchoredAt: string;
}

export interface SignedAnchorDigest extends AnchorDigest {
  signature: { keyId: string; value: string };
}

const sha256 = (data: string) => createHash('sha256').update(data).digest('hex');

/** Merkle root of the leaves (the last one is paired with itself on an odd level); empty: sha256(""). */
export function merkleRoot(leaves: readonly string[]): string {
  if (leaves.length === 0) return sha256('');
  let level = leaves.map((leaf) => sha256(`leaf:${leaf}`));
  while (level.length > 1) {
    const next: string[] = [];
    for (let i = 0; i < level.length; i += 2) next.push(sha256(`node:${level[i]}${level[i + 1] ?? level[i]}`));
    level = next;
  }
  return level[0]!;
}

/** Builds the digest of a county's day (heads sorted by caseId, one per case). */
export function buildAnchorDigest(countyId: string, day: string, heads: readonly AnchoredHead[], anchoredAt: string): AnchorDigest {
  const sorted = [...new Map(heads.map((h) => [h.caseId, h])).values()].sort((a, b) => (a.caseId < b.caseId ? -1 : a.caseId > b.caseId ? 1 : 0));
  return { countyId, day, heads: sorted, root: merkleRoot(sorted.map((h) => `${h.caseId}:${h.seq}:${h.hash}`)), anchoredAt };
}

/** The bytes the county signs: the digest without its signature, canonical JSON, UTF-8. */
export function anchorBytes(digest: AnchorDigest): Uint8Array {
  const { countyId, day, heads, root, anchoredAt } = digest;
  return new TextEncoder().encode(canonicalJson({ countyId, day, heads, root, anchoredAt }));
}

/** Whether the digest's root is the root of its heads (the signature is checked by the signer). */
export const rootHolds = (digest: AnchorDigest) => merkleRoot(digest.heads.map((h) => `${h.caseId}:${h.seq}:${h.hash}`)) === digest.root;

export type AnchorVerdict = { ok: true; anchoredHeads: number } | { ok: false; seq: number; problem: 'rewritten' };

/**
 * Compares a case's chain with every head anchored for it: each anchored head must still be in the
 * chain at its seq with the same hash. A chain rewritten consistently (all hashes and the head
 * recomputed) verifies on its own but no longer contains the anchored heads: "rewritten".
 */
export function checkAgainstAnchors(events: readonly CaseEvent[], anchored: readonly AnchoredHead[]): AnchorVerdict {
  for (const head of [...anchored].sort((a, b) => a.seq - b.seq)) {
    if (events[head.seq - 1]?.hash !== head.hash) return { ok: false, seq: head.seq, problem: 'rewritten' };
  }
  return { ok: true, anchoredHeads: anchored.length };
}
