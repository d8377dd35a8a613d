import { createRoute, OpenAPIHono, z } from '@hono/zod-openapi';
import QRCode from 'qrcode';
import { ValidationError } from '../../core/errors.js';
import { CASE_STATES } from '../../core/case/case-states.js';
import { acceptCase, notAcceptCase, recordOriginal, requireCorrection, resubmitApplication, withdrawCase } from '../../use-cases/intake/case-actions.js';
import { getNotice, NOTICE_KINDS } from '../../use-cases/intake/get-notice.js';
import type { IntakeDeps } from '../../use-cases/intake/intake-deps.js';
import { getCase, listCases, lookupProgress, verifyCaseChain } from '../../use-cases/intake/read-cases.js';
import { submitApplication } from '../../use-cases/intake/submit-application.js';
import type { AppEnv } from '../app-env.js';
import { principalOf } from '../auth/middleware.js';
import { errorResponses } from '../error-body.js';
import { registerMessages } from '../i18n/translate.js';
import { intakeMessages } from '../i18n/messages/intake.js';
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
import { validationHook } from '../validation-hook.js';

registerMessages(intakeMessages);

const json = (schema: z.ZodTypeAny, description: string) => ({ description, content: { 'application/json': { schema } } });
const body = <S extends z.ZodTypeAny>(schema: S) => ({ body: { required: true, content: { 'application/json': { schema } } } });
const CaseBody = z.object({ case: z.record(z.string(), z.unknown()) }).openapi('CaseResult');
const IdParam = z.object({ caseId: z.string().min(1).max(64) });
const IdempotencyHeader = z.object({
  'idempotency-key': z.string().optional().openapi({ description: 'Makes the write safe to retry (kept 24 h or more)' }),
});
const writeErrors = { 400: errorResponses[400], 401: errorResponses[401], 403: errorResponses[403], 404: errorResponses[404], 409: errorResponses[409], 422: errorResponses[422] };

const submitRoute = createRoute({
  method: 'post',
  path: '/cases',
  tags: ['cases'],
  summary: 'Submit an application (online, village proxy, or counter walk-in; counter may accept at once)',
  security: [{ bearer: [] }],
  request: {
    // Required, but checked in the handler so the 400 names the header the way clients write it.
    headers: z.object({ 'idempotency-key': z.string().optional().openapi({ description: 'Required: a retried submission creates one case' }) }),
    ...body(SubmitSchema),
  },
  responses: { 201: json(CaseBody, 'The new case'), ...writeErrors },
});

const listRoute = createRoute({
  method: 'get',
  path: '/cases',
  tags: ['cases'],
  summary: "A township's queue for staff; one's own cases for residents and proxies (personal data masked)",
  security: [{ bearer: [] }],
  request: { query: z.object({ state: z.string().optional().openapi({ description: 'Comma-separated states' }), limit: z.coerce.number().int().min(1).max(200).optional() }) },
  responses: { 200: json(z.object({ items: z.array(z.record(z.string(), z.unknown())) }), 'Cases'), 400: errorResponses[400], 401: errorResponses[401], 403: errorResponses[403] },
});

const getRoute = createRoute({
  method: 'get',
  path: '/cases/{caseId}',
  tags: ['cases'],
  summary: 'One case with its history',
  security: [{ bearer: [] }],
  request: { params: IdParam },
  responses: { 200: json(z.record(z.string(), z.unknown()), 'The case'), 401: errorResponses[401], 404: errorResponses[404] },
});

const lookupRoute = createRoute({
  method: 'get',
  path: '/cases/lookup',
  tags: ['cases'],
  summary: 'Progress by query code and the last 4 digits of the applicant phone (no login)',
  request: { query: LookupQuerySchema },
  responses: { 200: json(z.record(z.string(), z.unknown()), 'Progress'), 400: errorResponses[400], 404: errorResponses[404] },
});

const auditRoute = createRoute({
  method: 'get',
  path: '/cases/{caseId}/audit',
  tags: ['cases'],
  summary: "Verify the case's hash-chained audit trail",
  security: [{ bearer: [] }],
  request: { params: IdParam },
  responses: { 200: json(z.record(z.string(), z.unknown()), 'Verdict'), 401: errorResponses[401], 403: errorResponses[403], 404: errorResponses[404] },
});

const noticeRoute = createRoute({
  method: 'get',
  path: '/cases/{caseId}/notices/{kind}',
  tags: ['cases'],
  summary: 'Content of a written notice, with the query code as a QR code (SVG)',
  security: [{ bearer: [] }],
  request: { params: IdParam.extend({ kind: z.enum(NOTICE_KINDS) }) },
  responses: { 200: json(z.record(z.string(), z.unknown()), 'Notice'), 401: errorResponses[401], 404: errorResponses[404], 422: errorResponses[422] },
});

const action = <S extends z.ZodTypeAny>(path: string, summary: string, schema: S) =>
  createRoute({
    method: 'post',
    path: `/cases/{caseId}/${path}`,
    tags: ['cases'],
    summary,
    security: [{ bearer: [] }],
    request: { params: IdParam, headers: IdempotencyHeader, ...body(schema) },
    responses: { 200: json(CaseBody, 'The case after the step'), ...writeErrors },
  });

const acceptRoute = action('accept', 'Accept (受理): the clock starts', AcceptSchema);
const correctionRoute = action('correction', 'One-time correction notice (一次性告知)', CorrectionSchema);
const resubmitRoute = action('resubmit', 'Answer the correction notice', ResubmitSchema);
const notAcceptRoute = action('not-accept', 'Not accepted (不予受理), with reasons, basis and remedies', NotAcceptSchema);
const withdrawRoute = action('withdraw', 'Withdraw (撤回) before a decision', WithdrawSchema);
const originalRoute = action('originals', 'Record a paper original checked at the counter', OriginalSchema);

export function caseRoutes(deps: IntakeDeps) {
  const app = new OpenAPIHono<AppEnv>({ defaultHook: validationHook });

  app.openapi(submitRoute, async (c) => {
    const principal = principalOf(c.get('principal'), ['resident', 'proxy', 'clerk']);
    if (!c.req.header('idempotency-key')) {
      throw new ValidationError([{ path: 'header.Idempotency-Key', message: 'idempotency.key.required' }]);
    }
    const created = await submitApplication(deps, principal, c.req.valid('json'));
    c.get('logger').info('case submitted', { caseId: created.caseId, caseNumber: created.caseNumber, channel: created.channel });
    return c.json({ case: created as unknown as Record<string, unknown> }, 201);
  });

  app.openapi(lookupRoute, async (c) => {
    const { code, phoneLast4 } = c.req.valid('query');
    return c.json(await lookupProgress(deps, code, phoneLast4), 200);
  });

  app.openapi(listRoute, async (c) => {
    const principal = principalOf(c.get('principal'));
    const { state, limit } = c.req.valid('query');
    const states = state?.split(',').map((s) => s.trim()).filter(Boolean);
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
    const qrSvg = await QRCode.toString(trackUrl, { type: 'svg', margin: 1, errorCorrectionLevel: 'M' });
    return c.json({ ...notice, trackUrl, qrSvg }, 200);
  });

  const step = <T>(run: (principal: ReturnType<typeof principalOf>, caseId: string, input: T) => Promise<unknown>) =>
    async (c: any) => {
      const principal = principalOf(c.get('principal'));
      const after = await run(principal, c.req.valid('param').caseId, c.req.valid('json'));
      return c.json({ case: after }, 200);
    };
  app.openapi(acceptRoute, step((p, id, input: z.infer<typeof AcceptSchema>) => acceptCase(deps, p, id, input.version, input)));
  app.openapi(correctionRoute, step((p, id, input: z.infer<typeof CorrectionSchema>) => requireCorrection(deps, p, id, input.version, input.items)));
  app.openapi(resubmitRoute, step((p, id, input: z.infer<typeof ResubmitSchema>) => resubmitApplication(deps, p, id, input.version, input)));
  app.openapi(notAcceptRoute, step((p, id, input: z.infer<typeof NotAcceptSchema>) => notAcceptCase(deps, p, id, input.version, input)));
  app.openapi(withdrawRoute, step((p, id, input: z.infer<typeof WithdrawSchema>) => withdrawCase(deps, p, id, input.version, input.reason)));
  app.openapi(originalRoute, step((p, id, input: z.infer<typeof OriginalSchema>) => recordOriginal(deps, p, id, input.version, input.materialId)));

  return app;
}
