import { createRoute, OpenAPIHono, z } from '@hono/zod-openapi';
import type { Outbox } from '../../ports/outbox.js';
import { listOutbox } from '../../use-cases/notify/list-outbox.js';
import type { AppEnv } from '../app-env.js';
import { principalOf } from '../auth/middleware.js';
import { errorResponses } from '../error-body.js';
import { validationHook } from '../validation-hook.js';

const OutboxQuerySchema = z.object({
  cursor: z.string().min(1).max(1024).optional(),
  limit: z.coerce.number().int().min(1).max(100).optional(),
});

const OutboxEntrySchema = z
  .object({
    messageId: z.string(),
    caseId: z.string(),
    caseNumber: z.string(),
    action: z.string(),
    lang: z.enum(['zh-CN', 'en']),
    channel: z.enum(['sms', 'email']),
    toMasked: z.string(),
    text: z.string(),
    createdAt: z.string(),
    status: z.enum(['pending', 'sent']),
    sentAt: z.string().optional(),
    provider: z.string().optional(),
  })
  .openapi('OutboxEntry');

const outboxRoute = createRoute({
  operationId: 'listOutbox',
  method: 'get',
  path: '/outbox',
  tags: ['notifications'],
  summary: "Messages to applicants in the caller's county, newest first (supervisor, admin); phone numbers masked",
  security: [{ bearer: [] }],
  request: { query: OutboxQuerySchema },
  responses: {
    200: {
      description: 'One page of the outbox; `next` is the cursor of the following page',
      content: { 'application/json': { schema: z.object({ items: z.array(OutboxEntrySchema), next: z.string().optional() }) } },
    },
    400: errorResponses[400],
    401: errorResponses[401],
    403: errorResponses[403],
  },
});

export function outboxRoutes(outbox: Outbox) {
  const app = new OpenAPIHono<AppEnv>({ defaultHook: validationHook });
  app.openapi(outboxRoute, async (c) => {
    const { cursor, limit } = c.req.valid('query');
    const page = await listOutbox(outbox, principalOf(c.get('principal'), ['supervisor', 'admin']), {
      ...(cursor ? { cursor } : {}),
      ...(limit ? { limit } : {}),
    });
    return c.json(page, 200);
  });
  return app;
}
