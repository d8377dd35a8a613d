import { createRoute, OpenAPIHono, z } from '@hono/zod-openapi';
import type { IntakeDeps } from '../../use-cases/intake/intake-deps.js';
import { listWorkQueue } from '../../use-cases/cases/list-work-queue.js';
import type { AppEnv } from '../app-env.js';
import { principalOf } from '../auth/middleware.js';
import { errorResponses } from '../error-body.js';
import { QueueParamSchema, QueueQuerySchema } from '../schemas/back-office-schemas.js';
import { validationHook } from '../validation-hook.js';

const queueRoute = createRoute({
  method: 'get',
  path: '/work/queues/{queue}',
  tags: ['back office'],
  summary: "A back-office work queue, earliest due first: review / suspended (reviewer's office), sign (township approver), forwarded (county department)",
  security: [{ bearer: [] }],
  request: { params: QueueParamSchema, query: QueueQuerySchema },
  responses: {
    200: {
      description: 'One page of the queue (personal data masked); `next` is the cursor of the following page',
      content: { 'application/json': { schema: z.object({ items: z.array(z.record(z.string(), z.unknown())), next: z.string().optional() }) } },
    },
    400: errorResponses[400],
    401: errorResponses[401],
    403: errorResponses[403],
  },
});

export function workQueueRoutes(deps: IntakeDeps) {
  const app = new OpenAPIHono<AppEnv>({ defaultHook: validationHook });
  app.openapi(queueRoute, async (c) => {
    const { queue } = c.req.valid('param');
    const { item, card, cursor, limit } = c.req.valid('query');
    const page = await listWorkQueue(deps, principalOf(c.get('principal')), queue, {
      ...(item ? { itemCode: item } : {}),
      ...(card ? { card } : {}),
      ...(cursor ? { cursor } : {}),
      ...(limit ? { limit } : {}),
    });
    return c.json(page, 200);
  });
  return app;
}
