import type { Principal } from '../../core/auth/principal.js';
import type { CaseMaterial } from '../../core/case/case.js';
import type { IntakeItem } from '../../core/case/intake-item.js';
import { ValidationError, type FieldIssue } from '../../core/errors.js';
import { materialAccepts } from '../../core/files/content-type.js';
import type { StoredFile } from '../../ports/file-store.js';
import type { IntakeDeps } from './intake-deps.js';

/**
 * Does a stored file fit one of the material's accepted types? Decided by the type read from the
 * bytes (which the store has already matched against the declared type), never by the name alone.
 */
export function typeAccepted(accepted: readonly string[], file: Pick<StoredFile, 'detected' | 'name'>): boolean {
  return file.detected !== undefined && materialAccepts(accepted, file.detected, file.name);
}

type RequestedMaterials = { materialId: string; fileIds: string[] }[];

/**
 * Turns the file ids an application names into the case's materials, checking that each file
 * exists, was uploaded by this caller, and fits the material's type and size limits. Marks
 * nothing: see `markFilesAttached`.
 */
export async function checkFiles(
  deps: Pick<IntakeDeps, 'files'>,
  principal: Principal,
  item: IntakeItem,
  requested: RequestedMaterials,
  existing: CaseMaterial[] = [],
): Promise<CaseMaterial[]> {
  const issues: FieldIssue[] = [];
  const materials: CaseMaterial[] = existing.map((m) => ({ ...m, files: [...m.files] }));
  for (const [index, entry] of requested.entries()) {
    const spec = item.materials.find((m) => m.id === entry.materialId);
    if (!spec) {
      issues.push({ path: `materials.${index}.materialId`, message: 'intake.material.unknown', params: { name: entry.materialId } });
      continue;
    }
    const files = [];
    for (const [f, fileId] of entry.fileIds.entries()) {
      const path = `materials.${index}.fileIds.${f}`;
      const file = await deps.files.describe(fileId);
      if (!file || file.ownerId !== principal.userId) issues.push({ path, message: 'intake.file.unknown' });
      else if (file.rejected) issues.push({ path, message: `intake.file.rejected.${file.rejected}` });
      else if (!file.uploaded) issues.push({ path, message: 'intake.file.notUploaded' });
      else if (!typeAccepted(spec.acceptedFileTypes, file)) {
        issues.push({ path, message: 'intake.file.type', params: { types: spec.acceptedFileTypes.join(', ') } });
      } else if (file.size > spec.maxSizeMb * 1024 * 1024) {
        issues.push({ path, message: 'intake.file.size', params: { maxMb: spec.maxSizeMb } });
      } else files.push({ fileId, name: file.name, contentType: file.contentType, size: file.size });
    }
    const current = materials.find((m) => m.materialId === entry.materialId);
    if (current) current.files = files.length > 0 ? files : current.files;
    else materials.push({ materialId: entry.materialId, files });
  }
  if (issues.length > 0) throw new ValidationError(issues);
  return materials;
}

/** Marks the files as attached to `caseId`: their upload URLs are refused from then on. */
export async function markFilesAttached(deps: Pick<IntakeDeps, 'files' | 'now'>, requested: RequestedMaterials, caseId: string): Promise<void> {
  const now = deps.now();
  for (const entry of requested) for (const fileId of entry.fileIds) await deps.files.markAttached(fileId, caseId, now);
}

/** `checkFiles`, then `markFilesAttached`: for a case that exists already. */
export async function attachFiles(
  deps: Pick<IntakeDeps, 'files' | 'now'>,
  principal: Principal,
  item: IntakeItem,
  requested: RequestedMaterials,
  existing: CaseMaterial[],
  caseId: string,
): Promise<CaseMaterial[]> {
  const materials = await checkFiles(deps, principal, item, requested, existing);
  await markFilesAttached(deps, requested, caseId);
  return materials;
}
