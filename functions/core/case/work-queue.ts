import type { Case } from './case.js';

/** The work queues after acceptance (back office, and the counter's results to hand out); each case waits in at most one. */
export const WORK_QUEUES = ['review', 'suspended', 'sign', 'forwarded', 'deliver', 'rectify'] as const;
export type WorkQueue = (typeof WORK_QUEUES)[number];

/** Whose queue: an office (review, suspended, forwarded) or a township's approvers (sign). */
export interface QueuePlace {
  queue: WorkQueue;
  ownerId: string;
  /** What the approver is asked for, in the sign queue. */
  awaiting?: 'decision' | 'extension';
}

/** Who works each queue, and which id of theirs owns it. */
export const QUEUE_OWNERS = {
  review: { role: 'reviewer', by: 'officeId' },
  suspended: { role: 'reviewer', by: 'officeId' },
  sign: { role: 'approver', by: 'townshipId' },
  forwarded: { role: 'county_officer', by: 'officeId' },
  deliver: { role: 'clerk', by: 'townshipId' },
  rectify: { role: 'reviewer', by: 'officeId' },
} as const satisfies Record<WorkQueue, { role: string; by: 'officeId' | 'townshipId' }>;

/**
 * The queue a case waits in now, derived from its state and what it waits for: a proposal or an
 * extension request waits for the township's approver; otherwise the handling office reviews it.
 */
export function workQueueOf(
  c: Pick<Case, 'state' | 'review' | 'extension' | 'townshipId' | 'handlingOfficeId' | 'decidingOfficeId' | 'ratings'>,
): QueuePlace | undefined {
  if (c.state === 'under_review' || c.state === 'suspended') {
    if (c.review?.proposal) return { queue: 'sign', ownerId: c.townshipId, awaiting: 'decision' };
    if (c.extension?.status === 'requested') return { queue: 'sign', ownerId: c.townshipId, awaiting: 'extension' };
    return { queue: c.state === 'suspended' ? 'suspended' : 'review', ownerId: c.handlingOfficeId };
  }
  if (c.state === 'forwarded') return { queue: 'forwarded', ownerId: c.decidingOfficeId };
  // 统一窗口出件: decided results wait at the township's counter to be handed out.
  if (c.state === 'decided') return { queue: 'deliver', ownerId: c.townshipId };
  const open = (c.ratings ?? []).find((r) => r.rectification && !r.rectification.reply && r.appeal?.status !== 'upheld');
  if (open) return { queue: 'rectify', ownerId: open.rectification!.officeId };
  return undefined;
}
