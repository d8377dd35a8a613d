import type { Case, CaseMaterial, CorrectionItem, DueDates, ProxyConsent, UploadedFile } from '../../../functions/core/case/case.js';
import type { CaseState } from '../../../functions/core/case/case-states.js';
import type { BilingualText } from '../../../functions/core/catalogue/bilingual.js';
import type { FormField } from '../../../functions/core/catalogue/form-field.js';
import type { ItemVersion } from '../../../functions/core/catalogue/item-version.js';
import type { Material } from '../../../functions/core/catalogue/material.js';
import type { SituationQuestion } from '../../../functions/core/catalogue/situation.js';
import type {
  CaseListEntry as CaseListEntryOfServer,
  CaseListSchema,
  CaseProgress,
  CaseResultSchema,
  CaseView,
} from '../../../functions/http/schemas/case-view-schemas.js';
import type { Notice } from '../../../functions/http/schemas/notice-schemas.js';
import type { ResubmitSchema, SubmitSchema, WithdrawSchema } from '../../../functions/http/schemas/case-schemas.js';
import type { z } from '@hono/zod-openapi';
import { ApiError } from './api-error.js';
import type { ApiClient } from './client.js';

// The shapes are the server's own types (type-only imports: nothing of functions/ is bundled).
export type {
  BilingualText,
  Case,
  CaseMaterial,
  CaseState,
  CorrectionItem,
  DueDates,
  FormField,
  ItemVersion,
  Material,
  ProxyConsent,
  SituationQuestion,
  UploadedFile,
};

const sig = (signal?: AbortSignal) => (signal ? { signal } : {});
const enc = encodeURIComponent;

/** An item of the list a township offers, as `GET /api/catalogue/items?township=` sends it. */
export interface OfferedItem {
  code: string;
  name: BilingualText;
  keywords: string[];
  /** Pinyin of the name and keywords, computed by the server when the item was saved. */
  search?: { pinyin: string[]; initials: string[] };
  category: ItemVersion['category'];
  caseType: ItemVersion['caseType'];
  promisedLimitDays: number;
  legalLimitDays: number;
  feeFen: number;
  offered?: boolean;
}

/** The items a township takes in today (those it does not offer are left out). */
export async function listOfferedItems(api: ApiClient, townshipId: string, signal?: AbortSignal): Promise<OfferedItem[]> {
  const body = await api.get<{ items?: OfferedItem[] }>('/api/catalogue/items', { query: { township: townshipId }, ...sig(signal) });
  return (body?.items ?? []).filter((item) => item.offered !== false);
}

/** One item as in force today (or a given version: a case keeps its own), with every field, material and question. */
export async function getItem(api: ApiClient, code: string, signal?: AbortSignal, version?: number): Promise<ItemVersion> {
  const query = version !== undefined ? { query: { version: String(version) } } : {};
  const body = await api.get<{ item: ItemVersion }>(`/api/catalogue/items/${enc(code)}`, { ...query, ...sig(signal) });
  return body.item;
}

/** The exact checklist for one applicant's situation. */
export interface Checklist {
  version: number;
  questions: SituationQuestion[];
  variants: { id: string; name: BilingualText }[];
  materials: Material[];
  conditions: BilingualText[];
  answers: Record<string, string>;
}

/**
 * The materials and conditions for these situation answers. The catalogue names its issues
 * `answers.<questionId>`; they are renamed `variantAnswers.<questionId>`, as a case submission
 * names them, so a form shows both at the same question.
 */
export async function getChecklist(
  api: ApiClient,
  code: string,
  variantAnswers: Record<string, string>,
  signal?: AbortSignal,
  version?: number,
): Promise<Checklist> {
  const query = version !== undefined ? { query: { version: String(version) } } : {};
  try {
    return await api.post<Checklist>(`/api/catalogue/items/${enc(code)}/checklist`, { answers: variantAnswers }, { ...query, ...sig(signal) });
  } catch (error) {
    throw renameIssues(error, 'answers.', 'variantAnswers.');
  }
}

/** Checks form answers on the server (ID and credit-code checksums included); 400 names `answers.<fieldId>`. */
export async function validateAnswers(api: ApiClient, code: string, answers: Record<string, unknown>, signal?: AbortSignal): Promise<void> {
  await api.post(`/api/catalogue/items/${enc(code)}/validate`, { answers }, sig(signal));
}

/** Where to PUT a file's bytes. */
export interface UploadTicket {
  fileId: string;
  uploadUrl: string;
  method: 'PUT';
  headers: Record<string, string>;
  expiresAt: string;
}

/** Progress of one upload, 0 to 1. */
export type UploadProgress = (fraction: number) => void;

/**
 * Uploads one file: asks for a ticket, then PUTs the bytes where it says (a same-origin path
 * locally, a presigned S3 URL in AWS, which must not get the bearer token). XHR rather than
 * fetch because only XHR reports upload progress.
 */
export async function uploadFile(api: ApiClient, file: File, options: { onProgress?: UploadProgress; signal?: AbortSignal } = {}): Promise<UploadedFile> {
  const contentType = contentTypeOf(file);
  const ticket = await api.post<UploadTicket>('/api/files/uploads', { name: file.name, contentType, size: file.size }, sig(options.signal));
  // A same-origin upload URL (the embedded server) is bound to its uploader: it takes the bearer
  // token. A presigned S3 URL must not get it.
  const bearer = ticket.uploadUrl.startsWith('/') ? api.bearer?.() : undefined;
  await putBytes(ticket, file, { ...options, ...(bearer ? { bearer } : {}) });
  return { fileId: ticket.fileId, name: file.name, contentType, size: file.size };
}

/** The file's MIME type, or a generic one the server accepts when the browser does not know it (.dwg). */
export function contentTypeOf(file: Pick<File, 'type'>): string {
  return /^[a-z]+\/[a-z0-9.+-]+$/.test(file.type) ? file.type : 'application/octet-stream';
}

function putBytes(ticket: UploadTicket, file: File, options: { onProgress?: UploadProgress; signal?: AbortSignal; bearer?: string }): Promise<void> {
  return new Promise((resolve, reject) => {
    const xhr = new XMLHttpRequest();
    xhr.open(ticket.method, ticket.uploadUrl);
    for (const [name, value] of Object.entries(ticket.headers)) xhr.setRequestHeader(name, value);
    if (options.bearer) xhr.setRequestHeader('authorization', `Bearer ${options.bearer}`);
    xhr.upload.onprogress = (event) => {
      if (event.lengthComputable) options.onProgress?.(event.loaded / event.total);
    };
    xhr.onload = () => (xhr.status >= 200 && xhr.status < 300 ? resolve() : reject(new ApiError(xhr.status, `HTTP_${xhr.status}`, '')));
    xhr.onerror = () => reject(new ApiError(0, 'NETWORK_ERROR', ''));
    xhr.onabort = () => reject(new DOMException('aborted', 'AbortError'));
    options.signal?.addEventListener('abort', () => xhr.abort(), { once: true });
    xhr.send(file);
  });
}

/** What `POST /api/cases` takes from a resident or a village proxy. */
export interface SubmitBody {
  itemCode: string;
  townshipId: string;
  variantAnswers: Record<string, string>;
  answers: Record<string, unknown>;
  materials: { materialId: string; fileIds: string[] }[];
  proxyConsent?: ProxyConsent;
}

/** Submits an application; `idempotencyKey` makes a retry (double click, lost answer) return the same case. */
export async function submitApplication(api: ApiClient, body: SubmitBody, idempotencyKey: string): Promise<Case> {
  // An open application of the same person for the item comes back as 409 DUPLICATE_APPLICATION, naming its case number.
  const result = await api.post<z.infer<typeof CaseResultSchema>>('/api/cases', { ...body, checkDuplicate: true } satisfies z.input<typeof SubmitSchema>, {
    headers: { 'idempotency-key': idempotencyKey },
  });
  return result.case;
}

/** A case as lists show it (personal data masked): the server's schema. */
export type CaseListEntry = CaseListEntryOfServer;

/** The signed-in resident's own cases, or the cases a village proxy filed. */
export async function listMyCases(api: ApiClient, signal?: AbortSignal): Promise<CaseListEntry[]> {
  const body = await api.get<z.infer<typeof CaseListSchema>>('/api/cases', { query: { limit: '100' }, ...sig(signal) });
  return body?.items ?? [];
}

/** One step of a case as the applicant sees it (the public steps of the history). */
export type CaseStep = CaseProgress['steps'][number] & { reason?: string };

/** A case with its item's name, its public steps and what the applicant may do now: the server's schema. */
export type CaseDetail = CaseView;

export async function getCase(api: ApiClient, caseId: string, signal?: AbortSignal): Promise<CaseDetail> {
  return api.get<CaseDetail>(`/api/cases/${enc(caseId)}`, sig(signal));
}

/** Answers a correction notice; `version` is the case version the applicant saw (409 if it moved). */
export async function resubmitApplication(api: ApiClient, caseId: string, body: z.input<typeof ResubmitSchema>, idempotencyKey: string): Promise<Case> {
  const result = await api.post<z.infer<typeof CaseResultSchema>>(`/api/cases/${enc(caseId)}/resubmit`, body, {
    headers: { 'idempotency-key': idempotencyKey },
  });
  return result.case;
}

/** Withdraws an application before a decision. */
export async function withdrawApplication(api: ApiClient, caseId: string, version: number, reason: string): Promise<Case> {
  const result = await api.post<z.infer<typeof CaseResultSchema>>(`/api/cases/${enc(caseId)}/withdraw`, { version, reason } satisfies z.input<
    typeof WithdrawSchema
  >);
  return result.case;
}

/** Every material an item version may ask for: its own and those its variants add. */
export function allMaterialsOf(item: Pick<ItemVersion, 'materials' | 'variants'>): Material[] {
  return [...item.materials, ...item.variants.flatMap((v) => v.extraMaterials)];
}

/** The written notices a case can have. */
export const NOTICE_KINDS = ['acceptance', 'correction', 'not-accepted'] as const;
export type NoticeKind = (typeof NOTICE_KINDS)[number];

/** Where a notice is printed (the counter's print pages). */
export const noticePath = (caseId: string, kind: NoticeKind) => `/notices/${enc(caseId)}/${kind}`;

/** A notice's content, as `GET /api/cases/:id/notices/:kind` sends it: the server's schema. */
export type NoticeContent = Notice;

export async function getNotice(api: ApiClient, caseId: string, kind: NoticeKind, signal?: AbortSignal): Promise<NoticeContent> {
  return api.get<NoticeContent>(`/api/cases/${enc(caseId)}/notices/${kind}`, sig(signal));
}

/** What anyone with the query code and the phone's last 4 digits sees: no personal data but a masked name (the server's schema). */
export type { CaseProgress };

/** Looks a case up without signing in. A wrong code or phone is a 404, told apart from other failures by `status`. */
export async function lookupProgress(api: ApiClient, query: { code: string; phoneLast4: string }, signal?: AbortSignal): Promise<CaseProgress> {
  return api.get<CaseProgress>('/api/cases/lookup', { query: { code: query.code, phoneLast4: query.phoneLast4 }, anonymous: true, ...sig(signal) });
}

function renameIssues(error: unknown, from: string, to: string): unknown {
  if (!(error instanceof ApiError) || error.issues.length === 0) return error;
  const issues = error.issues.map((i) => (i.path.startsWith(from) ? { ...i, path: to + i.path.slice(from.length) } : i));
  return new ApiError(error.status, error.code, error.message, error.requestId, issues);
}
