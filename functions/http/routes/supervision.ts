import { createRoute, OpenAPIHono, z } from '@hono/zod-openapi';
import { ValidationError } from '../../core/errors.js';
import { SUPERVISION_GROUNDS, type SupervisionStatus } from '../../core/supervision/supervision-order.js';
import { concludeSupervisionOrder, issueSupervisionOrder, replySupervisionOrder } from '../../use-cases/supervision/supervision-actions.js';
import type { SupervisionDeps } from '../../use-cases/supervision/supervision-deps.js';
import { caseSupervisionOrders, listSupervisionOrders } from '../../use-cases/supervision/list-supervision-orders.js';
import type { AppEnv } from '../app-env.js';
import { principalOf } from '../auth/middleware.js';
import { errorResponses } from '../error-body.js';
import { registerMessages } from '../i18n/translate.js';
import { supervisionMessages } from '../i18n/messages/supervision.js';
import { ConcludeSupervisionSchema, IssueSupervisionSchema, ReplySupervisionSchema, SupervisionListQuery } from '../schemas/supervision-schemas.js';
import { validationHook } from '../validation-hook.js';

registerMessages(supervisionMessages);

const STATUSES: readonly SupervisionStatus[] = ['open', 'replied', 'closed', 'escalated'];
const json = (schema: z.ZodTypeAny, description: string) => ({ description, content: { 'application/json': { schema } } });
const body = <S extends z.ZodTypeAny>(schema: S) => ({ body: { required: true, content: { 'application/json': { schema } } } });
const Result = z.object({ case: z.record(z.string(), z.unknown()), order: z.record(z.string(), z.unknown()) }).openapi('SupervisionResult');
const CaseParam = z.object({ caseId: z.string().min(1).max(64) });
const OrderParam = CaseParam.extend({ orderId: z.string().min(1).max(64) });
const Headers = z.object({ 'idempotency-key': z.string().optional() });
const writeErrors = {
  400: errorResponses[400],
  401: errorResponses[401],
  403: errorResponses[403],
  404: errorResponses[404],
  409: errorResponses[409],
  422: errorResponses[422],
};

const issueRoute = createRoute({
  operationId: 'issueSupervisionOrder',
  method: 'post',
  path: '/cases/{caseId}/supervision-orders',
  tags: ['supervision'],
  summary: '督办: the county supervisor issues a supervision order on a yellow / red case or a poor rating',
  security: [{ bearer: [] }],
  request: { params: CaseParam, headers: Headers, ...body(IssueSupervisionSchema) },
  responses: { 201: json(Result, 'The case and the new order'), ...writeErrors },
});

const orderStep = (path: 'reply' | 'close' | 'escalate', summary: string, schema: z.ZodTypeAny) =>
  createRoute({
    operationId: `${path}SupervisionOrder`,
    method: 'post',
    path: `/cases/{caseId}/supervision-orders/{orderId}/${path}`,
    tags: ['supervision'],
    summary,
    security: [{ bearer: [] }],
    request: { params: OrderParam, headers: Headers, ...body(schema) },
    responses: { 200: json(Result, 'The case and the order after the step'), ...writeErrors },
  });

const caseListRoute = createRoute({
  operationId: 'listCaseSupervisionOrders',
  method: 'get',
  path: '/cases/{caseId}/supervision-orders',
  tags: ['supervision'],
  summary: 'The supervision orders on one case, oldest first, reply-overdue flag read now',
  security: [{ bearer: [] }],
  request: { params: CaseParam },
  responses: {
    200: json(
      z.object({
        items: z
          .array(z.record(z.string(), z.unknown()))
          .openapi({ description: "Each order with `allowedSteps`: 'reply' | 'close' | 'escalate', what the caller may do to it now" }),
        issue: z
          .object({ cardNow: z.string(), grounds: z.array(z.enum(SUPERVISION_GROUNDS)), officeId: z.string() })
          .optional()
          .openapi({ description: 'Only for a caller who may issue an order: the grounds one may give today (empty: none) and the office it would go to' }),
      }),
      'Orders',
    ),
    401: errorResponses[401],
    404: errorResponses[404],
  },
});

const listRoute = createRoute({
  operationId: 'listSupervisionOrders',
  method: 'get',
  path: '/supervision-orders',
  tags: ['supervision'],
  summary: "The county's orders (supervisor, newest first) or those addressed to the caller's office (earliest reply deadline first)",
  security: [{ bearer: [] }],
  request: { query: SupervisionListQuery },
  responses: {
    200: json(z.object({ items: z.array(z.record(z.string(), z.unknown())), next: z.string().optional() }), 'One page of orders'),
    400: errorResponses[400],
    401: errorResponses[401],
    403: errorResponses[403],
  },
});

export function supervisionRoutes(deps: SupervisionDeps) {
  const app = new OpenAPIHono<AppEnv>({ defaultHook: validationHook });

  app.openapi(issueRoute, async (c) => {
    const { caseId } = c.req.valid('param');
    const input = c.req.valid('json');
    const result = await issueSupervisionOrder(deps, principalOf(c.get('principal'), ['supervisor']), caseId, input.version, input);
    c.get('logger').info('supervision order issued', { caseId, orderId: result.order.orderId, ground: result.order.ground });
    return c.json(result as never, 201);
  });
  app.openapi(
    orderStep('reply', 'The office working the case answers the order: what happened, what it will do, by when', ReplySupervisionSchema),
    async (c) => {
      const { caseId, orderId } = c.req.valid('param');
      const input = c.req.valid('json') as z.infer<typeof ReplySupervisionSchema>;
      const result = await replySupervisionOrder(deps, principalOf(c.get('principal')), caseId, orderId, input.version, input);
      return c.json(result as never, 200);
    },
  );
  for (const how of ['close', 'escalate'] as const) {
    app.openapi(
      orderStep(
        how,
        how === 'close' ? 'Supervisor: close an answered order' : 'Supervisor: escalate an answered order (not satisfied)',
        ConcludeSupervisionSchema,
      ),
      async (c) => {
        const { caseId, orderId } = c.req.valid('param');
        const input = c.req.valid('json') as z.infer<typeof ConcludeSupervisionSchema>;
        const result = await concludeSupervisionOrder(deps, principalOf(c.get('principal'), ['supervisor']), caseId, orderId, input.version, how, input.note);
        return c.json(result as never, 200);
      },
    );
  }
  app.openapi(caseListRoute, async (c) =>
    c.json((await caseSupervisionOrders(deps, principalOf(c.get('principal')), c.req.valid('param').caseId)) as never, 200),
  );
  app.openapi(listRoute, async (c) => {
    const { status, overdue, cursor, limit } = c.req.valid('query');
    const statuses = status
      ?.split(',')
      .map((s) => s.trim())
      .filter(Boolean);
    const unknown = statuses?.filter((s) => !(STATUSES as readonly string[]).includes(s)) ?? [];
    if (unknown.length) throw new ValidationError([{ path: 'query.status', message: 'supervision.status.unknown', params: { status: unknown.join(', ') } }]);
    const page = await listSupervisionOrders(deps, principalOf(c.get('principal')), {
      ...(statuses ? { statuses: statuses as SupervisionStatus[] } : {}),
      ...(overdue ? { overdue: overdue === 'true' } : {}),
      ...(cursor ? { cursor } : {}),
      ...(limit ? { limit } : {}),
    });
    return c.json(page as never, 200);
  });
  return app;
}
