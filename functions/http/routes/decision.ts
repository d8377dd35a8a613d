import { createRoute, OpenAPIHono, z } from '@hono/zod-openapi';
import { qrCodeSvg } from '../qr-svg.js';
import type { CaseStore } from '../../ports/case-store.js';
import { getCaseDecision, type CaseDecision } from '../../use-cases/seal/get-case-decision.js';
import type { SealDeps } from '../../use-cases/seal/verify-decision.js';
import type { AppEnv } from '../app-env.js';
import { principalOf } from '../auth/middleware.js';
import { errorResponses } from '../error-body.js';
import { CaseDecisionSchema } from '../schemas/decision-schemas.js';

const route = createRoute({
  method: 'get',
  operationId: 'getCaseDecision',
  path: '/cases/{caseId}/decision',
  tags: ['decisions'],
  summary: 'The sealed decision of a case: the signed record, its document, its status, and the QR code of its verification page (SVG)',
  security: [{ bearer: [] }],
  request: { params: z.object({ caseId: z.string().min(1).max(64) }) },
  responses: {
    200: { description: 'The decision', content: { 'application/json': { schema: CaseDecisionSchema } } },
    401: errorResponses[401],
    404: errorResponses[404],
  },
});

/** The decision as the API answers with it: the verification page on the caller's origin, and its QR code drawn here. */
export async function decisionBody(requestUrl: string, { record, document, status }: CaseDecision) {
  const verifyUrl = `${new URL(requestUrl).origin}/verify/${record.verifyCode}`;
  const qrSvg = await qrCodeSvg(verifyUrl);
  return { record: { ...record }, ...(document ? { document: { ...document } } : {}), status, verifyUrl, qrSvg };
}

/** GET /api/cases/{caseId}/decision, for anyone who may read the case. */
export function decisionRoutes(deps: SealDeps & { cases: CaseStore }) {
  return new OpenAPIHono<AppEnv>().openapi(route, async (c) => {
    const decision = await getCaseDecision(deps, principalOf(c.get('principal')), c.req.valid('param').caseId);
    return c.json(await decisionBody(c.req.url, decision), 200);
  });
}
