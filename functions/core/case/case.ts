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
  materials: CaseMaterial[];
  state: CaseState;
  /** Optimistic-lock counter; every write is conditional on it. */
  version: number;
  /** When the application was (last) received: the correction-notice limit runs from here. */
  receivedAt: string;
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
  correction?: { items: CorrectionItem[]; issuedAt: string; issuedBy: string; round: number };
  notAccepted?: { reasons: string[]; legalBasis: string[]; remedies: string; decidedAt: string };
  lastEventSeq: number;
  lastEventHash: string;
  createdAt: string;
  updatedAt: string;
}
