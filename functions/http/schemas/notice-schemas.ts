import { z } from '@hono/zod-openapi';
import { SUSPENSION_PROCEDURES } from '../../core/case/case.js';
import { NOTICE_KINDS } from '../../use-cases/intake/get-notice.js';
import { CorrectionItemSchema, DueDatesSchema } from './case-view-schemas.js';

const Names = z.object({ 'zh-CN': z.string(), en: z.string() });

/**
 * GET /api/cases/{caseId}/notices/{kind}: a written notice as it was issued (受理通知书, 一次性告知书,
 * 不予受理通知书, suspension and extension notices). The fields after `issuedBy` depend on `kind`.
 */
export const NoticeSchema = z
  .object({
    kind: z.enum(NOTICE_KINDS),
    noticeNumber: z.string(),
    township: Names,
    caseNumber: z.string(),
    queryCode: z.string(),
    item: z.object({ code: z.string(), name: Names, promisedLimitDays: z.number().int(), legalLimitDays: z.number().int() }),
    applicantName: z.string(),
    receivedOn: z.string(),
    issuedAt: z.string(),
    issuedBy: z.string(),
    trackUrl: z.string().openapi({ description: 'The public progress page of the case' }),
    qrSvg: z.string().openapi({ description: 'QR code of `trackUrl`, as SVG' }),
    // acceptance
    acceptedOn: z.string().optional(),
    dueDates: DueDatesSchema.optional(),
    deemedAcceptedOnReceipt: z.boolean().optional(),
    deferred: z.array(z.object({ materialId: z.string(), name: Names.optional(), dueOn: z.string() })).optional(),
    // correction
    items: z.array(CorrectionItemSchema.extend({ materialName: Names.optional() })).optional(),
    round: z.number().int().optional(),
    // not-accepted
    reasons: z.array(z.string()).optional(),
    legalBasis: z.array(z.string()).optional(),
    remedies: z.string().optional(),
    // suspension
    procedure: z.enum(SUSPENSION_PROCEDURES).optional(),
    reason: z.string().optional(),
    start: z.string().optional(),
    expectedEnd: z.string().optional(),
    // extension
    workingDays: z.number().int().optional(),
    previousDueDates: DueDatesSchema.optional(),
  })
  .openapi('Notice');
export type Notice = z.infer<typeof NoticeSchema>;
