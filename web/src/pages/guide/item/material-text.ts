import type { Material } from '../../../api/catalogue-item.js';

const MIME_NAMES: Record<string, string> = {
  'application/pdf': 'PDF',
  'image/jpeg': 'JPG',
  'image/png': 'PNG',
  'image/tiff': 'TIFF',
  'application/msword': 'DOC',
  'application/vnd.openxmlformats-officedocument.wordprocessingml.document': 'DOCX',
};

/**
 * The accepted file types as people know them ("PDF, JPG, PNG"): MIME types and extensions both
 * become upper-case extensions, each once, in the order first met.
 */
export function fileTypeNames(types: readonly string[]): string[] {
  const names = types.map((type) => {
    if (type.startsWith('.'))
      return type
        .slice(1)
        .toUpperCase()
        .replace(/^JPEG$/, 'JPG');
    return MIME_NAMES[type] ?? (type.split('/')[1] ?? type).toUpperCase();
  });
  return [...new Set(names)];
}

/** Which variants (情形) name each material: a material named by none applies to everyone. */
export function situationsOfMaterials(item: {
  variants: readonly { materialIds: string[]; extraMaterials: Material[]; name: unknown }[];
}): Map<string, unknown[]> {
  const map = new Map<string, unknown[]>();
  for (const variant of item.variants) {
    for (const id of [...variant.materialIds, ...variant.extraMaterials.map((m) => m.id)]) {
      map.set(id, [...(map.get(id) ?? []), variant.name]);
    }
  }
  return map;
}
