import type { Role } from '../auth/principal.js';
import type { CaseState } from './case-states.js';

export type Channel = 'online' | 'counter' | 'proxy';

/** The person or business the case is for. Sensitive: mask wherever the full value is not needed. */
export interface Applicant {
  kind: 'person' | 'business';
  name: string;
  /** 18-character resident ID (GB 11643); for a business, its legal representative's. */
  idNumber?: string;
  /** Unified social credit code (GB 32100), businesses only. */
  creditCode?: string;
  phone: string;
  address?: string;
}

/** How a village proxy recorded the resident's consent to apply for them (帮办代办). */
export interface ProxyConsent {
  method: 'signed_form' | 'in_person' | 'phone_call' | 'video_call';
  /** When the resident gave consent (ISO date-time). */
  givenAt: string;
  note?: string;
}

export interface UploadedFile {
  fileId: string;
  name: string;
  contentType: string;
  size: number;
}

/** One material of the item's checklist as it stands on this case. */
export interface CaseMaterial {
  materialId: string;
  files: UploadedFile[];
  /** Paper original checked at the counter. */
  originalChecked?: { by: string; at: string };
  /** 容缺: accepted missing, with the applicant's commitment to supply it by this date. */
  deferred?: { dueOn: string; suppliedAt?: string };
}

/** One thing the one-time correction notice asks for. */
export interface CorrectionItem {
  /** The material or form field concerned, when there is one. */
  materialId?: string;
  fieldId?: string;
  problem: string;
}

/** none / yellow (due soon) / red (promised limit passed) / legal_breach (legal limit passed). */
export type CaseCard = 'none' | 'yellow' | 'red' | 'legal_breach';

export interface DueDates {
  promised: string;
  legal: string;
  provisional: boolean;
}

/** A person who did something on the case, as the case records them. */
export interface PersonRef {
  userId: string;
  name: string;
}

/** The special procedures of 行政许可法 §45 that pause the clock (names in clock/suspension-reasons.ts). */
export const SUSPENSION_PROCEDURES = ['hearing', 'auction', 'inspection', 'expert_review', 'public_notice', 'site_survey', 'other'] as const;
export type SuspensionProcedure = (typeof SUSPENSION_PROCEDURES)[number];

/** One suspension (挂起): the days `start`–`end` inclusive are not counted; open while `end` is absent. */
export interface CaseSuspension {
  procedure: SuspensionProcedure;
  reason: string;
  start: string;
  expectedEnd: string;
  end?: string;
  by: PersonRef;
  at: string;
}

/** The one extension (延期) a case may have (§42): requested by the reviewer, decided by the approver. */
export interface CaseExtension {
  workingDays: number;
  reason: string;
  requestedBy: PersonRef;
  requestedAt: string;
  status: 'requested' | 'approved' | 'refused';
  decidedBy?: PersonRef;
  decidedAt?: string;
  refusal?: string;
}

export type DecisionOutcome = 'grant' | 'refuse';

/** The back office's work on the case: who reviews it, their opinion and proposed decision. */
export interface CaseReview {
  reviewer?: PersonRef & { takenAt: string };
  opinion?: string;
  proposal?: { outcome: DecisionOutcome; reasons: string[]; legalBasis: string[]; by: PersonRef; at: string };
}

/** The decision, sealed by the township's one seal or returned by the county department. */
export interface CaseDecision {
  outcome: DecisionOutcome;
  documentNumber: string;
  verifyCode: string;
  decidedAt: string;
  decidedOn: string;
  by: PersonRef;
  issuer: { kind: 'township' | 'county_department'; id: string };
  reasons: string[];
  legalBasis: string[];
  remedies?: string;
  revoked?: { at: string; reason: string; by: PersonRef };
}

/** The five national grades (国办发〔2019〕51号), best first; the last two are 差评. */
export const RATING_GRADES = ['very_satisfied', 'satisfied', 'basically_satisfied', 'dissatisfied', 'very_dissatisfied'] as const;
export type RatingGrade = (typeof RATING_GRADES)[number];
export const POOR_GRADES: readonly RatingGrade[] = ['dissatisfied', 'very_dissatisfied'];

/** One rating: once per case and channel ("一事一评" online, "一次一评" at the counter), never edited. */
export interface CaseRating {
  ratingId: string;
  channel: 'online' | 'counter';
  grade: RatingGrade;
  comment?: string;
  at: string;
  by: PersonRef;
  /** A poor rating opens a rectification task (整改) for the responsible office. */
  rectification?: { officeId: string; dueOn: string; reply?: { text: string; contactedApplicant: boolean; at: string; by: PersonRef } };
  /** The office may appeal a mistaken or abusive rating; the county decides. */
  appeal?: {
    reason: string;
    at: string;
    by: PersonRef;
    status: 'pending' | 'upheld' | 'rejected';
    decidedBy?: PersonRef;
    decidedAt?: string;
    decision?: string;
  };
}

/** How the result went out (送达): at the window, by post, or electronically. */
export interface CaseDelivery {
  method: 'window' | 'post' | 'electronic';
  at: string;
  on: string;
  by: PersonRef;
  recipient?: { kind: 'applicant' | 'authorised'; name: string; idChecked: boolean };
  carrier?: string;
  trackingNumber?: string;
}

/** A supervision order (督办单) as the case carries it; the order itself is its own record. */
export interface CaseSupervision {
  orderId: string;
  status: 'open' | 'replied' | 'closed' | 'escalated';
  replyDueOn: string;
}

/** The item version's limits, kept on the case when it is created (versions never change). */
export interface CaseLimits {
  caseType: 'on_the_spot' | 'promised';
  promisedLimitDays: number;
  legalLimitDays: number;
  warningThresholdDays: number;
  /** Most working days one extension may add (§42: 10 unless a law says otherwise). */
  legalExtensionDays: number;
}

/** The current snapshot of a case; its history is the event chain. */
export interface Case {
  caseId: string;
  caseNumber: string;
  queryCode: string;
  countyId: string;
  townshipId: string;
  itemCode: string;
  itemVersion: number;
  /** Office the case is routed to once accepted. */
  handlingOfficeId: string;
  /** Who decides: the township's approval office, or the county department a forwarded item goes to. */
  decidingOfficeId: string;
  /** Decided in the township under its one seal, or reviewed and forwarded to the county (审核转报). */
  route?: 'township_decides' | 'forward_to_county';
  channel: Channel;
  applicant: Applicant;
  /** The resident account that owns the case (online), when there is one. */
  applicantUserId?: string;
  /** Proxy or clerk who filed it for the applicant. */
  filedBy: { userId: string; role: Role; name: string };
  proxyConsent?: ProxyConsent;
  variantAnswers: Record<string, string>;
  answers: Record<string, unknown>;
  overrides: { fieldId: string; reason: string }[];
  /** Taken in although the same applicant had an open application for the item: which, and why (counter only). */
  duplicateOf?: { caseId: string; caseNumber: string; reason: string };
  materials: CaseMaterial[];
  state: CaseState;
  /** Optimistic-lock counter; every write is conditional on it. */
  version: number;
  /** When the application was (last) received: the correction-notice limit runs from here. */
  receivedAt: string;
  /** When it was first submitted, kept once a resubmission (after a correction notice) moves `receivedAt`. */
  firstReceivedAt?: string;
  receivedOn: string;
  /** Day the case counts as accepted; the clock starts the day after. */
  acceptedOn?: string;
  /** True when acceptance was deemed because the correction notice limit was missed. */
  deemedAccepted?: boolean;
  dueDates?: DueDates;
  /** Time-limit card as last computed by the sweep; `worstCard` never goes back (on-time statistics). */
  card?: CaseCard;
  worstCard?: CaseCard;
  /** Latest deadline for the counter to answer (correction notice limit, 5 working days). */
  answerDueOn: string;
  /** Online and proxy applications: pre-review is overdue after this date. */
  preReviewDueOn?: string;
  /** Next date the deadline sweep looks at the case; absent while nothing can change. */
  nextCheckOn?: string;
  /** Step limits the sweep found overdue, each recorded once (`limit_flagged`): keys of case-limits.ts. */
  flaggedLimits?: string[];
  correction?: { items: CorrectionItem[]; issuedAt: string; issuedBy: string; round: number };
  notAccepted?: { reasons: string[]; legalBasis: string[]; remedies: string; decidedAt: string };
  /** The item's name, kept so lists never look it up. */
  itemName?: { 'zh-CN': string; en: string };
  /** The township's and the two offices' names as on the day the case was created, kept for the same reason. */
  townshipName?: { 'zh-CN': string; en: string };
  handlingOfficeName?: { 'zh-CN': string; en: string };
  decidingOfficeName?: { 'zh-CN': string; en: string };
  limits?: CaseLimits;
  review?: CaseReview;
  suspensions?: CaseSuspension[];
  extension?: CaseExtension;
  /** Requests for additional information sent to the applicant during review. */
  infoRequests?: { text: string; at: string; by: PersonRef }[];
  /** 转报: when the township forwarded the case, and the §43 limit it had for that. */
  forwarding?: { forwardedAt: string; forwardedOn: string; departmentId: string; note?: string };
  /** The day the clock stopped (decision, termination, withdrawal); it is read as of that day. */
  clockStoppedOn?: string;
  decision?: CaseDecision;
  termination?: { reason: string; at: string; by: PersonRef };
  /** §44: the result must go out within 10 working days of the decision. */
  deliveryDueOn?: string;
  delivery?: CaseDelivery;
  completedAt?: string;
  ratings?: CaseRating[];
  supervisionOrders?: CaseSupervision[];
  /** The back office sent the case back to the counter (its acceptance is undone, on the record). */
  returnedToCounter?: { reason: string; at: string; by: PersonRef };
  /** The language the applicant chose when applying; messages to them use it (zh-CN when absent). */
  lang?: 'zh-CN' | 'en';
  lastEventSeq: number;
  lastEventHash: string;
  createdAt: string;
  updatedAt: string;
}
