import { describe, expect, it } from 'vitest';
import { canonicalJson, GENESIS_HASH, sealEvent, verifyChain, type CaseEvent } from '../../../functions/core/case/case-event.js';

function chain(n: number): CaseEvent[] {
  const events: CaseEvent[] = [];
  let prev = GENESIS_HASH;
  for (let seq = 1; seq <= n; seq++) {
    const event = sealEvent(
      {
        caseId: 'c1',
        seq,
        action: seq === 1 ? 'submit' : 'record_original',
        at: `2026-03-0${seq}T01:00:00.000Z`,
        actor: { userId: 'u', role: 'clerk', name: '陈静' },
        fromState: seq === 1 ? null : 'submitted',
        toState: 'submitted',
        data: { materialId: `m${seq}` },
        public: seq === 1,
      },
      prev,
    );
    events.push(event);
    prev = event.hash;
  }
  return events;
}
const headOf = (events: CaseEvent[]) => ({ lastEventSeq: events.length, lastEventHash: events.at(-1)!.hash });

describe('the hash-chained audit trail', () => {
  it('verifies an untouched chain', () => {
    const events = chain(4);
    expect(verifyChain('c1', events, headOf(events))).toEqual({ ok: true, events: 4 });
  });

  it('detects an edited event', () => {
    const events = chain(4);
    const tampered = events.map((e) => (e.seq === 2 ? { ...e, actor: { ...e.actor, name: '别人' } } : e));
    expect(verifyChain('c1', tampered, headOf(events))).toEqual({ ok: false, seq: 2, problem: 'edited' });
  });

  it('detects an event re-hashed after editing (its successor no longer links)', () => {
    const events = chain(4);
    const { hash: _h, ...content } = events[1]!;
    const forged = sealEvent({ ...content, reason: 'inserted later' }, content.prevHash);
    const tampered = events.map((e) => (e.seq === 2 ? forged : e));
    expect(verifyChain('c1', tampered, headOf(events))).toEqual({ ok: false, seq: 3, problem: 'broken_link' });
  });

  it('detects a deleted event in the middle', () => {
    const events = chain(4);
    const tampered = events.filter((e) => e.seq !== 2);
    expect(verifyChain('c1', tampered, headOf(events))).toMatchObject({ ok: false, seq: 2, problem: 'missing_or_reordered' });
  });

  it('detects a deleted last event against the head kept on the case', () => {
    const events = chain(4);
    expect(verifyChain('c1', events.slice(0, 3), headOf(events))).toMatchObject({ ok: false, problem: 'tail_missing' });
  });

  it('detects reordered events', () => {
    const events = chain(4);
    const tampered = [events[0]!, events[2]!, events[1]!, events[3]!];
    expect(verifyChain('c1', tampered, headOf(events)).ok).toBe(false);
  });

  it('hashes the same content the same whatever the key order', () => {
    expect(canonicalJson({ b: 1, a: { d: [1, { f: 2, e: 3 }], c: null } })).toBe('{"a":{"c":null,"d":[1,{"e":3,"f":2}]},"b":1}');
  });

  it('keeps chains sealed before the scope was hashed verifiable, and hashes the scope of new ones', () => {
    const old = chain(2);
    expect(old.every((e) => e.scope === undefined)).toBe(true);
    expect(verifyChain('c1', old, { ...headOf(old), townshipId: 'qingshi', countyId: 'anping' })).toEqual({ ok: true, events: 2 });
    const scoped = sealEvent({ ...old[0]!, scope: { townshipId: 'qingshi', countyId: 'anping' } }, GENESIS_HASH);
    const unscoped = sealEvent({ ...old[0]! }, GENESIS_HASH);
    expect(scoped.hash).not.toBe(unscoped.hash);
  });

  it('reports a chain whose case moved to another township or county as foreign_scope', () => {
    const event = sealEvent(
      {
        caseId: 'c1',
        seq: 1,
        action: 'submit',
        at: '2026-03-01T01:00:00.000Z',
        actor: { userId: 'u', role: 'resident', name: '王' },
        fromState: null,
        toState: 'submitted',
        public: true,
        scope: { townshipId: 'qingshi', countyId: 'anping' },
      },
      GENESIS_HASH,
    );
    const head = { lastEventSeq: 1, lastEventHash: event.hash };
    expect(verifyChain('c1', [event], { ...head, townshipId: 'qingshi', countyId: 'anping' })).toEqual({ ok: true, events: 1 });
    expect(verifyChain('c1', [event], { ...head, townshipId: 'baihe', countyId: 'anping' })).toEqual({ ok: false, seq: 1, problem: 'foreign_scope' });
    expect(verifyChain('c1', [event], { ...head, townshipId: 'qingshi', countyId: 'x' })).toEqual({ ok: false, seq: 1, problem: 'foreign_scope' });
  });
});
