import { z } from 'zod';

/** A text every catalogue entry carries in both languages; zh-CN is the official wording. */
export const BilingualTextSchema = z.object({
  'zh-CN': z.string().trim().min(1).max(2000),
  en: z.string().trim().min(1).max(2000),
});
export type BilingualText = z.infer<typeof BilingualTextSchema>;

/** Ids inside an item (materials, fields, questions, variants): short camelCase/kebab slugs, stable across versions. */
export const LocalIdSchema = z.string().regex(/^[a-zA-Z][a-zA-Z0-9_-]{0,47}$/, { message: 'field.catalogue.localId' });
