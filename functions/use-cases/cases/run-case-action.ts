import type { Principal } from '../../core/auth/principal.js';
import type { Case, CaseLimits } from '../../core/case/case.js';
import type { CaseEvent } from '../../core/case/case-event.js';
import { limitsOf } from '../../core/case/case-clock-view.js';
import type { CaseAction } from '../../core/case/case-actions.js';
import { chinaDate } from '../../core/case/dates.js';
import type { IntakeClock } from '../../core/case/intake-clock.js';
import type { IntakeItem } from '../../core/case/intake-item.js';
import type { CaseSideRecord } from '../../ports/case-store.js';
import type { IntakeDeps } from '../intake/intake-deps.js';
import { loadCaseForAction } from '../intake/load-case.js';

/** What a stage's step may use besides the case: lazily loaded item and clock, the time. */
export interface ActionContext {
  c: Case;
  principal: Principal;
  at: string;
  today: string;
  item: () => Promise<IntakeItem>;
  limits: () => Promise<CaseLimits>;
  clock: () => Promise<IntakeClock>;
}

export type StepResult = ({ after: Case; event: CaseEvent } | { after: Case; events: CaseEvent[] }) & {
  /** Records written in the same transaction (a sealed decision…). */
  side?: CaseSideRecord[];
};

/**
 * The one path of every case action: load the case the caller may read (404), at the version
 * they saw (409), pre-check the table's gate (403 / 422), run the stage's pure step (which goes
 * through transition(), the gate itself), and write the snapshot with its event in one
 * conditional transaction.
 */
export async function runCaseAction(
  deps: IntakeDeps,
  principal: Principal,
  caseId: string,
  version: number,
  action: CaseAction,
  step: (ctx: ActionContext) => StepResult | Promise<StepResult>,
): Promise<Case> {
  const c = await loadCaseForAction(deps.cases, principal, caseId, action, version);
  const at = deps.now().toISOString();
  let item: Promise<IntakeItem> | undefined;
  const loadItem = () => (item ??= deps.catalogue.itemForCase(c.itemCode, c.itemVersion, c.townshipId, c.variantAnswers));
  const result = await step({
    c,
    principal,
    at,
    today: chinaDate(at),
    item: loadItem,
    limits: async () => c.limits ?? limitsOf(await loadItem()),
    clock: () => deps.clock(),
  });
  await deps.cases.update(result.after, c.version, 'events' in result ? result.events : [result.event], result.side ?? []);
  return result.after;
}
