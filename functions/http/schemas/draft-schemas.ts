import { z } from '@hono/zod-openapi';
import { DraftConsentSchema, DraftFileSchema, DraftKeySchema, DRAFT_STEPS, draftContentFields, withinDraftSize } from '../../core/drafts/application-draft.js';

/** The draft's place in the path: `/drafts/{itemCode}/{townshipId}`. */
export const DraftParamsSchema = DraftKeySchema;

/** A save: the content, and the version it was based on (0 for the first save). */
export const SaveDraftSchema = withinDraftSize(
  z.object({
    basedOn: z
      .number()
      .int()
      .min(0)
      .openapi({ description: 'The version this copy was based on: 0 for a first save; a stale one is refused with 409 and the stored version' }),
    ...draftContentFields,
  }),
).openapi('SaveDraft');

const Bilingual = z.object({ 'zh-CN': z.string(), en: z.string() });
const summaryFields = {
  itemCode: z.string(),
  townshipId: z.string(),
  itemName: Bilingual.optional(),
  completed: z.array(z.enum(DRAFT_STEPS)).openapi({ description: 'The steps done so far' }),
  version: z.number().int(),
  savedAt: z.string().openapi({ description: 'When this version was stored (ISO)' }),
  expiresAt: z.string().openapi({ description: 'When the draft is deleted unless saved again (ISO): 30 days after the last save' }),
};

/** A draft in a list, or the answer to a save: where it stands, without its answers. */
export const DraftSummarySchema = z.object(summaryFields).openapi('DraftSummary');

/** One draft with everything typed so far. */
export const DraftSchema = z
  .object({
    ...summaryFields,
    variantAnswers: z.record(z.string(), z.string()),
    answers: z.record(z.string(), z.string()),
    materials: z.record(z.string(), z.array(DraftFileSchema)),
    consent: DraftConsentSchema.optional(),
  })
  .openapi('Draft');

export const DraftListSchema = z.object({ items: z.array(DraftSummarySchema) }).openapi('DraftList');
