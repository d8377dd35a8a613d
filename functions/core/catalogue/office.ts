import { z } from 'zod';
import { BilingualTextSchema } from './bilingual.js';

/**
 * Kinds of office. The township's consolidated offices review cases of their field; the approval
 * office (行政审批办公室) decides under the one seal; the service centre (便民服务中心) runs the window;
 * county departments decide forwarded (审核转报) items.
 */
export const OFFICE_KINDS = ['township_office', 'approval_office', 'service_centre', 'county_department'] as const;
export type OfficeKind = (typeof OFFICE_KINDS)[number];

/**
 * The part of a township an office stands for (`social`, `approval`, `planning`...). Items name the
 * section that handles them, so one county-wide item resolves to `qingshi-social` in Qingshi and
 * `baihe-social` in Baihe.
 */
export const SectionSchema = z.string().regex(/^[a-z][a-z0-9_]{1,31}$/, { message: 'field.catalogue.section' });
export type Section = z.infer<typeof SectionSchema>;

export const OfficeIdSchema = z.string().regex(/^[a-z][a-z0-9-]{1,63}$/, { message: 'field.catalogue.officeId' });

/** An office of a township or a county department. */
export const OfficeSchema = z
  .object({
    id: OfficeIdSchema,
    countyId: z.string().min(1),
    /** Absent for county departments. */
    townshipId: z.string().min(1).optional(),
    kind: z.enum(OFFICE_KINDS),
    /** The township section this office stands for; absent for county departments. */
    section: SectionSchema.optional(),
    name: BilingualTextSchema,
  })
  .superRefine((office, ctx) => {
    const county = office.kind === 'county_department';
    if (county && office.townshipId) {
      ctx.addIssue({ code: 'custom', path: ['townshipId'], message: 'catalogue.office.countyHasNoTownship' });
    }
    if (!county && !office.townshipId) {
      ctx.addIssue({ code: 'custom', path: ['townshipId'], message: 'field.required' });
    }
    if (!county && !office.section) {
      ctx.addIssue({ code: 'custom', path: ['section'], message: 'field.required' });
    }
  });
export type Office = z.infer<typeof OfficeSchema>;

/** A township of the county, as the catalogue lists it. */
export const TownshipSchema = z.object({
  id: z.string().min(1),
  countyId: z.string().min(1),
  /** Two-letter code used in case numbers. */
  code: z.string().regex(/^[A-Z]{2}$/),
  name: BilingualTextSchema,
});
export type Township = z.infer<typeof TownshipSchema>;
