import { createHash } from 'node:crypto';
import { ROLES } from '../auth/principal.js';
import type { CaseAction, NoticeKind } from './case-actions.js';
import type { CaseState } from './case-states.js';

/** A document an event produced or refers to (a notice, an uploaded file). */
export interface EventDocument {
  kind: NoticeKind | 'material';
  id: string;
}

/** Who may appear as an event's actor: a role of the token, the system, or the applicant proven by the query code. */
export const ACTOR_ROLES = [...ROLES, 'system', 'query_code_holder'] as const;
export type ActorRole = (typeof ACTOR_ROLES)[number];

/** One append-only step in a case's history (全程留痕). Never edited; a correction is a new event. */
export interface CaseEvent {
  caseId: string;
  seq: number;
  action: CaseAction;
  at: string;
  actor: { userId: string; role: ActorRole; name: string };
  fromState: CaseState | null;
  toState: CaseState;
  reason?: string;
  documents?: EventDocument[];
  /** Details of the step (correction items, due dates…); no personal data. */
  data?: Record<string, unknown>;
  /** Shown to the applicant in the progress view. */
  public: boolean;
  /**
   * The township and county the case belonged to when the step was taken, inside the hash, so that
   * moving an event (or the case) to another tenant shows in the audit. Absent on events sealed
   * before it was added; those chains still verify because absent fields do not enter the hash.
   */
  scope?: EventScope;
  prevHash: string;
  hash: string;
}

/** Which tenant an event belongs to. */
export interface EventScope {
  townshipId: string;
  countyId: string;
}

/** The hash that precedes the first event. */
export const GENESIS_HASH = '0'.repeat(64);

/** JSON with object keys sorted at every level, so the same content always hashes the same. */
export function canonicalJson(value: unknown): string {
  if (value === null || typeof value !== 'object') return JSON.stringify(value) ?? 'null';
  if (Array.isArray(value)) return `[${value.map(canonicalJson).join(',')}]`;
  const entries = Object.entries(value as Record<string, unknown>)
    .filter(([, v]) => v !== undefined)
    .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
  return `{${entries.map(([k, v]) => `${JSON.stringify(k)}:${canonicalJson(v)}`).join(',')}}`;
}

/** sha256 over the event's content (everything but `hash`), which includes the previous event's hash. */
export function hashEvent(event: Omit<CaseEvent, 'hash'>): string {
  return createHash('sha256').update(canonicalJson(event)).digest('hex');
}

/** Seals an event: links it to the previous one and computes its hash. */
export function sealEvent(event: Omit<CaseEvent, 'hash' | 'prevHash'>, prevHash: string): CaseEvent {
  const linked = { ...event, prevHash };
  return { ...linked, hash: hashEvent(linked) };
}

export type ChainVerdict =
  | { ok: true; events: number }
  | {
      ok: false;
      seq: number;
      problem: 'edited' | 'broken_link' | 'missing_or_reordered' | 'tail_missing' | 'foreign_event' | 'foreign_scope' | 'rewritten';
    };

/**
 * Verifies a case's event chain against the head the case record keeps (last seq and hash):
 * an edited event fails its own hash, a deleted or reordered one breaks the seq run and the links,
 * and a deleted tail no longer ends at the recorded head.
 */
export function verifyChain(
  caseId: string,
  events: readonly CaseEvent[],
  head: { lastEventSeq: number; lastEventHash: string; townshipId?: string; countyId?: string },
): ChainVerdict {
  let prev = GENESIS_HASH;
  for (const [index, event] of events.entries()) {
    const expectedSeq = index + 1;
    if (event.caseId !== caseId) return { ok: false, seq: event.seq, problem: 'foreign_event' };
    if (event.seq !== expectedSeq) return { ok: false, seq: expectedSeq, problem: 'missing_or_reordered' };
    const { hash, ...content } = event;
    if (hashEvent(content) !== hash) return { ok: false, seq: event.seq, problem: 'edited' };
    if (event.prevHash !== prev) return { ok: false, seq: event.seq, problem: 'broken_link' };
    if (event.scope && head.townshipId !== undefined && (event.scope.townshipId !== head.townshipId || event.scope.countyId !== head.countyId)) {
      return { ok: false, seq: event.seq, problem: 'foreign_scope' };
    }
    prev = hash;
  }
  if (events.length !== head.lastEventSeq || prev !== head.lastEventHash) {
    return { ok: false, seq: events.length + 1, problem: 'tail_missing' };
  }
  return { ok: true, events: events.length };
}
