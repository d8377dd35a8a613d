import type { Principal } from '../../../core/auth/principal.js';
import { isForwardRoute } from '../../../core/case/case-access.js';
import { decideStep, checkDecisionInput, type DecisionInput } from '../../../core/case/decision-steps.js';
import { NotFoundError } from '../../../core/errors.js';
import { decisionApplicant } from '../../../core/seal/decision-applicant.js';
import { newVerifyCode } from '../../../core/seal/decision-document.js';
import type { IntakeDeps } from '../../intake/intake-deps.js';
import { sealDecision } from '../../seal/seal-decision.js';
import { runCaseAction } from '../run-case-action.js';

/**
 * The decision (决定): the township's approver signs under the one seal (an item decided in the
 * township, on a reviewer's proposal — never their own), or the county department decides a
 * forwarded item under its own seal. The signed record is written in the case's transaction.
 */
export async function decideCase(deps: IntakeDeps, principal: Principal, caseId: string, version: number, input: DecisionInput) {
  return runCaseAction(deps, principal, caseId, version, isForwardedFor(principal) ? 'decide_forwarded' : 'decide', async (ctx) => {
    const { c, at, limits, clock } = ctx;
    checkDecisionInput(input);
    const forwarded = isForwardRoute(c);
    const township = await deps.catalogue.township(c.townshipId);
    if (!township) throw new NotFoundError(`township ${c.townshipId}`);
    const department = forwarded ? await deps.catalogue.office(c.decidingOfficeId) : undefined;
    if (forwarded && !department) throw new NotFoundError(`office ${c.decidingOfficeId}`);
    const year = Number(ctx.today.slice(0, 4));
    const serial = await deps.cases.nextSerial(`${c.townshipId}#${forwarded ? 'forwarded-decision' : 'decision'}`, year);
    const issuer = department
      ? { kind: 'county_department' as const, id: department.id, name: department.name }
      : { kind: 'township' as const, id: township.id, name: township.name };
    const documentNumber = `${township.code}-${forwarded ? 'ZB' : 'JD'}-${year}-${String(serial).padStart(6, '0')}`;
    const verifyCode = newVerifyCode(deps.randomBytes);
    const itemName = c.itemName ?? (await ctx.item()).name;
    const { record } = await sealDecision(
      deps.seal,
      {
        caseId: c.caseId,
        countyId: c.countyId,
        townshipId: c.townshipId,
        draft: {
          documentNumber,
          verifyCode,
          caseNumber: c.caseNumber,
          issuer,
          township: { id: township.id, name: township.name },
          item: { code: c.itemCode, version: c.itemVersion, name: itemName },
          outcome: input.outcome,
          grounds: input.reasons,
          legalBasis: input.legalBasis,
          ...(input.remedies ? { remedies: input.remedies } : {}),
          applicant: decisionApplicant(c.applicant),
          decidedOn: ctx.today,
          decidedAt: at,
          approver: { name: principal.name },
        },
      },
      new Date(at),
    );
    const step = decideStep(
      c,
      forwarded ? 'decide_forwarded' : 'decide',
      input,
      { documentNumber, verifyCode, issuer: { kind: issuer.kind, id: issuer.id } },
      await limits(),
      (await clock()).calendar,
      principal,
      at,
    );
    return { ...step, side: [{ kind: 'decision' as const, record }] };
  });
}

/** County department officers decide forwarded cases; everyone else decides the township's. */
const isForwardedFor = (p: Principal) => p.role === 'county_officer';
