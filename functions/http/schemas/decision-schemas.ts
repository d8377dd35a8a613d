import { z } from '@hono/zod-openapi';

/**
 * A case's sealed decision as the API gives it to whoever may have it: the signed record, its
 * document parsed, whether it verifies, and its verification page with that page's QR code (SVG).
 */
export const CaseDecisionSchema = z
  .object({
    record: z.record(z.string(), z.unknown()),
    document: z.record(z.string(), z.unknown()).optional(),
    status: z.enum(['authentic', 'altered', 'revoked', 'unknown']),
    verifyUrl: z.string(),
    qrSvg: z.string(),
  })
  .openapi('CaseDecision');
