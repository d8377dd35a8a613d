import type { QueueEntry } from '../../../api/counter.js';

/** What the queue warns about on one case. */
export type DeadlineFlag =
  /** Online/proxy application not pre-reviewed within its limit. */
  | 'preReviewOverdue'
  /** The 5-working-day correction limit ends today or on the next working day. */
  | 'answerDueSoon'
  /** The limit has passed: the law counts the application as accepted on receipt. */
  | 'answerOverdue';

/**
 * The flags of a queue entry on `today`. `nextWorkingDay` is the working day after today (from
 * the official calendar), so a Friday's case due on Monday is "due soon" too.
 */
export function deadlineFlags(entry: Pick<QueueEntry, 'state' | 'answerDueOn' | 'preReviewDueOn'>, today: string, nextWorkingDay?: string): DeadlineFlag[] {
  // While the applicant corrects, the counter's limits do not run.
  if (entry.state !== 'submitted') return [];
  const flags: DeadlineFlag[] = [];
  if (entry.preReviewDueOn && today > entry.preReviewDueOn) flags.push('preReviewOverdue');
  if (today > entry.answerDueOn) flags.push('answerOverdue');
  else if (entry.answerDueOn <= (nextWorkingDay ?? today)) flags.push('answerDueSoon');
  return flags;
}

/**
 * Queue order: cases waiting for the counter first, by the deadline that bites first
 * (pre-review, then the correction limit), oldest receipt breaking ties; then cases waiting
 * for the applicant, oldest first.
 */
export function byDeadline(a: QueueEntry, b: QueueEntry): number {
  const rank = (e: QueueEntry) => (e.state === 'submitted' ? 0 : 1);
  if (rank(a) !== rank(b)) return rank(a) - rank(b);
  if (rank(a) === 0) {
    const first = (e: QueueEntry) => [e.preReviewDueOn, e.answerDueOn].filter(Boolean).sort()[0] ?? e.answerDueOn;
    const byFirst = first(a).localeCompare(first(b));
    if (byFirst !== 0) return byFirst;
    const byAnswer = a.answerDueOn.localeCompare(b.answerDueOn);
    if (byAnswer !== 0) return byAnswer;
  }
  return a.receivedAt.localeCompare(b.receivedAt);
}
