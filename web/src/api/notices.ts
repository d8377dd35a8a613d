import type { BilingualText } from '../../../functions/core/catalogue/bilingual.js';
import type { ApiClient } from './client.js';

/** The written notices of a case, as they appear in the URL and the API: intake's three, then the clock's two. */
export const NOTICE_KINDS = ['acceptance', 'correction', 'not-accepted', 'suspension', 'extension'] as const;
export type NoticeKind = (typeof NOTICE_KINDS)[number];

export function isNoticeKind(value: unknown): value is NoticeKind {
  return typeof value === 'string' && (NOTICE_KINDS as readonly string[]).includes(value);
}

/** A notice's content as the API issued it (taken from the event that issued it, so reprints match). */
export interface NoticeContent {
  kind: NoticeKind;
  noticeNumber: string;
  township: BilingualText;
  caseNumber: string;
  queryCode: string;
  item: { code: string; name: BilingualText; promisedLimitDays: number; legalLimitDays: number };
  applicantName: string;
  receivedOn: string;
  issuedAt: string;
  issuedBy: string;
  trackUrl: string;
  /** The tracking link as an SVG QR code, drawn by our own server. */
  qrSvg: string;
  acceptedOn?: string;
  dueDates?: { promised: string; legal: string; provisional: boolean };
  deemedAcceptedOnReceipt?: boolean;
  deferred?: { materialId: string; name?: BilingualText; dueOn: string }[];
  items?: { materialId?: string; materialName?: BilingualText; fieldId?: string; problem: string }[];
  round?: number;
  reasons?: string[];
  legalBasis?: string[];
  remedies?: string;
  /** Suspension (§45) and extension (§42) notices: why. */
  reason?: string;
  /** Suspension notice: the special procedure and its days. */
  procedure?: string;
  start?: string;
  expectedEnd?: string;
  /** Extension notice: the working days added; `dueDates` are then the new due dates, these the ones before. */
  workingDays?: number;
  previousDueDates?: { promised: string; legal: string; provisional: boolean };
}

/** A notice of a case the user may read (the clerk of its township, the applicant who owns it). */
export function getNotice(api: ApiClient, caseId: string, kind: NoticeKind, signal?: AbortSignal): Promise<NoticeContent> {
  return api.get<NoticeContent>(`/api/cases/${encodeURIComponent(caseId)}/notices/${kind}`, signal ? { signal } : {});
}

/**
 * The QR code's markup if it is what our server draws (an `<svg>` with no script or handlers),
 * else undefined; the notice then shows the query code as text only.
 */
export function safeQrSvg(svg: unknown): string | undefined {
  if (typeof svg !== 'string') return undefined;
  const text = svg.trim();
  if (!text.startsWith('<svg') || !text.endsWith('</svg>')) return undefined;
  if (/<script|<foreignObject|\son\w+\s*=|javascript:|<iframe|<image|href\s*=/i.test(text)) return undefined;
  return text;
}
