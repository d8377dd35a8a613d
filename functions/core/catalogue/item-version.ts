import { z } from 'zod';
import { BilingualTextSchema } from './bilingual.js';
import { FormFieldSchema } from './form-field.js';
import { LocalDateSchema } from './local-date.js';
import { MaterialSchema } from './material.js';
import { OfficeIdSchema, SectionSchema } from './office.js';
import { SituationQuestionSchema, VariantSchema } from './situation.js';
import { refineItemContent } from './item-refinements.js';

/** 行政许可 licensing / 公共服务 public service / 其他 other. */
export const ITEM_CATEGORIES = ['licensing', 'public_service', 'other'] as const;
export type ItemCategory = (typeof ITEM_CATEGORIES)[number];

/** 即办件 decided on the spot / 承诺件 decided within the promised limit. */
export const CASE_TYPES = ['on_the_spot', 'promised'] as const;
export type CaseType = (typeof CASE_TYPES)[number];

export const RESULT_TYPES = ['licence', 'approval_document', 'certificate', 'payment', 'registration'] as const;
export const DELIVERY_OPTIONS = ['window', 'mail', 'electronic'] as const;
export type DeliveryOption = (typeof DELIVERY_OPTIONS)[number];

/** `abolished` (废止): from this version's effective date the item is offered nowhere. */
export const ITEM_STATUSES = ['active', 'abolished'] as const;
export type ItemStatus = (typeof ITEM_STATUSES)[number];

/** 事项编码: the national catalogue code, upper-case letters, digits and dashes. */
export const ItemCodeSchema = z.string().regex(/^[0-9A-Z][0-9A-Z-]{3,39}$/, { message: 'field.catalogue.itemCode' });

/**
 * Who decides: the township, under its one seal (the approval office signs); or the township takes
 * in and pre-reviews, then forwards (审核转报) to a county department that decides.
 */
export const RouteSchema = z.discriminatedUnion('kind', [
  z.object({ kind: z.literal('township_decides') }),
  z.object({ kind: z.literal('forward_to_county'), countyOfficeId: OfficeIdSchema }),
]);
export type Route = z.infer<typeof RouteSchema>;

const WorkingDays = z.number().int().min(0).max(365);

/** The fields of an item that an administrator writes; every version carries a full copy. */
export const ItemContentObject = z.object({
  code: ItemCodeSchema,
  countyId: z.string().min(1),
  name: BilingualTextSchema,
  /** Other words people search by (简称, e.g. 低保). */
  keywords: z.array(z.string().trim().min(1).max(30)).max(20).default([]),
  category: z.enum(ITEM_CATEGORIES),
  /** 承办机构: the township section whose office reviews the case (`social` → `qingshi-social`). */
  handlingSection: SectionSchema,
  route: RouteSchema,
  caseType: z.enum(CASE_TYPES),
  /** 法定办结时限, working days. */
  legalLimitDays: WorkingDays,
  /** 承诺办结时限, working days; never more than the legal limit; 0 for an on-the-spot item. */
  promisedLimitDays: WorkingDays,
  /** Working days a clerk has to pre-review an online application. */
  preReviewLimitDays: WorkingDays.default(2),
  /** Yellow card when this many working days or fewer are left. */
  warningThresholdDays: WorkingDays.default(2),
  acceptanceConditions: z.array(BilingualTextSchema).default([]),
  materials: z.array(MaterialSchema).default([]),
  formFields: z.array(FormFieldSchema).default([]),
  questions: z.array(SituationQuestionSchema).default([]),
  variants: z.array(VariantSchema).default([]),
  fee: z.object({ amountFen: z.number().int().min(0), note: BilingualTextSchema.optional() }).default({ amountFen: 0 }),
  legalBasis: z.array(BilingualTextSchema).min(1),
  result: z.object({ type: z.enum(RESULT_TYPES), name: BilingualTextSchema }),
  deliveryOptions: z.array(z.enum(DELIVERY_OPTIONS)).min(1),
  status: z.enum(ITEM_STATUSES).default('active'),
});

/** An item's content, with the cross-field rules checked (each failure names its field path). */
export const ItemContentSchema = ItemContentObject.superRefine(refineItemContent);
export type ItemContent = z.infer<typeof ItemContentSchema>;
export type ItemContentInput = z.input<typeof ItemContentSchema>;

/** What the catalogue records about each version besides its content. */
export const VersionMetaObject = z.object({
  /** 1, 2, 3 … per item, without gaps. */
  version: z.number().int().min(1),
  /** Applies to cases submitted on or after this date (China time). */
  effectiveFrom: LocalDateSchema,
  recordedAt: z.iso.datetime(),
  recordedBy: z.string().min(1),
  /** Why this version was made (e.g. "新增容缺材料"); free text. */
  changeNote: z.string().trim().min(1).max(500),
});

/** One version of a service item: full content plus when it applies. */
export const ItemVersionSchema = ItemContentObject.extend(VersionMetaObject.shape).superRefine(refineItemContent);
export type ItemVersion = z.infer<typeof ItemVersionSchema>;
export type ItemVersionInput = z.input<typeof ItemVersionSchema>;
