import { z } from '@hono/zod-openapi';
import { IsoDateSchema } from '../../core/calendar/iso-date-schema.js';
import { CaseListEntrySchema } from './case-view-schemas.js';

const CARDS = ['none', 'yellow', 'red', 'legal_breach'] as const;
const Rate = z.number().min(0).max(1).nullable().openapi({ description: 'Share 0–1; null when there is nothing to count' });
const Quantile = z.number().int().nullable().openapi({ description: 'Working days; null without decided cases' });
const Names = z.object({ 'zh-CN': z.string(), en: z.string() });

export const DashboardQuerySchema = z.object({
  from: IsoDateSchema.optional().openapi({ description: 'First day of the period (default: the first day of the month five months ago)' }),
  to: IsoDateSchema.optional().openapi({ description: 'Last day of the period (default: today in China)' }),
});

export const DrillDownQuerySchema = z.object({
  townshipId: z.string().min(1).max(64).optional(),
  officeId: z.string().min(1).max(64).optional(),
  itemCode: z.string().min(1).max(64).optional(),
  card: z.enum(CARDS).optional(),
  limit: z.coerce.number().int().min(1).max(500).optional(),
});

const FiguresSchema = z.object({
  received: z.number().int(),
  accepted: z.number().int(),
  notAccepted: z.number().int(),
  decided: z.number().int(),
  completed: z.number().int(),
  channels: z.object({ online: z.number().int(), counter: z.number().int(), proxy: z.number().int() }),
  onTheSpot: z.number().int(),
  onTimeRate: z.object({ promised: Rate, legal: Rate }).openapi({ description: 'Decided on time ÷ (decided + open and already past the limit)' }),
  decidedOnTime: z.object({ promised: z.number().int(), legal: z.number().int() }),
  workingDays: z.object({ median: Quantile, p90: Quantile }),
  ratings: z.object({
    very_satisfied: z.number().int(),
    satisfied: z.number().int(),
    basically_satisfied: z.number().int(),
    dissatisfied: z.number().int(),
    very_dissatisfied: z.number().int(),
    total: z.number().int(),
    poorShare: Rate,
  }),
  rectifications: z.object({ opened: z.number().int(), onTime: z.number().int(), late: z.number().int() }),
  open: z.object({
    none: z.number().int(),
    yellow: z.number().int(),
    red: z.number().int(),
    legal_breach: z.number().int(),
    total: z.number().int(),
    suspended: z.number().int(),
    pending: z.number().int(),
    awaitingDelivery: z.number().int(),
  }),
});

export const DashboardSchema = z
  .object({
    countyId: z.string(),
    from: z.string(),
    to: z.string(),
    county: FiguresSchema,
    byTownship: z.array(FiguresSchema.extend({ townshipId: z.string() })),
    byOffice: z.array(FiguresSchema.extend({ officeId: z.string() })),
    byItem: z.array(FiguresSchema.extend({ itemCode: z.string() })),
    departments: z.array(
      z.object({
        officeId: z.string(),
        decided: z.number().int(),
        onTime: z.number().int(),
        onTimeRate: Rate,
        turnaround: z.object({ median: Quantile, p90: Quantile }),
      }),
    ),
    trend: z.array(z.object({ month: z.string(), received: z.number().int(), completed: z.number().int(), decided: z.number().int(), onTimeRate: Rate })),
    names: z.object({ townships: z.record(z.string(), Names), offices: z.record(z.string(), Names), items: z.record(z.string(), Names) }),
  })
  .openapi('CountyDashboard');

export const DrillDownSchema = z
  .object({
    items: z.array(
      CaseListEntrySchema.extend({
        handlingOfficeId: z.string(),
        card: z.enum(CARDS),
        workingDaysOverdue: z.number().int().optional(),
        workingDaysLeft: z.number().int().optional(),
        suspended: z.boolean().optional(),
      }),
    ),
    total: z.number().int().openapi({ description: 'Open cases matching, before the limit' }),
  })
  .openapi('CountyOpenCases');
