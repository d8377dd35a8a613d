import { createRoute, OpenAPIHono, z } from '@hono/zod-openapi';
import { qrCodeSvg } from '../qr-svg.js';
import type { CaseStore } from '../../ports/case-store.js';
import { getCaseDecision } from '../../use-cases/seal/get-case-decision.js';
import type { SealDeps } from '../../use-cases/seal/verify-decision.js';
import type { AppEnv } from '../app-env.js';
import { principalOf } from '../auth/middleware.js';
import { errorResponses } from '../error-body.js';

const route = createRoute({
  method: 'get',
  operationId: 'getCaseDecision',
  path: '/cases/{caseId}/decision',
  tags: ['decisions'],
  summary: 'The sealed decision of a case: the signed record, its document, its status, and the QR code of its verification page (SVG)',
  security: [{ bearer: [] }],
  request: { params: z.object({ caseId: z.string().min(1).max(64) }) },
  responses: {
    200: {
      description: 'The decision',
      content: {
        'application/json': {
          schema: z
            .object({
              record: z.record(z.string(), z.unknown()),
              document: z.record(z.string(), z.unknown()).optional(),
              status: z.enum(['authentic', 'altered', 'revoked', 'unknown']),
              verifyUrl: z.string(),
              qrSvg: z.string(),
            })
            .openapi('CaseDecision'),
        },
      },
    },
    401: errorResponses[401],
    404: errorResponses[404],
  },
});

/** GET /api/cases/{caseId}/decision, for anyone who may read the case. */
export function decisionRoutes(deps: SealDeps & { cases: CaseStore }) {
  return new OpenAPIHono<AppEnv>().openapi(route, async (c) => {
    const { record, document, status } = await getCaseDecision(deps, principalOf(c.get('principal')), c.req.valid('param').caseId);
    const verifyUrl = `${new URL(c.req.url).origin}/verify/${record.verifyCode}`;
    const qrSvg = await qrCodeSvg(verifyUrl);
    return c.json({ record: { ...record }, ...(document ? { document: { ...document } } : {}), status, verifyUrl, qrSvg }, 200);
  });
}
