import { z } from '@hono/zod-openapi';
import { RATING_GRADES, SUSPENSION_PROCEDURES } from '../../core/case/case.js';
import { IsoDateSchema } from '../../core/calendar/iso-date-schema.js';
import { WORK_QUEUES } from '../../core/case/work-queue.js';

const Version = z.number().int().min(1);
const Text = (max: number) => z.string().trim().min(1, { message: 'field.required' }).max(max);
const Lines = (message: string) => z.array(Text(500)).max(20).default([]).openapi({ description: message });
const Outcome = z.enum(['grant', 'refuse']);

export const VersionOnlySchema = z.object({ version: Version }).openapi('CaseVersion');
export const ReasonSchema = z.object({ version: Version, reason: Text(1000) }).openapi('CaseReason');
export const OpinionSchema = z.object({ version: Version, opinion: Text(2000) }).openapi('ReviewOpinion');
export const InfoRequestSchema = z.object({ version: Version, text: Text(2000) }).openapi('InformationRequest');
export const ForwardSchema = z.object({ version: Version, note: z.string().trim().max(1000).optional() }).openapi('ForwardCase');

export const ProposalSchema = z
  .object({ version: Version, outcome: Outcome, reasons: Lines('Reasons (required for a refusal)'), legalBasis: Lines('Legal basis') })
  .openapi('ProposeDecision');

export const DecisionSchema = z
  .object({
    version: Version,
    outcome: Outcome,
    reasons: Lines('Grounds of the decision (required for a refusal)'),
    legalBasis: Lines('Legal basis'),
    remedies: z.string().trim().max(1000).optional().openapi({ description: 'Refusals: administrative reconsideration and lawsuit' }),
  })
  .openapi('DecideCase');

export const SuspendSchema = z
  .object({
    version: Version,
    procedure: z.enum(SUSPENSION_PROCEDURES),
    reason: Text(1000),
    start: IsoDateSchema,
    expectedEnd: IsoDateSchema,
  })
  .openapi('SuspendCase');

export const ResumeSchema = z.object({ version: Version, lastPausedDay: IsoDateSchema.optional() }).openapi('ResumeCase');

export const ExtensionRequestSchema = z
  .object({ version: Version, workingDays: z.number().int().min(1).max(60), reason: Text(1000) })
  .openapi('RequestExtension');

export const QueueParamSchema = z.object({ queue: z.enum(WORK_QUEUES) });
export const QueueQuerySchema = z.object({
  item: z.string().trim().min(1).max(40).optional(),
  card: z.enum(['none', 'yellow', 'red', 'legal_breach']).optional(),
  cursor: z.string().max(2000).optional(),
  limit: z.coerce.number().int().min(1).max(100).optional(),
});

const DeliveredOn = IsoDateSchema.optional().openapi({ description: 'Day handed over or posted (China date), from the decision day to today; default today' });

export const DeliverSchema = z
  .discriminatedUnion('method', [
    z.object({
      version: Version,
      method: z.literal('window'),
      recipient: z.object({ kind: z.enum(['applicant', 'authorised']), name: Text(100), idChecked: z.boolean() }),
      on: DeliveredOn,
    }),
    z.object({ version: Version, method: z.literal('post'), carrier: Text(100), trackingNumber: Text(60), on: DeliveredOn }),
  ])
  .openapi('DeliverResult');

export const RatingSchema = z
  .object({ version: Version, grade: z.enum(RATING_GRADES), comment: z.string().trim().max(1000).optional() })
  .openapi('RateService');

export const RectificationReplySchema = z.object({ version: Version, text: Text(2000), contactedApplicant: z.boolean() }).openapi('RectificationReply');

export const AppealDecisionSchema = z.object({ version: Version, upheld: z.boolean(), decision: Text(1000) }).openapi('AppealDecision');
