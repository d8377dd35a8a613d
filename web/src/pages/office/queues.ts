import type { WorkQueue } from '../../api/office.js';
import type { Role } from '../../api/types.js';
import type { MessageKey } from '../../i18n/messages/index.js';

/** One work queue as the workspace shows it. */
export interface QueueView {
  queue: WorkQueue;
  title: MessageKey;
  empty: MessageKey;
}

const VIEW: Record<WorkQueue, QueueView> = {
  review: { queue: 'review', title: 'office.review.title', empty: 'office.review.empty' },
  suspended: { queue: 'suspended', title: 'office.suspended.title', empty: 'office.suspended.empty' },
  sign: { queue: 'sign', title: 'office.sign.title', empty: 'office.sign.empty' },
  forwarded: { queue: 'forwarded', title: 'office.forwarded.title', empty: 'office.forwarded.empty' },
};

/** Each back-office role's queues: reviewers review, approvers sign under the one seal, county officers work forwarded cases. */
export function queuesOf(role: Role | undefined): QueueView[] {
  if (role === 'approver') return [VIEW.sign];
  if (role === 'county_officer') return [VIEW.forwarded];
  return [VIEW.review, VIEW.suspended];
}
