import {
  anchorBytes,
  buildAnchorDigest,
  checkAgainstAnchors,
  rootHolds,
  type AnchoredHead,
  type AnchorVerdict,
  type SignedAnchorDigest,
} from '../../core/case/chain-anchor.js';
import type { CaseEvent } from '../../core/case/case-event.js';
import type { CaseStore } from '../../ports/case-store.js';
import type { ChainAnchorStore } from '../../ports/chain-anchor-store.js';
import type { SealSigner } from '../../ports/seal-signer.js';

export interface AnchorDeps {
  cases: Pick<CaseStore, 'get'>;
  /** The county signs its digests with its own key (seal owner = the county id). */
  seal: SealSigner;
  anchors: ChainAnchorStore;
  now: () => Date;
}

/**
 * Writes a county's daily anchor: the current chain heads of the given cases (the cases whose chain
 * changed that day; the daily job collects them from the event stream), their Merkle root, signed
 * with the county's key. Cases of another county are left out. Written once per county and day.
 */
export async function anchorChainHeads(deps: AnchorDeps, countyId: string, day: string, caseIds: readonly string[]): Promise<SignedAnchorDigest> {
  const heads: AnchoredHead[] = [];
  for (const caseId of new Set(caseIds)) {
    const c = await deps.cases.get(caseId);
    if (c && c.countyId === countyId && c.lastEventSeq > 0) heads.push({ caseId, seq: c.lastEventSeq, hash: c.lastEventHash });
  }
  const digest = buildAnchorDigest(countyId, day, heads, deps.now().toISOString());
  const key = await deps.seal.currentKey(countyId);
  const value = await deps.seal.sign(countyId, key.keyId, anchorBytes(digest));
  const signed: SignedAnchorDigest = { ...digest, signature: { keyId: key.keyId, value } };
  await deps.anchors.append(signed);
  return signed;
}

/**
 * The heads anchored for a case, from the digests whose signature and root hold. Every county's
 * digests are searched, not only the case's county now: a case rewritten into another county
 * (its scope re-sealed and its record moved) still meets the heads anchored under the old one.
 * Only digests naming the case count as invalid when they fail.
 */
export async function anchoredHeadsOf(
  deps: Pick<AnchorDeps, 'seal' | 'anchors'>,
  caseId: string,
): Promise<{ heads: AnchoredHead[]; invalidDigests: number; lastDay?: string }> {
  const heads: AnchoredHead[] = [];
  let invalidDigests = 0;
  let lastDay: string | undefined;
  for (const digest of await deps.anchors.list()) {
    const named = digest.heads.some((h) => h.caseId === caseId);
    if (!named) continue;
    const valid = rootHolds(digest) && (await deps.seal.verify(digest.signature.keyId, anchorBytes(digest), digest.signature.value));
    if (!valid) {
      invalidDigests++;
      continue;
    }
    const head = digest.heads.find((h) => h.caseId === caseId);
    if (head) {
      heads.push(head);
      lastDay = digest.day;
    }
  }
  return { heads, invalidDigests, ...(lastDay ? { lastDay } : {}) };
}

/** Compares a case's chain with its anchored heads. */
export async function checkCaseAnchors(
  deps: Pick<AnchorDeps, 'seal' | 'anchors'>,
  caseId: string,
  events: readonly CaseEvent[],
): Promise<{ verdict: AnchorVerdict; invalidDigests: number; lastDay?: string }> {
  const { heads, invalidDigests, lastDay } = await anchoredHeadsOf(deps, caseId);
  return { verdict: checkAgainstAnchors(events, heads), invalidDigests, ...(lastDay ? { lastDay } : {}) };
}
