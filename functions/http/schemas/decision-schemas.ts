import { z } from '@hono/zod-openapi';
import { LookupQuerySchema } from './case-schemas.js';
import { ProgressSchema } from './case-view-schemas.js';

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

/** POST /api/cases/lookup/decision: the proof of the lookup page, in the body (never in a URL or a log). */
export const QueryCodeProofSchema = LookupQuerySchema.openapi('QueryCodeProof');

/** The signed decision received from the lookup page: whether this download delivered it, and the progress after it. */
export const ReceivedDecisionSchema = CaseDecisionSchema.extend({
  recorded: z.boolean().openapi({ description: 'This download recorded the electronic delivery (the case completed); false once the result was already out' }),
  progress: ProgressSchema,
}).openapi('ReceivedDecision');

export type ReceivedDecision = z.infer<typeof ReceivedDecisionSchema>;
