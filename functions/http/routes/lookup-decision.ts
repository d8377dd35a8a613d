import { createRoute, OpenAPIHono } from '@hono/zod-openapi';
import { receiveByQueryCode } from '../../use-cases/cases/delivery/receive-by-query-code.js';
import type { IntakeDeps } from '../../use-cases/intake/intake-deps.js';
import type { SealDeps } from '../../use-cases/seal/verify-decision.js';
import type { AppEnv } from '../app-env.js';
import { errorResponses } from '../error-body.js';
import { QueryCodeProofSchema, ReceivedDecisionSchema } from '../schemas/decision-schemas.js';
import { validationHook } from '../validation-hook.js';
import { decisionBody } from './decision.js';

const route = createRoute({
  method: 'post',
  operationId: 'receiveDecisionByQueryCode',
  path: '/cases/lookup/decision',
  tags: ['decisions'],
  summary:
    'The applicant with the query code and the last 4 digits of the applicant phone receives the signed decision (no login). ' +
    'While the case is decided, this download is its electronic delivery and the case completes; later downloads record nothing. ' +
    'Safe to repeat without an Idempotency-Key (it is not kept here): the delivery is recorded once, by a write conditional on the case version. ' +
    'Wrong guesses are limited as the progress lookup’s are.',
  security: [],
  request: { body: { required: true, content: { 'application/json': { schema: QueryCodeProofSchema } } } },
  responses: {
    200: {
      description: 'The signed decision, whether this download recorded its delivery, and the progress after it',
      content: { 'application/json': { schema: ReceivedDecisionSchema } },
    },
    400: errorResponses[400],
    404: { ...errorResponses[404], description: 'No case for this code and phone digits (counted as a wrong guess)' },
    409: { ...errorResponses[409], description: 'NO_DECISION_TO_RECEIVE: not decided yet, or the decision was set aside' },
    429: { content: errorResponses[400].content, description: 'Too many wrong guesses in a row: try again after Retry-After seconds' },
  },
});

/** POST /api/cases/lookup/decision: the result from the lookup page, for the holder of the query code. */
export function lookupDecisionRoutes(deps: IntakeDeps & SealDeps) {
  return new OpenAPIHono<AppEnv>({ defaultHook: validationHook }).openapi(route, async (c) => {
    const { code, phoneLast4 } = c.req.valid('json');
    const received = await receiveByQueryCode(deps, { queryCode: code, phoneLast4 });
    if (received.recorded) c.get('logger').info('decision received with the query code', { caseNumber: received.progress.caseNumber });
    const body = await decisionBody(c.req.url, received);
    return c.json({ ...body, recorded: received.recorded, progress: received.progress }, 200);
  });
}
