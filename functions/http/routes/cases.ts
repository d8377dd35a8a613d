import { rolesFor } from '../../core/auth/policy.js';
import { createRoute, OpenAPIHono, z } from '@hono/zod-openapi';
import { qrCodeSvg } from '../qr-svg.js';
import { ValidationError } from '../../core/errors.js';
import { CASE_STATES } from '../../core/case/case-states.js';
import { acceptCase } from '../../use-cases/cases/intake/accept-case.js';
import { notAcceptCase } from '../../use-cases/cases/intake/not-accept-case.js';
import { recordOriginal } from '../../use-cases/cases/intake/record-original.js';
import { requireCorrection } from '../../use-cases/cases/intake/require-correction.js';
import { resubmitApplication } from '../../use-cases/cases/intake/resubmit-application.js';
import { withdrawCase } from '../../use-cases/cases/intake/withdraw-case.js';
import { getNotice, NOTICE_KINDS } from '../../use-cases/intake/get-notice.js';
import type { IntakeDeps } from '../../use-cases/intake/intake-deps.js';
import { getCase, listCases, lookupProgress, verifyCaseChain } from '../../use-cases/intake/read-cases.js';
import { submitApplication } from '../../use-cases/intake/submit-application.js';
import type { AppEnv } from '../app-env.js';
import { principalOf } from '../auth/middleware.js';
import { errorResponses } from '../error-body.js';
import { registerMessages } from '../i18n/translate.js';
import { intakeMessages } from '../i18n/messages/intake.js';
import { backOfficeMessages } from '../i18n/messages/back-office.js';
import {
  AcceptSchema,
  CorrectionSchema,
  LookupQuerySchema,
  NotAcceptSchema,
  OriginalSchema,
  ResubmitSchema,
  SubmitSchema,
  WithdrawSchema,
} from '../schemas/case-schemas.js';
import { AuditVerdictSchema, CaseListSchema, CaseResultSchema, CaseViewSchema, ProgressSchema } from '../schemas/case-view-schemas.js';
import { NoticeSchema } from '../schemas/notice-schemas.js';
import { validationHook } from '../validation-hook.js';
import type { Principal } from '../../core/auth/principal.js';
import {
  AppealDecisionSchema,
  DecisionSchema,
  DeliverSchema,
  RatingSchema,
  RectificationReplySchema,
  ExtensionRequestSchema,
  ForwardSchema,
  InfoRequestSchema,
  OpinionSchema,
  ProposalSchema,
  ReasonSchema,
  ResumeSchema,
  SuspendSchema,
  VersionOnlySchema,
} from '../schemas/back-office-schemas.js';
import { approveExtension } from '../../use-cases/cases/clock/approve-extension.js';
import { refuseExtension } from '../../use-cases/cases/clock/refuse-extension.js';
import { requestExtension } from '../../use-cases/cases/clock/request-extension.js';
import { resumeCase } from '../../use-cases/cases/clock/resume-case.js';
import { suspendCase } from '../../use-cases/cases/clock/suspend-case.js';
import { terminateCase } from '../../use-cases/cases/decision/terminate-case.js';
import { decideCase } from '../../use-cases/cases/decision/decide-case.js';
import { revokeDecision } from '../../use-cases/cases/decision/revoke-decision.js';
import { deliverCase, receiveElectronically } from '../../use-cases/cases/delivery/deliver-case.js';
import { rateCase } from '../../use-cases/cases/rating/rate-case.js';
import { appealRating, decideAppeal, replyRectification } from '../../use-cases/cases/rating/rectification.js';
import { forwardCase } from '../../use-cases/cases/review/forward-case.js';
import { proposeDecision } from '../../use-cases/cases/review/propose-decision.js';
import { recordOpinion } from '../../use-cases/cases/review/record-opinion.js';
import { rejectProposal } from '../../use-cases/cases/review/reject-proposal.js';
import { requestInfo } from '../../use-cases/cases/review/request-info.js';
import { returnToCounter } from '../../use-cases/cases/review/return-to-counter.js';
import { returnToTownship } from '../../use-cases/cases/review/return-to-township.js';
import { takeCase } from '../../use-cases/cases/review/take-case.js';
import { withdrawProposal } from '../../use-cases/cases/review/withdraw-proposal.js';

registerMessages(intakeMessages);
registerMessages(backOfficeMessages);

const json = <S extends z.ZodTypeAny>(schema: S, description: string) => ({ description, content: { 'application/json': { schema } } });
const body = <S extends z.ZodTypeAny>(schema: S) => ({ body: { required: true, content: { 'application/json': { schema } } } });
const IdParam = z.object({ caseId: z.string().min(1).max(64) });
const IdempotencyHeader = z.object({
  'idempotency-key': z.string().optional().openapi({ description: 'Makes the write safe to retry (kept 24 h or more)' }),
});
const writeErrors = {
  400: errorResponses[400],
  401: errorResponses[401],
  403: errorResponses[403],
  404: errorResponses[404],
  409: errorResponses[409],
  422: errorResponses[422],
};

const submitRoute = createRoute({
  method: 'post',
  operationId: 'submitApplication',
  path: '/cases',
  tags: ['cases'],
  summary: 'Submit an application (online, village proxy, or counter walk-in; counter may accept at once)',
  security: [{ bearer: [] }],
  request: {
    // Required, but checked in the handler so the 400 names the header the way clients write it.
    headers: z.object({ 'idempotency-key': z.string().optional().openapi({ description: 'Required: a retried submission creates one case' }) }),
    ...body(SubmitSchema),
  },
  responses: { 201: json(CaseResultSchema, 'The new case'), ...writeErrors },
});

const listRoute = createRoute({
  method: 'get',
  operationId: 'listCases',
  path: '/cases',
  tags: ['cases'],
  summary: "A township's queue for staff; one's own cases for residents and proxies (personal data masked)",
  security: [{ bearer: [] }],
  request: {
    query: z.object({
      state: z.string().optional().openapi({ description: 'Comma-separated states' }),
      limit: z.coerce.number().int().min(1).max(200).optional(),
    }),
  },
  responses: {
    200: json(CaseListSchema, 'Cases, newest first (personal data masked)'),
    400: errorResponses[400],
    401: errorResponses[401],
    403: errorResponses[403],
  },
});

const getRoute = createRoute({
  method: 'get',
  operationId: 'getCase',
  path: '/cases/{caseId}',
  tags: ['cases'],
  summary: 'One case with its history',
  security: [{ bearer: [] }],
  request: { params: IdParam },
  responses: {
    200: json(CaseViewSchema, 'The case, its history, what the caller may do now, and its clock'),
    401: errorResponses[401],
    404: errorResponses[404],
  },
});

const lookupRoute = createRoute({
  method: 'get',
  operationId: 'lookupProgress',
  security: [],
  path: '/cases/lookup',
  tags: ['cases'],
  summary: 'Progress by query code and the last 4 digits of the applicant phone (no login)',
  request: { query: LookupQuerySchema },
  responses: { 200: json(ProgressSchema, 'Progress: state, due dates and public steps'), 400: errorResponses[400], 404: errorResponses[404] },
});

const auditRoute = createRoute({
  method: 'get',
  operationId: 'verifyCaseAudit',
  path: '/cases/{caseId}/audit',
  tags: ['cases'],
  summary: "Verify the case's hash-chained audit trail",
  security: [{ bearer: [] }],
  request: { params: IdParam },
  responses: {
    200: json(AuditVerdictSchema, 'Whether the chain holds, or the first step where it breaks'),
    401: errorResponses[401],
    403: errorResponses[403],
    404: errorResponses[404],
  },
});

const noticeRoute = createRoute({
  method: 'get',
  operationId: 'getNotice',
  path: '/cases/{caseId}/notices/{kind}',
  tags: ['cases'],
  summary: 'Content of a written notice, with the query code as a QR code (SVG)',
  security: [{ bearer: [] }],
  request: { params: IdParam.extend({ kind: z.enum(NOTICE_KINDS) }) },
  responses: {
    200: json(NoticeSchema, 'The notice as issued, with the tracking URL and its QR code'),
    401: errorResponses[401],
    404: errorResponses[404],
    422: errorResponses[422],
  },
});

/** `decide-forwarded` → `decideForwardedCase`: every row of a route table gets a stable operationId. */
const operationIdOf = (path: string) => `${path.replace(/-([a-z])/g, (_, letter: string) => letter.toUpperCase())}Case`;

/** A step on a case: POST /cases/{caseId}/{path}, bearer token, the case after the step, every refusal documented. */
const action = <S extends z.ZodTypeAny>(path: string, summary: string, schema: S, operationId = operationIdOf(path)) =>
  createRoute({
    method: 'post',
    operationId,
    path: `/cases/{caseId}/${path}`,
    tags: ['cases'],
    summary,
    security: [{ bearer: [] }],
    request: { params: IdParam, headers: IdempotencyHeader, ...body(schema) },
    responses: { 200: json(CaseResultSchema, 'The case after the step'), ...writeErrors },
  });

/** The back office's actions: one route each, path = action name in kebab case. */
const backOfficeRoutes = [
  {
    path: 'take',
    summary: 'Take the case for review (reviewer of the handling office)',
    schema: VersionOnlySchema,
    run: (d: IntakeDeps, p: Principal, id: string, i: any) => takeCase(d, p, id, i.version),
  },
  {
    path: 'opinion',
    summary: 'Record the review opinion (审查意见)',
    schema: OpinionSchema,
    run: (d: IntakeDeps, p: Principal, id: string, i: any) => recordOpinion(d, p, id, i.version, i.opinion),
  },
  {
    path: 'request-info',
    summary: 'Ask the applicant for additional information (documented, public)',
    schema: InfoRequestSchema,
    run: (d: IntakeDeps, p: Principal, id: string, i: any) => requestInfo(d, p, id, i.version, i.text),
  },
  {
    path: 'propose',
    summary: 'Propose grant or refusal for the approver to sign',
    schema: ProposalSchema,
    run: (d: IntakeDeps, p: Principal, id: string, i: any) =>
      proposeDecision(d, p, id, i.version, { outcome: i.outcome, reasons: i.reasons, legalBasis: i.legalBasis }),
  },
  {
    path: 'withdraw-proposal',
    summary: 'Take a proposal back to revise it',
    schema: ReasonSchema,
    run: (d: IntakeDeps, p: Principal, id: string, i: any) => withdrawProposal(d, p, id, i.version, i.reason),
  },
  {
    path: 'reject-proposal',
    summary: 'Approver: send the proposal back unsigned',
    schema: ReasonSchema,
    run: (d: IntakeDeps, p: Principal, id: string, i: any) => rejectProposal(d, p, id, i.version, i.reason),
  },
  {
    path: 'return-to-counter',
    summary: 'Send the case back to the counter (acceptance undone, on the record)',
    schema: ReasonSchema,
    run: (d: IntakeDeps, p: Principal, id: string, i: any) => returnToCounter(d, p, id, i.version, i.reason),
  },
  {
    path: 'forward',
    summary: '审核转报: forward a reviewed case to the county department',
    schema: ForwardSchema,
    run: (d: IntakeDeps, p: Principal, id: string, i: any) => forwardCase(d, p, id, i.version, i.note),
  },
  {
    path: 'return-to-township',
    summary: 'County department: send a forwarded case back to the township',
    schema: ReasonSchema,
    run: (d: IntakeDeps, p: Principal, id: string, i: any) => returnToTownship(d, p, id, i.version, i.reason),
  },
  {
    path: 'suspend',
    summary: 'Suspend the clock for a special procedure (§45)',
    schema: SuspendSchema,
    run: (d: IntakeDeps, p: Principal, id: string, i: any) =>
      suspendCase(d, p, id, i.version, { procedure: i.procedure, reason: i.reason, start: i.start, expectedEnd: i.expectedEnd }),
  },
  {
    path: 'resume',
    summary: 'End the suspension; paused days are start..lastPausedDay inclusive',
    schema: ResumeSchema,
    run: (d: IntakeDeps, p: Principal, id: string, i: any) => resumeCase(d, p, id, i.version, i.lastPausedDay),
  },
  {
    path: 'request-extension',
    summary: 'Ask for the one extension (§42)',
    schema: ExtensionRequestSchema,
    run: (d: IntakeDeps, p: Principal, id: string, i: any) => requestExtension(d, p, id, i.version, { workingDays: i.workingDays, reason: i.reason }),
  },
  {
    path: 'approve-extension',
    summary: 'Approver: sign the extension off',
    schema: VersionOnlySchema,
    run: (d: IntakeDeps, p: Principal, id: string, i: any) => approveExtension(d, p, id, i.version),
  },
  {
    path: 'refuse-extension',
    summary: 'Approver: refuse the extension',
    schema: ReasonSchema,
    run: (d: IntakeDeps, p: Principal, id: string, i: any) => refuseExtension(d, p, id, i.version, i.reason),
  },
  {
    path: 'decide',
    summary: "Decide under the township's one seal (approver; on a proposal by someone else)",
    schema: DecisionSchema,
    run: (d: IntakeDeps, p: Principal, id: string, i: any) =>
      decideCase(d, p, id, i.version, { outcome: i.outcome, reasons: i.reasons, legalBasis: i.legalBasis, remedies: i.remedies }),
  },
  {
    path: 'decide-forwarded',
    summary: 'County department: decide a forwarded case under its own seal',
    schema: DecisionSchema,
    run: (d: IntakeDeps, p: Principal, id: string, i: any) =>
      decideCase(d, p, id, i.version, { outcome: i.outcome, reasons: i.reasons, legalBasis: i.legalBasis, remedies: i.remedies }),
  },
  {
    path: 'revoke-decision',
    summary: 'Record that a decision was set aside (verification then says revoked)',
    schema: ReasonSchema,
    run: (d: IntakeDeps, p: Principal, id: string, i: any) => revokeDecision(d, p, id, i.version, i.reason),
  },
  {
    path: 'deliver',
    summary: 'Hand the result over at the window or record the post (送达); the case completes',
    schema: DeliverSchema,
    run: (d: IntakeDeps, p: Principal, id: string, i: any) =>
      deliverCase(
        d,
        p,
        id,
        i.version,
        i.method === 'window'
          ? { method: 'window', recipient: i.recipient, ...(i.on ? { on: i.on } : {}) }
          : { method: 'post', carrier: i.carrier, trackingNumber: i.trackingNumber, ...(i.on ? { on: i.on } : {}) },
      ),
  },
  {
    path: 'receive-electronically',
    summary: 'The applicant receives the signed decision electronically; the case completes',
    schema: VersionOnlySchema,
    run: (d: IntakeDeps, p: Principal, id: string, i: any) => receiveElectronically(d, p, id, i.version),
  },
  {
    path: 'rate',
    summary: '好差评: rate the service once per channel (online, or at the counter)',
    schema: RatingSchema,
    run: (d: IntakeDeps, p: Principal, id: string, i: any) => rateCase(d, p, id, i.version, { grade: i.grade, ...(i.comment ? { comment: i.comment } : {}) }),
  },
  {
    path: 'reply-rectification',
    summary: 'The office answers a poor rating (整改)',
    schema: RectificationReplySchema,
    run: (d: IntakeDeps, p: Principal, id: string, i: any) =>
      replyRectification(d, p, id, i.version, { text: i.text, contactedApplicant: i.contactedApplicant }),
  },
  {
    path: 'appeal-rating',
    summary: 'The office appeals a mistaken or abusive rating',
    schema: ReasonSchema,
    run: (d: IntakeDeps, p: Principal, id: string, i: any) => appealRating(d, p, id, i.version, i.reason),
  },
  {
    path: 'decide-appeal',
    summary: 'County supervisor: decide an appeal against a rating',
    schema: AppealDecisionSchema,
    run: (d: IntakeDeps, p: Principal, id: string, i: any) => decideAppeal(d, p, id, i.version, { upheld: i.upheld, decision: i.decision }),
  },
  {
    path: 'terminate',
    summary: '终止: end the procedure without a decision (approver)',
    schema: ReasonSchema,
    run: (d: IntakeDeps, p: Principal, id: string, i: any) => terminateCase(d, p, id, i.version, i.reason),
  },
] as const;

const acceptRoute = action('accept', 'Accept (受理): the clock starts', AcceptSchema);
const correctionRoute = action('correction', 'One-time correction notice (一次性告知)', CorrectionSchema, 'requireCorrection');
const resubmitRoute = action('resubmit', 'Answer the correction notice', ResubmitSchema, 'resubmitApplication');
const notAcceptRoute = action('not-accept', 'Not accepted (不予受理), with reasons, basis and remedies', NotAcceptSchema);
const withdrawRoute = action('withdraw', 'Withdraw (撤回) before a decision', WithdrawSchema);
const originalRoute = action('originals', 'Record a paper original checked at the counter', OriginalSchema, 'recordOriginal');

export function caseRoutes(deps: IntakeDeps) {
  const app = new OpenAPIHono<AppEnv>({ defaultHook: validationHook });

  app.openapi(submitRoute, async (c) => {
    const principal = principalOf(c.get('principal'), rolesFor('submit_application'));
    if (!c.req.header('idempotency-key')) {
      throw new ValidationError([{ path: 'header.Idempotency-Key', message: 'idempotency.key.required' }]);
    }
    const created = await submitApplication(deps, principal, { ...c.req.valid('json'), lang: c.get('lang') });
    c.get('logger').info('case submitted', { caseId: created.caseId, caseNumber: created.caseNumber, channel: created.channel });
    return c.json({ case: created }, 201);
  });

  app.openapi(lookupRoute, async (c) => {
    const { code, phoneLast4 } = c.req.valid('query');
    const onMatch = c.get('attemptNotAGuess');
    return c.json(await lookupProgress(deps, code, phoneLast4, onMatch ? { onMatch } : {}), 200);
  });

  app.openapi(listRoute, async (c) => {
    const principal = principalOf(c.get('principal'));
    const { state, limit } = c.req.valid('query');
    const states = state
      ?.split(',')
      .map((s) => s.trim())
      .filter(Boolean);
    const unknown = states?.filter((s) => !(CASE_STATES as readonly string[]).includes(s)) ?? [];
    if (unknown.length > 0) throw new ValidationError([{ path: 'query.state', message: 'intake.state.unknown', params: { state: unknown.join(', ') } }]);
    const items = await listCases(deps, principal, { ...(states ? { states: states as never } : {}), ...(limit ? { limit } : {}) });
    return c.json({ items }, 200);
  });

  app.openapi(getRoute, async (c) => c.json(await getCase(deps, principalOf(c.get('principal')), c.req.valid('param').caseId), 200));

  app.openapi(auditRoute, async (c) => c.json(await verifyCaseChain(deps, principalOf(c.get('principal')), c.req.valid('param').caseId), 200));

  app.openapi(noticeRoute, async (c) => {
    const { caseId, kind } = c.req.valid('param');
    const notice = await getNotice(deps, principalOf(c.get('principal')), caseId, kind);
    const trackUrl = `${new URL(c.req.url).origin}/track?code=${notice.queryCode}`;
    const qrSvg = await qrCodeSvg(trackUrl);
    return c.json({ ...notice, trackUrl, qrSvg }, 200);
  });

  const step =
    <T>(run: (principal: ReturnType<typeof principalOf>, caseId: string, input: T) => Promise<unknown>) =>
    async (c: any) => {
      const principal = principalOf(c.get('principal'));
      const after = await run(principal, c.req.valid('param').caseId, c.req.valid('json'));
      return c.json({ case: after }, 200);
    };
  app.openapi(
    acceptRoute,
    step((p, id, input: z.infer<typeof AcceptSchema>) => acceptCase(deps, p, id, input.version, input)),
  );
  app.openapi(
    correctionRoute,
    step((p, id, input: z.infer<typeof CorrectionSchema>) => requireCorrection(deps, p, id, input.version, input.items)),
  );
  app.openapi(
    resubmitRoute,
    step((p, id, input: z.infer<typeof ResubmitSchema>) => resubmitApplication(deps, p, id, input.version, input)),
  );
  app.openapi(
    notAcceptRoute,
    step((p, id, input: z.infer<typeof NotAcceptSchema>) => notAcceptCase(deps, p, id, input.version, input)),
  );
  app.openapi(
    withdrawRoute,
    step((p, id, input: z.infer<typeof WithdrawSchema>) => withdrawCase(deps, p, id, input.version, input.reason)),
  );
  app.openapi(
    originalRoute,
    step((p, id, input: z.infer<typeof OriginalSchema>) => recordOriginal(deps, p, id, input.version, input.materialId)),
  );
  for (const r of backOfficeRoutes) {
    app.openapi(
      action(r.path, r.summary, r.schema),
      step((p, id, input) => r.run(deps, p, id, input)),
    );
  }

  return app;
}
