import { canAct, type QueryCodeHolder } from '../../core/case/case-access.js';
import type { Case } from '../../core/case/case.js';
import type { CaseEvent } from '../../core/case/case-event.js';
import { progressView } from './case-views.js';
import type { IntakeDeps } from './intake-deps.js';
import { itemNameOf } from './item-names.js';

type Names = { 'zh-CN': string; en: string };

/** Whether the case has a decision that still stands (not set aside). */
export const hasDecisionInForce = (c: Pick<Case, 'decision'>): c is Pick<Case, 'decision'> & { decision: NonNullable<Case['decision']> } =>
  Boolean(c.decision) && !c.decision?.revoked;

/** The name of the seal a decision was made under: the one the case keeps, else the catalogue's (cases stored before names were kept). */
async function issuerNameOf(deps: Pick<IntakeDeps, 'catalogue'>, c: Case, issuer: NonNullable<Case['decision']>['issuer']): Promise<Names | undefined> {
  if (issuer.kind === 'township') {
    return (issuer.id === c.townshipId ? c.townshipName : undefined) ?? (await deps.catalogue.township(issuer.id).catch(() => undefined))?.name;
  }
  return (issuer.id === c.decidingOfficeId ? c.decidingOfficeName : undefined) ?? (await deps.catalogue.office(issuer.id).catch(() => undefined))?.name;
}

/**
 * What the holder of the query code sees on the lookup page: the progress, and once there is a
 * decision in force, what it says, whether the result is out, and whether downloading it now
 * delivers it — the table's answer for this holder, so the page never compares states itself.
 */
export async function lookupView(deps: Pick<IntakeDeps, 'catalogue'>, c: Case, events: CaseEvent[], holder: QueryCodeHolder) {
  const [itemName, issuer] = await Promise.all([
    itemNameOf(deps, c),
    hasDecisionInForce(c) ? issuerNameOf(deps, c, c.decision.issuer) : Promise.resolve(undefined),
  ]);
  const progress = progressView(c, events, itemName);
  if (!hasDecisionInForce(c)) return progress;
  const d = c.decision;
  return {
    ...progress,
    decision: {
      outcome: d.outcome,
      documentNumber: d.documentNumber,
      decidedOn: d.decidedOn,
      ...(issuer ? { issuer } : {}),
      verifyCode: d.verifyCode,
      receiveNow: canAct(holder, c, 'deliver_electronically').ok,
      ...(c.delivery ? { delivery: { method: c.delivery.method, on: c.delivery.on } } : {}),
    },
  };
}
