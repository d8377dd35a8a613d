import { z } from 'zod';
import { BilingualTextSchema, LocalIdSchema } from './bilingual.js';
import { MaterialSchema } from './material.js';
import { OptionSchema } from './form-field.js';

/**
 * A question that tells one situation (情形) of an item from another, e.g. 新建 or 翻建.
 * `askWhen` makes it follow-up: asked only when earlier questions were answered so.
 */
export const SituationQuestionSchema = z.object({
  id: LocalIdSchema,
  text: BilingualTextSchema,
  options: z.array(OptionSchema).min(2),
  help: BilingualTextSchema.optional(),
  askWhen: z.record(z.string(), z.string()).optional(),
});
export type SituationQuestion = z.infer<typeof SituationQuestionSchema>;

/**
 * A case variant (情形). It applies when every answer in `when` matches; several variants may
 * apply together (their materials and conditions add up). `materialIds` point into the item's
 * material list; `extraMaterials` exist for this variant only.
 */
export const VariantSchema = z.object({
  id: LocalIdSchema,
  name: BilingualTextSchema,
  when: z.record(z.string(), z.string()).refine((w) => Object.keys(w).length > 0, { message: 'field.required' }),
  materialIds: z.array(LocalIdSchema).default([]),
  extraMaterials: z.array(MaterialSchema).default([]),
  conditions: z.array(BilingualTextSchema).default([]),
});
export type Variant = z.infer<typeof VariantSchema>;
export type VariantInput = z.input<typeof VariantSchema>;
