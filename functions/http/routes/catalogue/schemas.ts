import { z } from '@hono/zod-openapi';
import { BilingualTextSchema } from '../../../core/catalogue/bilingual.js';
import { refineItemContent } from '../../../core/catalogue/item-refinements.js';
import { ItemCodeSchema, ItemContentObject, ItemVersionSchema, ITEM_CATEGORIES, ITEM_STATUSES } from '../../../core/catalogue/item-version.js';
import { LocalDateSchema } from '../../../core/catalogue/local-date.js';
import { MATERIAL_FORMS, MaterialSchema } from '../../../core/catalogue/material.js';
import { OfferingRecordSchema, OFFERING_ACTIONS } from '../../../core/catalogue/offering.js';
import { OfficeSchema, TownshipSchema } from '../../../core/catalogue/office.js';
import { SituationQuestionSchema } from '../../../core/catalogue/situation.js';

// Core schemas may be built before @hono/zod-openapi extends zod, so `.openapi()` is only called
// on schemas derived here (`.optional()`, `.extend()` ...), never on a core instance itself.
export const CodeParam = z.object({ code: ItemCodeSchema.describe('事项编码 item code, e.g. MZ-JF-0001') });

const AtQuery = LocalDateSchema.optional().openapi({ description: 'China date (default: today). What was in force that day.' });

export const ListItemsQuery = z.object({
  township: z.string().min(1).max(40).optional().openapi({ example: 'qingshi' }),
  county: z.string().min(1).max(40).optional(),
  q: z.string().trim().min(1).max(50).optional().openapi({ example: '低保' }),
  category: z.enum(ITEM_CATEGORIES).optional(),
  at: AtQuery,
});

export const ItemQuery = z.object({
  version: z.coerce.number().int().min(1).optional().openapi({ description: 'A given version instead of the one in force' }),
  at: AtQuery,
});

export const CountyQuery = z.object({ county: z.string().min(1).max(40).optional(), township: z.string().min(1).max(40).optional() });

const SummaryMaterial = z.object({
  id: z.string(),
  name: BilingualTextSchema,
  form: z.enum(MATERIAL_FORMS),
  mandatory: z.boolean(),
  mayBeDeferred: z.boolean(),
});

const VersionSummarySchema = z.object({
  version: z.number(),
  effectiveFrom: z.string(),
  name: BilingualTextSchema,
  keywords: z.array(z.string()),
  category: z.enum(ITEM_CATEGORIES),
  caseType: z.enum(['on_the_spot', 'promised']),
  legalLimitDays: z.number(),
  promisedLimitDays: z.number(),
  status: z.enum(ITEM_STATUSES),
  handlingSection: z.string(),
  routeKind: z.enum(['township_decides', 'forward_to_county']),
  feeFen: z.number(),
  materials: z.array(SummaryMaterial),
});

export const ItemListSchema = z
  .object({
    at: z.string(),
    countyId: z.string(),
    townshipId: z.string().optional(),
    items: z.array(
      VersionSummarySchema.extend({
        code: z.string(),
        countyId: z.string(),
        offered: z.boolean().optional(),
        offering: z.object({ action: z.enum(OFFERING_ACTIONS), effectiveFrom: z.string() }).optional(),
      }),
    ),
  })
  .openapi('CatalogueItemList');

export const ItemDetailSchema = z
  .object({
    at: z.string(),
    item: ItemVersionSchema,
    latestVersion: z.number(),
    upcoming: z.array(VersionSummarySchema),
    offerings: z.array(
      z.object({
        townshipId: z.string(),
        offered: z.boolean(),
        reason: z.enum(['not_yet_in_force', 'abolished', 'never_offered', 'recalled']).optional(),
        current: OfferingRecordSchema.optional(),
        history: z.array(OfferingRecordSchema),
      }),
    ),
  })
  .openapi('CatalogueItem');

export const VersionHistorySchema = z
  .object({
    code: z.string(),
    versions: z.array(VersionSummarySchema.extend({ recordedAt: z.string(), recordedBy: z.string(), changeNote: z.string() })),
  })
  .openapi('CatalogueItemHistory');

export const ChecklistBody = z
  .object({
    answers: z
      .record(z.string(), z.unknown())
      .default({})
      .openapi({ example: { buildType: 'new', usesFarmland: 'yes' } }),
  })
  .openapi('ChecklistRequest');

export const ChecklistSchema = z
  .object({
    version: z.number(),
    questions: z.array(SituationQuestionSchema),
    variants: z.array(z.object({ id: z.string(), name: BilingualTextSchema })),
    materials: z.array(MaterialSchema),
    conditions: z.array(BilingualTextSchema),
    answers: z.record(z.string(), z.string()),
  })
  .openapi('Checklist');

export const ValidateBody = z
  .object({
    answers: z.record(z.string(), z.unknown()).openapi({ example: { applicantName: '张明', idNumber: '11010519491231002X' } }),
    overrides: z.array(z.unknown()).optional().openapi({ description: 'Counter clerks only: [{ fieldId, reason }] to accept a failed checksum' }),
  })
  .openapi('ValidateAnswersRequest');

export const ValidateResultSchema = z
  .object({
    ok: z.literal(true),
    version: z.number(),
    overrides: z.array(z.object({ fieldId: z.string(), reason: z.string(), check: z.string() })),
  })
  .openapi('ValidateAnswersResult');

const WriteMeta = {
  effectiveFrom: LocalDateSchema.describe('Applies to cases submitted on or after this date; not before today'),
  changeNote: z.string().trim().min(1).max(500),
};

export const CreateItemBody = ItemContentObject.extend({ countyId: z.string().min(1).optional(), ...WriteMeta })
  .superRefine(refineItemContent)
  .openapi('CreateItemRequest');

export const EditItemBody = ItemContentObject.extend({
  code: ItemCodeSchema.optional(),
  countyId: z.string().min(1).optional(),
  ...WriteMeta,
  baseVersion: z.number().int().min(1).openapi({ description: 'The latest version the editor saw; 409 if another was added since' }),
})
  .superRefine(refineItemContent)
  .openapi('EditItemRequest');

export const OfferingBody = z
  .object({
    townshipId: z.string().min(1).max(40),
    action: z.enum(OFFERING_ACTIONS),
    effectiveFrom: LocalDateSchema,
    reason: z.string().trim().min(1).max(500),
  })
  .openapi('OfferingChangeRequest');

export const ItemVersionResponse = ItemVersionSchema;
export const OfferingRecordResponse = OfferingRecordSchema;
export const OfficesSchema = z.object({ offices: z.array(OfficeSchema) }).openapi('Offices');
export const TownshipsSchema = z.object({ townships: z.array(TownshipSchema) }).openapi('Townships');
