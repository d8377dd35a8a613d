import { z } from '@hono/zod-openapi';
import { IsoDateSchema } from '../../core/calendar/iso-date-schema.js';
import { SUPERVISION_GROUNDS, SUPERVISION_REPLY_DAYS } from '../../core/supervision/supervision-order.js';

const Version = z.number().int().min(1);
const Text = (max: number) => z.string().trim().min(1, { message: 'field.required' }).max(max);

export const IssueSupervisionSchema = z
  .object({
    version: Version,
    ground: z.enum(SUPERVISION_GROUNDS),
    instructions: Text(2000),
    replyDays: z.number().int().min(SUPERVISION_REPLY_DAYS.min).max(SUPERVISION_REPLY_DAYS.max).default(SUPERVISION_REPLY_DAYS.default),
  })
  .openapi('IssueSupervisionOrder');

export const ReplySupervisionSchema = z
  .object({ version: Version, whatHappened: Text(2000), measures: Text(2000), byDate: IsoDateSchema })
  .openapi('ReplySupervisionOrder');

export const ConcludeSupervisionSchema = z.object({ version: Version, note: Text(1000) }).openapi('ConcludeSupervisionOrder');

export const SupervisionListQuery = z.object({
  status: z.string().optional().openapi({ description: 'Comma-separated: open, replied, closed, escalated' }),
  overdue: z.enum(['true', 'false']).optional(),
  cursor: z.string().max(2000).optional(),
  limit: z.coerce.number().int().min(1).max(100).optional(),
});
