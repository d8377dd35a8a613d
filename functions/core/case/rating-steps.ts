import { ValidationError } from '../errors.js';
import { POOR_GRADES, type Case, type CaseRating, type RatingGrade } from './case.js';
import { ratingChannelOf, type Acting } from './case-access.js';
import { transition } from './transition.js';

/** Local rules set the rectification deadline (5 working days in some cities, 15 in others). */
export const DEFAULT_RECTIFICATION_DAYS = 5;

const person = (actor: Acting) => ({ userId: actor.userId, name: actor.name });

export interface RatingInput {
  grade: RatingGrade;
  comment?: string;
}

/**
 * 好差评: one rating per case and channel, never edited. A poor one (不满意 / 非常不满意) opens a
 * rectification task for the office responsible, due `rectificationDueOn`.
 */
export function rateStep(c: Case, input: RatingInput, ratingId: string, rectificationDueOn: string, actor: Acting, at: string) {
  const poor = POOR_GRADES.includes(input.grade);
  const rating: CaseRating = {
    ratingId,
    channel: ratingChannelOf(actor),
    grade: input.grade,
    ...(input.comment ? { comment: input.comment } : {}),
    at,
    by: person(actor),
    ...(poor ? { rectification: { officeId: c.handlingOfficeId, dueOn: rectificationDueOn } } : {}),
  };
  return transition(c, 'rate', actor, at, {
    patch: { ratings: [...(c.ratings ?? []), rating] },
    details: { data: { grade: input.grade, channel: rating.channel, poor, ...(poor ? { rectificationDueOn } : {}) } },
  });
}

const openRectification = (c: Case) => (c.ratings ?? []).findIndex((r) => r.rectification && !r.rectification.reply && r.appeal?.status !== 'upheld');

/** The office answers a poor rating: what it did, and whether it contacted the applicant (the applicant sees it). */
export function replyRectificationStep(c: Case, input: { text: string; contactedApplicant: boolean }, actor: Acting, at: string) {
  const index = openRectification(c);
  const ratings = [...(c.ratings ?? [])];
  const r = ratings[index]!;
  ratings[index] = { ...r, rectification: { ...r.rectification!, reply: { ...input, at, by: person(actor) } } };
  return transition(c, 'reply_rectification', actor, at, {
    patch: { ratings },
    details: { reason: input.text, data: { ratingId: r.ratingId, late: at.slice(0, 10) > r.rectification!.dueOn } },
  });
}

/** The office appeals a mistaken or abusive poor rating; the county decides. */
export function appealRatingStep(c: Case, reason: string, actor: Acting, at: string) {
  const ratings = [...(c.ratings ?? [])];
  const index = ratings.findIndex((r) => POOR_GRADES.includes(r.grade) && !r.appeal);
  const r = ratings[index]!;
  ratings[index] = { ...r, appeal: { reason, at, by: person(actor), status: 'pending' } };
  return transition(c, 'appeal_rating', actor, at, { patch: { ratings }, details: { reason, data: { ratingId: r.ratingId } } });
}

/** The county supervisor decides the appeal: upheld (the rating no longer counts as poor, still on record) or rejected. */
export function decideAppealStep(c: Case, input: { upheld: boolean; decision: string }, actor: Acting, at: string) {
  if (!input.decision.trim()) throw new ValidationError([{ path: 'decision', message: 'field.required' }]);
  const ratings = [...(c.ratings ?? [])];
  const index = ratings.findIndex((r) => r.appeal?.status === 'pending');
  const r = ratings[index]!;
  ratings[index] = {
    ...r,
    appeal: { ...r.appeal!, status: input.upheld ? 'upheld' : 'rejected', decidedBy: person(actor), decidedAt: at, decision: input.decision },
  };
  return transition(c, 'decide_appeal', actor, at, {
    patch: { ratings },
    details: { reason: input.decision, data: { ratingId: r.ratingId, upheld: input.upheld } },
  });
}
