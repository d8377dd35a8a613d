import { z } from '@hono/zod-openapi';
import { ROLES } from '../../core/auth/principal.js';
import type { CaseAction } from '../../core/case/case-actions.js';
import { ACTION_NAMES } from '../../core/case/case-actions.js';
import type { ClockView } from '../../core/case/case-clock-view.js';
import { ACTOR_ROLES, type CaseEvent } from '../../core/case/case-event.js';
import { CASE_STATES } from '../../core/case/case-states.js';
import type { Case } from '../../core/case/case.js';
import { RATING_GRADES, SUSPENSION_PROCEDURES } from '../../core/case/case.js';
import { WORK_QUEUES } from '../../core/case/work-queue.js';

/*
 * What the case endpoints answer, as zod schemas: the OpenAPI document is generated from them, the
 * route handlers are type-checked against them, and the web client takes its types from them
 * (type-only). The `Same<…>` checks at the bottom fail `tsc -p .` when the core's types and these
 * schemas drift apart, in either direction.
 */

const DateOnly = z.string().openapi({ format: 'date', example: '2026-03-20' });
const DateTime = z.string().openapi({ format: 'date-time', example: '2026-03-20T09:30:00.000Z' });
const Names = z.object({ 'zh-CN': z.string(), en: z.string() }).openapi('LocalizedName');

export const CaseStateSchema = z.enum(CASE_STATES).openapi('CaseState', { description: 'Where the case stands in its procedure' });
export const CaseActionSchema = z.enum(ACTION_NAMES as [CaseAction, ...CaseAction[]]).openapi('CaseActionName');
export const CaseCardSchema = z
  .enum(['none', 'yellow', 'red', 'legal_breach'])
  .openapi('CaseCard', { description: 'Time-limit card: yellow = due soon, red = promised limit passed, legal_breach = legal limit passed' });
const PersonRef = z.object({ userId: z.string(), name: z.string() }).openapi('PersonRef');

export const CaseApplicantSchema = z
  .object({
    kind: z.enum(['person', 'business']),
    name: z.string(),
    idNumber: z.string().optional().openapi({ description: 'Resident ID (GB 11643); masked in lists and for the county' }),
    creditCode: z.string().optional().openapi({ description: 'Unified social credit code (GB 32100), businesses only' }),
    phone: z.string(),
    address: z.string().optional(),
  })
  .openapi('CaseApplicant');

export const DueDatesSchema = z
  .object({ promised: DateOnly, legal: DateOnly, provisional: z.boolean().openapi({ description: 'Counted through a year with no published calendar' }) })
  .openapi('DueDates');

export const UploadedFileSchema = z.object({ fileId: z.string(), name: z.string(), contentType: z.string(), size: z.number().int() }).openapi('UploadedFile');

export const CaseMaterialSchema = z
  .object({
    materialId: z.string(),
    files: z.array(UploadedFileSchema),
    originalChecked: z.object({ by: z.string(), at: DateTime }).optional().openapi({ description: 'Paper original checked at the counter' }),
    deferred: z
      .object({ dueOn: DateOnly, suppliedAt: DateTime.optional() })
      .optional()
      .openapi({ description: '容缺: accepted missing, to be supplied by `dueOn`' }),
  })
  .openapi('CaseMaterial');

export const CorrectionItemSchema = z
  .object({ materialId: z.string().optional(), fieldId: z.string().optional(), problem: z.string() })
  .openapi('CorrectionItem');

const Outcome = z.enum(['grant', 'refuse']);
const Limits = z
  .object({
    caseType: z.enum(['on_the_spot', 'promised']),
    promisedLimitDays: z.number().int(),
    legalLimitDays: z.number().int(),
    warningThresholdDays: z.number().int(),
    legalExtensionDays: z.number().int(),
  })
  .openapi('CaseLimits');

const Review = z
  .object({
    reviewer: PersonRef.extend({ takenAt: DateTime }).optional(),
    opinion: z.string().optional(),
    proposal: z.object({ outcome: Outcome, reasons: z.array(z.string()), legalBasis: z.array(z.string()), by: PersonRef, at: DateTime }).optional(),
  })
  .openapi('CaseReview');

const Suspension = z
  .object({
    procedure: z.enum(SUSPENSION_PROCEDURES),
    reason: z.string(),
    start: DateOnly,
    expectedEnd: DateOnly,
    end: DateOnly.optional(),
    by: PersonRef,
    at: DateTime,
  })
  .openapi('CaseSuspension');

const Extension = z
  .object({
    workingDays: z.number().int(),
    reason: z.string(),
    requestedBy: PersonRef,
    requestedAt: DateTime,
    status: z.enum(['requested', 'approved', 'refused']),
    decidedBy: PersonRef.optional(),
    decidedAt: DateTime.optional(),
    refusal: z.string().optional(),
  })
  .openapi('CaseExtension');

const Decision = z
  .object({
    outcome: Outcome,
    documentNumber: z.string(),
    verifyCode: z.string(),
    decidedAt: DateTime,
    decidedOn: DateOnly,
    by: PersonRef,
    issuer: z.object({ kind: z.enum(['township', 'county_department']), id: z.string() }),
    reasons: z.array(z.string()),
    legalBasis: z.array(z.string()),
    remedies: z.string().optional(),
    revoked: z.object({ at: DateTime, reason: z.string(), by: PersonRef }).optional(),
  })
  .openapi('CaseDecisionSummary');

const Rating = z
  .object({
    ratingId: z.string(),
    channel: z.enum(['online', 'counter']),
    grade: z.enum(RATING_GRADES),
    comment: z.string().optional(),
    at: DateTime,
    by: PersonRef,
    rectification: z
      .object({
        officeId: z.string(),
        dueOn: DateOnly,
        reply: z.object({ text: z.string(), contactedApplicant: z.boolean(), at: DateTime, by: PersonRef }).optional(),
      })
      .optional(),
    appeal: z
      .object({
        reason: z.string(),
        at: DateTime,
        by: PersonRef,
        status: z.enum(['pending', 'upheld', 'rejected']),
        decidedBy: PersonRef.optional(),
        decidedAt: DateTime.optional(),
        decision: z.string().optional(),
      })
      .optional(),
  })
  .openapi('CaseRating');

const Delivery = z
  .object({
    method: z.enum(['window', 'post', 'electronic']),
    at: DateTime,
    on: DateOnly,
    by: PersonRef,
    recipient: z.object({ kind: z.enum(['applicant', 'authorised']), name: z.string(), idChecked: z.boolean() }).optional(),
    carrier: z.string().optional(),
    trackingNumber: z.string().optional(),
  })
  .openapi('CaseDelivery');

const Reasoned = z.object({ reason: z.string(), at: DateTime, by: PersonRef });

/** The current snapshot of a case (its history is `events` in the case view). */
export const CaseSchema = z
  .object({
    caseId: z.string(),
    caseNumber: z.string().openapi({ description: 'The case number printed on notices' }),
    queryCode: z.string().openapi({ description: 'The code the applicant tracks the case with (no login)' }),
    countyId: z.string(),
    townshipId: z.string(),
    itemCode: z.string(),
    itemVersion: z.number().int(),
    handlingOfficeId: z.string(),
    decidingOfficeId: z.string(),
    route: z.enum(['township_decides', 'forward_to_county']).optional(),
    channel: z.enum(['online', 'counter', 'proxy']),
    applicant: CaseApplicantSchema,
    applicantUserId: z.string().optional(),
    filedBy: z.object({ userId: z.string(), role: z.enum(ROLES), name: z.string() }),
    proxyConsent: z
      .object({ method: z.enum(['signed_form', 'in_person', 'phone_call', 'video_call']), givenAt: DateTime, note: z.string().optional() })
      .optional(),
    variantAnswers: z.record(z.string(), z.string()),
    answers: z.record(z.string(), z.unknown()),
    overrides: z.array(z.object({ fieldId: z.string(), reason: z.string() })),
    materials: z.array(CaseMaterialSchema),
    state: CaseStateSchema,
    version: z.number().int().openapi({ description: 'Optimistic lock: send it back with every step on the case' }),
    receivedAt: DateTime,
    firstReceivedAt: DateTime.optional().openapi({ description: 'First submission, when a resubmission after a correction notice moved receivedAt' }),
    receivedOn: DateOnly,
    acceptedOn: DateOnly.optional(),
    deemedAccepted: z.boolean().optional(),
    dueDates: DueDatesSchema.optional(),
    card: CaseCardSchema.optional(),
    worstCard: CaseCardSchema.optional(),
    answerDueOn: DateOnly,
    preReviewDueOn: DateOnly.optional(),
    nextCheckOn: DateOnly.optional(),
    correction: z.object({ items: z.array(CorrectionItemSchema), issuedAt: DateTime, issuedBy: z.string(), round: z.number().int() }).optional(),
    notAccepted: z.object({ reasons: z.array(z.string()), legalBasis: z.array(z.string()), remedies: z.string(), decidedAt: DateTime }).optional(),
    itemName: Names.optional(),
    townshipName: Names.optional(),
    handlingOfficeName: Names.optional(),
    decidingOfficeName: Names.optional(),
    lang: z.enum(['zh-CN', 'en']).optional(),
    limits: Limits.optional(),
    review: Review.optional(),
    suspensions: z.array(Suspension).optional(),
    extension: Extension.optional(),
    infoRequests: z.array(z.object({ text: z.string(), at: DateTime, by: PersonRef })).optional(),
    forwarding: z.object({ forwardedAt: DateTime, forwardedOn: DateOnly, departmentId: z.string(), note: z.string().optional() }).optional(),
    clockStoppedOn: DateOnly.optional(),
    decision: Decision.optional(),
    termination: Reasoned.optional(),
    deliveryDueOn: DateOnly.optional(),
    delivery: Delivery.optional(),
    completedAt: DateTime.optional(),
    ratings: z.array(Rating).optional(),
    supervisionOrders: z.array(z.object({ orderId: z.string(), status: z.enum(['open', 'replied', 'closed', 'escalated']), replyDueOn: DateOnly })).optional(),
    returnedToCounter: Reasoned.optional(),
    lastEventSeq: z.number().int(),
    lastEventHash: z.string(),
    createdAt: DateTime,
    updatedAt: DateTime,
  })
  .openapi('Case');

const NoticeKindOfEvent = z.enum([
  'acceptance_notice',
  'correction_notice',
  'not_accepted_notice',
  'suspension_notice',
  'extension_notice',
  'information_request',
  'decision',
  'termination_notice',
  'delivery_receipt',
  'supervision_order',
  'material',
]);

/** One step of the case's hash-chained history (全程留痕). */
export const CaseEventSchema = z
  .object({
    caseId: z.string(),
    seq: z.number().int(),
    action: CaseActionSchema,
    at: DateTime,
    actor: z.object({ userId: z.string(), role: z.enum(ACTOR_ROLES), name: z.string() }),
    fromState: CaseStateSchema.nullable(),
    toState: CaseStateSchema,
    reason: z.string().optional(),
    documents: z.array(z.object({ kind: NoticeKindOfEvent, id: z.string() })).optional(),
    data: z.record(z.string(), z.unknown()).optional(),
    public: z.boolean().openapi({ description: 'Shown to the applicant' }),
    scope: z
      .object({ townshipId: z.string(), countyId: z.string() })
      .optional()
      .openapi({ description: 'Township and county of the case when the step was taken; inside the hash' }),
    prevHash: z.string(),
    hash: z.string(),
  })
  .openapi('CaseEvent');

/** The clock of an accepted case as read today. */
export const ClockViewSchema = z
  .object({
    acceptedOn: DateOnly,
    promisedDueDate: DateOnly,
    legalDueDate: DateOnly,
    promisedLimit: z.number().int(),
    legalLimit: z.number().int(),
    workingDaysUsed: z.number().int(),
    workingDaysLeft: z.number().int(),
    workingDaysOverdue: z.number().int(),
    suspended: z.boolean(),
    provisional: z.boolean(),
    card: CaseCardSchema,
    stoppedOn: DateOnly.optional(),
    forwardDueOn: DateOnly.optional(),
    explanation: Names,
  })
  .openapi('CaseClock');

/** GET /api/cases/{caseId}: the case, its history, what the caller may do now, and its clock. */
export const CaseViewSchema = z
  .object({
    case: CaseSchema,
    itemName: Names.optional(),
    events: z.array(CaseEventSchema).openapi({ description: 'Applicants see the public steps only' }),
    allowedActions: z.array(CaseActionSchema).openapi({ description: 'What the caller may do on the case now' }),
    clock: ClockViewSchema.optional().openapi({ description: 'Absent before acceptance' }),
  })
  .openapi('CaseView');

/** Every step on a case answers with the case after the step. */
export const CaseResultSchema = z.object({ case: CaseSchema }).openapi('CaseResult');

/** A case as lists show it: personal data masked. */
export const CaseListEntrySchema = z
  .object({
    caseId: z.string(),
    caseNumber: z.string(),
    itemCode: z.string(),
    itemVersion: z.number().int(),
    itemName: Names.optional(),
    townshipId: z.string(),
    channel: z.enum(['online', 'counter', 'proxy']),
    state: CaseStateSchema,
    version: z.number().int(),
    applicant: CaseApplicantSchema.openapi({ description: 'Masked' }),
    receivedAt: DateTime,
    answerDueOn: DateOnly,
    preReviewDueOn: DateOnly.optional(),
    acceptedOn: DateOnly.optional(),
    dueDates: DueDatesSchema.optional(),
  })
  .openapi('CaseListEntry');

export const CaseListSchema = z.object({ items: z.array(CaseListEntrySchema) }).openapi('CaseList');

/** One case in a back-office work queue, with its card read from the clock now. */
export const QueueEntrySchema = CaseListEntrySchema.extend({
  card: CaseCardSchema,
  workingDaysLeft: z.number().int().nullable().openapi({ description: 'Null before acceptance' }),
  suspended: z.boolean(),
  awaiting: z.enum(['decision', 'extension']).optional().openapi({ description: 'Sign queue: what the approver is asked to sign' }),
  reviewerName: z.string().optional(),
  extensionDays: z.number().int().optional().openapi({ description: 'Working days of a requested extension' }),
  delivery: z
    .object({ dueOn: DateOnly, workingDaysLeft: z.number().int(), card: z.enum(['none', 'yellow', 'red']) })
    .optional()
    .openapi({ description: 'Deliver queue: the §44 limit (10 working days from the decision), read on the calendar now' }),
  decision: z
    .object({ outcome: z.enum(['grant', 'refuse']), documentNumber: z.string(), decidedOn: DateOnly })
    .optional()
    .openapi({ description: 'Deliver queue: the decision to hand out' }),
  rectification: z
    .object({
      grade: z.enum(['very_satisfied', 'satisfied', 'basically_satisfied', 'dissatisfied', 'very_dissatisfied']),
      comment: z.string().optional(),
      ratedAt: DateTime,
      dueOn: DateOnly,
      overdue: z.boolean(),
    })
    .optional()
    .openapi({ description: 'Rectify queue: the poor rating to answer and its reply deadline (overdue read on the China date now)' }),
}).openapi('QueueEntry');

export const QueuePageSchema = z
  .object({ items: z.array(QueueEntrySchema), next: z.string().optional().openapi({ description: 'Cursor of the following page' }) })
  .openapi('QueuePage');

export const WorkQueueSchema = z.enum(WORK_QUEUES);

/** The decision in force as the lookup page shows it, with whether downloading it now delivers it. */
export const LookupDecisionSchema = z
  .object({
    outcome: z.enum(['grant', 'refuse']),
    documentNumber: z.string(),
    decidedOn: DateOnly,
    issuer: Names.optional().openapi({ description: 'The township, or the county department of a forwarded item, under whose seal it was decided' }),
    verifyCode: z.string().openapi({ description: 'Opens the public verification page /verify/{verifyCode}' }),
    receiveNow: z.boolean().openapi({
      description:
        'Downloading the decision now (POST /api/cases/lookup/decision) counts as receiving it: the electronic delivery is recorded and the case completes',
    }),
    delivery: z
      .object({ method: z.enum(['window', 'post', 'electronic']), on: DateOnly })
      .optional()
      .openapi({ description: 'How and when the result went out, once it has' }),
  })
  .openapi('LookupDecision');

/** GET /api/cases/lookup: what anyone with the query code and the phone's last 4 digits may see. */
export const ProgressSchema = z
  .object({
    caseNumber: z.string(),
    itemCode: z.string(),
    itemName: Names.optional(),
    townshipId: z.string(),
    applicantName: z.string().openapi({ description: 'Masked' }),
    state: CaseStateSchema,
    receivedOn: DateOnly,
    acceptedOn: DateOnly.optional(),
    dueDates: DueDatesSchema.optional(),
    correction: z.object({ items: z.array(CorrectionItemSchema), issuedAt: DateTime }).optional(),
    steps: z.array(z.object({ seq: z.number().int(), action: CaseActionSchema, at: DateTime, toState: CaseStateSchema })),
    decision: LookupDecisionSchema.optional().openapi({ description: 'The decision in force, once there is one (none while undecided or once set aside)' }),
  })
  .openapi('CaseProgress');

/** GET /api/cases/{caseId}/audit. */
export const AuditVerdictSchema = z
  .object({
    caseId: z.string(),
    caseNumber: z.string(),
    verdict: z.union([
      z.object({ ok: z.literal(true), events: z.number().int() }),
      z.object({
        ok: z.literal(false),
        seq: z.number().int(),
        problem: z.enum(['edited', 'broken_link', 'missing_or_reordered', 'tail_missing', 'foreign_event', 'foreign_scope', 'rewritten']),
      }),
    ]),
    anchor: z
      .object({
        anchoredHeads: z.number().int().optional(),
        invalidDigests: z.number().int(),
        lastAnchoredDay: z.string().optional(),
      })
      .optional()
      .openapi({ description: "How the chain compares with the county's signed daily anchors kept outside the table" }),
    checkedAt: DateTime,
  })
  .openapi('AuditVerdict');

/* Drift checks: each fails type-checking when the core's type and the schema no longer describe the same shape. */
type Same<A, B> = [A] extends [B] ? ([B] extends [A] ? true : false) : false;
export const caseSchemaMatchesCore: Same<z.infer<typeof CaseSchema>, Case> = true;
export const eventSchemaMatchesCore: Same<z.infer<typeof CaseEventSchema>, CaseEvent> = true;
export const clockSchemaMatchesCore: Same<z.infer<typeof ClockViewSchema>, ClockView> = true;

export type CaseView = z.infer<typeof CaseViewSchema>;
export type CaseListEntry = z.infer<typeof CaseListEntrySchema>;
export type QueueEntry = z.infer<typeof QueueEntrySchema>;
export type QueuePage = z.infer<typeof QueuePageSchema>;
export type CaseProgress = z.infer<typeof ProgressSchema>;
export type LookupDecision = z.infer<typeof LookupDecisionSchema>;
export type AuditVerdict = z.infer<typeof AuditVerdictSchema>;
