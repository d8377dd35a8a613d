import { z } from 'zod';
import { BilingualTextSchema, LocalIdSchema } from './bilingual.js';

/** Whether the window needs the original, a copy, or both (the original is checked and returned). */
export const MATERIAL_FORMS = ['original', 'copy', 'original_and_copy'] as const;
export type MaterialForm = (typeof MATERIAL_FORMS)[number];

/** A MIME type (`application/pdf`) or a file extension (`.jpg`). */
export const FileTypeSchema = z.string().regex(/^(\.[a-z0-9]{1,8}|[a-z]+\/[a-z0-9.+-]+)$/, { message: 'field.catalogue.fileType' });

/** One required material (申请材料) of an item. */
export const MaterialSchema = z
  .object({
    id: LocalIdSchema,
    name: BilingualTextSchema,
    form: z.enum(MATERIAL_FORMS),
    copies: z.number().int().min(1).max(20).default(1),
    mandatory: z.boolean(),
    /** 容缺: may be missing at acceptance if the applicant commits to supply it later. */
    mayBeDeferred: z.boolean().default(false),
    acceptedFileTypes: z.array(FileTypeSchema).min(1).default(['application/pdf', 'image/jpeg', 'image/png']),
    maxSizeMb: z.number().positive().max(100).default(10),
    note: BilingualTextSchema.optional(),
  })
  .refine((m) => !m.mayBeDeferred || m.mandatory, {
    // Deferring only means something for a material the case cannot do without.
    path: ['mayBeDeferred'],
    message: 'catalogue.material.deferredMustBeMandatory',
  });
export type Material = z.infer<typeof MaterialSchema>;
export type MaterialInput = z.input<typeof MaterialSchema>;
