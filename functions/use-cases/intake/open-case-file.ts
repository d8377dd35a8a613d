import type { Principal } from '../../core/auth/principal.js';
import { canRead } from '../../core/case/case-access.js';
import { NotFoundError } from '../../core/errors.js';
import { PREVIEWABLE_TYPES } from '../../core/files/content-type.js';
import type { CaseStore } from '../../ports/case-store.js';
import type { FileAccessLog } from '../../ports/file-access-log.js';
import type { FileStore } from '../../ports/file-store.js';

export interface OpenCaseFileDeps {
  cases: CaseStore;
  files: FileStore;
  fileAccess: FileAccessLog;
  now: () => Date;
}

/** How long a download URL of a material file works (the stores sign for this long or less). */
const URL_MINUTES = 5;

/**
 * A short-lived URL to one material file of a case, for whoever may read the case: the staff of
 * its township and the applicant's side (canRead). Anyone else, and any file not on the case, is
 * a 404. Each URL handed out is appended to the case's file access log first.
 */
export async function openCaseFile(deps: OpenCaseFileDeps, principal: Principal, caseId: string, fileId: string) {
  const c = await deps.cases.get(caseId);
  if (!c || !canRead(principal, c).ok) throw new NotFoundError(`case ${caseId}`);
  const material = c.materials.find((m) => m.files.some((f) => f.fileId === fileId));
  const onCase = material?.files.find((f) => f.fileId === fileId);
  const stored = onCase ? await deps.files.describe(fileId) : undefined;
  if (!material || !onCase || !stored?.uploaded || !stored.detected) throw new NotFoundError(`file ${fileId} of case ${caseId}`);
  const now = deps.now();
  await deps.fileAccess.append({ caseId, fileId, materialId: material.materialId, userId: principal.userId, role: principal.role, at: now.toISOString() });
  const url = await deps.files.downloadUrl(fileId, now);
  const contentType = stored.detected.mime;
  return {
    url,
    name: onCase.name,
    contentType,
    previewable: PREVIEWABLE_TYPES.includes(contentType),
    expiresAt: new Date(now.getTime() + URL_MINUTES * 60_000).toISOString(),
  };
}
