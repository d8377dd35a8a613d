import { createRoute, OpenAPIHono, z } from '@hono/zod-openapi';
import type { AppEnv } from '../app-env.js';
import type { AppDeps } from '../deps.js';
import { errorResponses } from '../error-body.js';

const HealthSchema = z.object({ status: z.literal('ok'), version: z.string(), time: z.string() }).openapi('Health');

const route = createRoute({
  method: 'get',
  operationId: 'getHealth',
  security: [],
  path: '/health',
  tags: ['system'],
  summary: 'Liveness check',
  responses: { 200: { description: 'The API is up', content: { 'application/json': { schema: HealthSchema } } }, 400: errorResponses[400] },
});

export function healthRoutes(deps: AppDeps) {
  return new OpenAPIHono<AppEnv>().openapi(route, (c) => c.json({ status: 'ok' as const, version: deps.version, time: deps.now().toISOString() }, 200));
}
