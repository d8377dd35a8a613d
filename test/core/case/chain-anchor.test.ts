import { describe, expect, it } from 'vitest';
import { buildAnchorDigest, checkAgainstAnchors, merkleRoot, rootHolds } from '../../../functions/core/case/chain-anchor.js';
import { GENESIS_HASH, sealEvent, type CaseEvent } from '../../../functions/core/case/case-event.js';

const event = (seq: number, prev: string, at = `2026-03-0${seq}T01:00:00.000Z`): CaseEvent =>
  sealEvent(
    { caseId: 'c1', seq, action: 'submit', at, actor: { userId: 'u', role: 'clerk', name: 'x' }, fromState: null, toState: 'submitted', public: true },
    prev,
  );

describe('chain anchors', () => {
  it('builds a Merkle root that changes with any head and does not depend on the input order', () => {
    const heads = [
      { caseId: 'b', seq: 2, hash: 'h2' },
      { caseId: 'a', seq: 1, hash: 'h1' },
      { caseId: 'c', seq: 5, hash: 'h5' },
    ];
    const one = buildAnchorDigest('anping', '2026-03-02', heads, 'now');
    const two = buildAnchorDigest('anping', '2026-03-02', [...heads].reverse(), 'now');
    expect(one.root).toBe(two.root);
    expect(one.heads.map((h) => h.caseId)).toEqual(['a', 'b', 'c']);
    expect(rootHolds(one)).toBe(true);
    expect(rootHolds({ ...one, heads: [{ ...one.heads[0]!, seq: 9 }, ...one.heads.slice(1)] })).toBe(false);
    expect(merkleRoot(['x'])).not.toBe(merkleRoot(['y']));
  });

  it('reports a chain that no longer holds an anchored head as rewritten', () => {
    const e1 = event(1, GENESIS_HASH);
    const e2 = event(2, e1.hash);
    const anchored = [{ caseId: 'c1', seq: 2, hash: e2.hash }];
    expect(checkAgainstAnchors([e1, e2], anchored)).toEqual({ ok: true, anchoredHeads: 1 });
    const r2 = event(2, e1.hash, '2026-03-01T00:00:00.000Z');
    expect(checkAgainstAnchors([e1, r2], anchored)).toEqual({ ok: false, seq: 2, problem: 'rewritten' });
    expect(checkAgainstAnchors([e1], anchored)).toEqual({ ok: false, seq: 2, problem: 'rewritten' });
  });
});
