import { createRoute, OpenAPIHono, z } from '@hono/zod-openapi';
import { verifyDecision, type SealDeps } from '../../use-cases/seal/verify-decision.js';
import type { AppEnv } from '../app-env.js';
import { errorResponses } from '../error-body.js';

const Bilingual = z.object({ 'zh-CN': z.string(), en: z.string() });

/** The answer of the public verification page. */
export const VerifyAnswerSchema = z
  .object({
    status: z.enum(['authentic', 'altered', 'revoked', 'unknown']),
    decision: z
      .object({
        documentNumber: z.string(),
        caseNumber: z.string(),
        issuer: z.object({ kind: z.enum(['township', 'county_department']), id: z.string(), name: Bilingual }),
        township: z.object({ id: z.string(), name: Bilingual }),
        item: z.object({ code: z.string(), version: z.number(), name: Bilingual }),
        outcome: z.enum(['grant', 'refuse']),
        decidedOn: z.string(),
        applicant: z.object({
          kind: z.enum(['person', 'business']),
          name: z.string(),
          idNumber: z.string().optional(),
          creditCode: z.string().optional(),
        }),
      })
      .optional(),
    algorithm: z.enum(['SM2DSA', 'ECDSA_SHA_256']).optional(),
    keyId: z.string().optional(),
    signedAt: z.string().optional(),
    revoked: z.object({ at: z.string(), reason: z.string() }).optional(),
  })
  .openapi('DecisionVerification');

const route = createRoute({
  method: 'get',
  path: '/verify/{code}',
  tags: ['decisions'],
  summary: 'Verify a sealed decision by the code on its QR (no login): authentic, altered, revoked or unknown',
  request: { params: z.object({ code: z.string().min(1).max(64) }) },
  responses: {
    200: { description: 'The status, and the decision’s key facts when its signature holds', content: { 'application/json': { schema: VerifyAnswerSchema } } },
    400: errorResponses[400],
  },
});

/** GET /api/verify/{code}: public, never cached (a revocation shows at once). An unknown code is 200 `unknown`. */
export function verifyRoutes(deps: SealDeps) {
  return new OpenAPIHono<AppEnv>().openapi(route, async (c) => {
    const answer = await verifyDecision(deps, c.req.valid('param').code);
    c.header('cache-control', 'no-store');
    return c.json(answer, 200);
  });
}
