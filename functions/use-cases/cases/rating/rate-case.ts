import type { Principal } from '../../../core/auth/principal.js';
import { DEFAULT_RECTIFICATION_DAYS, rateStep, type RatingInput } from '../../../core/case/rating-steps.js';
import type { IntakeDeps } from '../../intake/intake-deps.js';
import { runCaseAction } from '../run-case-action.js';

/** 好差评: the applicant rates the service once per channel; a poor grade opens a rectification task. */
export async function rateCase(deps: IntakeDeps, principal: Principal, caseId: string, version: number, input: RatingInput) {
  return runCaseAction(deps, principal, caseId, version, 'rate', async ({ c, at, today, clock }) => {
    const county = await deps.catalogue.county(c.countyId);
    const days = county?.rectificationReplyDays ?? DEFAULT_RECTIFICATION_DAYS;
    const dueOn = (await clock()).addWorkingDays(today, days).date;
    return rateStep(c, input, deps.newId(), dueOn, principal, at);
  });
}
