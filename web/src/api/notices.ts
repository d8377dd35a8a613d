import type { Notice } from '../../../functions/http/schemas/notice-schemas.js';
import type { ApiClient } from './client.js';

/** The written notices of a case, as they appear in the URL and the API: intake's three, then the clock's two. */
export const NOTICE_KINDS = ['acceptance', 'correction', 'not-accepted', 'suspension', 'extension'] as const;
export type NoticeKind = (typeof NOTICE_KINDS)[number];

export function isNoticeKind(value: unknown): value is NoticeKind {
  return typeof value === 'string' && (NOTICE_KINDS as readonly string[]).includes(value);
}

/** A notice's content as the API issued it (taken from the event that issued it, so reprints match): the server's schema. */
export type NoticeContent = Notice & { kind: NoticeKind };

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
