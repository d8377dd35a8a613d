import { z } from 'zod';
import { BilingualTextSchema, LocalIdSchema } from './bilingual.js';

/** Field types of an application form; the identity types carry their national checksums. */
export const FIELD_TYPES = ['text', 'number', 'date', 'choice', 'id_number', 'phone', 'credit_code', 'address'] as const;
export type FieldType = (typeof FIELD_TYPES)[number];

/** A value of a choice field or an answer of a situation question, with its label. */
export const OptionSchema = z.object({
  value: z.string().regex(/^[a-zA-Z0-9_-]{1,48}$/, { message: 'field.catalogue.optionValue' }),
  label: BilingualTextSchema,
});
export type Option = z.infer<typeof OptionSchema>;

/** One field of an item's application form. */
export const FormFieldSchema = z
  .object({
    id: LocalIdSchema,
    label: BilingualTextSchema,
    type: z.enum(FIELD_TYPES),
    required: z.boolean(),
    /** Choice fields only. */
    options: z.array(OptionSchema).min(1).optional(),
    help: BilingualTextSchema.optional(),
    /** Number fields: smallest and largest value accepted. */
    min: z.number().optional(),
    max: z.number().optional(),
    /** Text and address fields: longest answer accepted. */
    maxLength: z.number().int().min(1).max(2000).optional(),
  })
  .superRefine((field, ctx) => {
    if (field.type === 'choice') {
      if (!field.options) ctx.addIssue({ code: 'custom', path: ['options'], message: 'field.required' });
      else if (new Set(field.options.map((o) => o.value)).size !== field.options.length) {
        ctx.addIssue({ code: 'custom', path: ['options'], message: 'catalogue.field.duplicateOption' });
      }
    } else if (field.options) {
      ctx.addIssue({ code: 'custom', path: ['options'], message: 'catalogue.field.optionsOnlyForChoice' });
    }
    if ((field.min !== undefined || field.max !== undefined) && field.type !== 'number') {
      ctx.addIssue({ code: 'custom', path: [field.min !== undefined ? 'min' : 'max'], message: 'catalogue.field.rangeOnlyForNumber' });
    }
    if (field.min !== undefined && field.max !== undefined && field.min > field.max) {
      ctx.addIssue({ code: 'custom', path: ['max'], message: 'catalogue.field.maxBelowMin' });
    }
    if (field.maxLength !== undefined && field.type !== 'text' && field.type !== 'address') {
      ctx.addIssue({ code: 'custom', path: ['maxLength'], message: 'catalogue.field.maxLengthOnlyForText' });
    }
  });
export type FormField = z.infer<typeof FormFieldSchema>;
