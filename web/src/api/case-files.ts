import type { ApiClient } from './client.js';

/** A material file of a case, opened: a short-lived signed URL and what it serves. */
export interface OpenedFile {
  url: string;
  name: string;
  contentType: string;
  /** Images and PDFs, which the page may show in place; everything else is a download. */
  previewable: boolean;
  expiresAt: string;
}

/** Asks for a signed URL to one material file of a case (the API logs each one it hands out). */
export function openCaseFile(api: ApiClient, caseId: string, fileId: string): Promise<OpenedFile> {
  return api.post<OpenedFile>(`/api/cases/${encodeURIComponent(caseId)}/files/${encodeURIComponent(fileId)}/open`);
}

/**
 * The file's bytes as a blob: URL of its detected type, for an in-page preview: the page's own
 * CSP allows blob: images and frames, and the file never runs as a document of our origin.
 */
export async function fetchAsObjectUrl(file: OpenedFile, fetchImpl: typeof fetch = fetch): Promise<string> {
  const response = await fetchImpl(file.url, { credentials: 'omit' });
  if (!response.ok) throw new Error(`file ${response.status}`);
  const blob = await response.blob();
  return URL.createObjectURL(new Blob([blob], { type: file.contentType }));
}
