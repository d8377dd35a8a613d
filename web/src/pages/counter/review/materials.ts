import type { Case, CaseMaterial, Material } from '../../../api/counter.js';

/** Where one checklist material stands on a case. */
export interface MaterialStatus {
  material: Material;
  onCase?: CaseMaterial;
  hasFiles: boolean;
  originalChecked: boolean;
  deferredTo?: string;
  /** Mandatory, and neither uploaded, checked as an original, nor deferred: acceptance would fail. */
  missing: boolean;
}

/** The checklist against what the case holds, with the same rule the API applies at acceptance. */
export function materialStatuses(c: Pick<Case, 'materials'>, checklist: Material[]): MaterialStatus[] {
  return checklist.map((material) => {
    const onCase = c.materials.find((m) => m.materialId === material.id);
    const hasFiles = (onCase?.files.length ?? 0) > 0;
    const originalChecked = Boolean(onCase?.originalChecked);
    const deferredTo = onCase?.deferred?.dueOn;
    return {
      material,
      ...(onCase ? { onCase } : {}),
      hasFiles,
      originalChecked,
      ...(deferredTo ? { deferredTo } : {}),
      missing: material.mandatory && !hasFiles && !originalChecked && !deferredTo,
    };
  });
}
