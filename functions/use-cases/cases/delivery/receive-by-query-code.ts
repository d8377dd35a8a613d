import { canAct, queryCodeHolderOf } from '../../../core/case/case-access.js';
import type { Case } from '../../../core/case/case.js';
import type { CaseEvent } from '../../../core/case/case-event.js';
import { normaliseQueryCode } from '../../../core/case/case-identifiers.js';
import { deliverSteps } from '../../../core/case/delivery-steps.js';
import { ConflictError, NotFoundError } from '../../../core/errors.js';
import { decisionStatus, parseDecisionDocument } from '../../../core/seal/decision-record.js';
import type { IntakeDeps } from '../../intake/intake-deps.js';
import { hasDecisionInForce, lookupView } from '../../intake/lookup-view.js';
import type { CaseDecision } from '../../seal/get-case-decision.js';
import type { SealDeps } from '../../seal/verify-decision.js';

/** Reads of the case again when another change came first (a twin of this download, a step by staff) before giving up. */
const WRITE_TRIES = 3;

const noDecision = (caseId: string) => new ConflictError(`case ${caseId} has no decision in force`, 'NO_DECISION_TO_RECEIVE');

/**
 * The applicant proven by the query code and the phone's last 4 digits (no account) receives the
 * signed decision from the lookup page. While the case is `decided`, this download is the
 * electronic delivery, recorded through the table as the resident's download is (the case
 * completes in the same write); later downloads record nothing new and still answer. A retry or a
 * twin never records twice: the write is conditional on the version read, and a lost write reads
 * the case again and decides again. Only a decision whose signature holds is delivered.
 */
export async function receiveByQueryCode(
  deps: Pick<IntakeDeps, 'cases' | 'catalogue' | 'now'> & SealDeps,
  proof: { queryCode: string; phoneLast4: string },
): Promise<CaseDecision & { recorded: boolean; progress: Awaited<ReturnType<typeof lookupView>> }> {
  let found: { case: Case; events: CaseEvent[] } | undefined = await deps.cases.findByQueryCodeWithEvents(normaliseQueryCode(proof.queryCode));
  const holder = found && queryCodeHolderOf(found.case, proof);
  if (!found || !holder) throw new NotFoundError('no case for this code and phone');
  const caseId = found.case.caseId;
  if (!hasDecisionInForce(found.case)) throw noDecision(caseId);
  const record = await deps.decisions.get(found.case.decision.verifyCode);
  if (!record || record.caseId !== caseId) throw noDecision(caseId);
  const status = await decisionStatus(record, (keyId, bytes, signature) => deps.seal.verify(keyId, bytes, signature));

  let recorded = false;
  for (let tries = 1; status === 'authentic' && hasDecisionInForce(found.case) && canAct(holder, found.case, 'deliver_electronically').ok; tries++) {
    const before: Case = found.case;
    // transition() inside is the gate: the table's row for the holder, on this case, from `decided`.
    const { after, events } = deliverSteps(before, { method: 'electronic' }, holder, deps.now().toISOString());
    try {
      await deps.cases.update(after, before.version, events);
      found = { case: after, events: [...found.events, ...events] };
      recorded = true;
      break;
    } catch (error) {
      if (!(error instanceof ConflictError && error.code === 'VERSION_CONFLICT') || tries >= WRITE_TRIES) throw error;
      found = await deps.cases.getWithEvents(caseId);
      if (!found) throw new NotFoundError(`case ${caseId}`);
    }
  }
  return {
    record,
    document: parseDecisionDocument(record.document),
    status,
    recorded,
    progress: await lookupView(deps, found.case, found.events, holder),
  };
}
