import type { Material } from '../../api/intake.js';
import type { MessageKey } from '../../i18n/messages/index.js';

/** What the file check looks at: the browser's File has these. */
export type FileFacts = Pick<File, 'name' | 'type' | 'size'>;

/** Why a file is refused before it is sent, as an i18n key and its parameters. */
export interface FileProblem {
  key: MessageKey;
  params: Record<string, string | number>;
}

const EXTENSION_OF_TYPE: Record<string, string> = {
  'application/pdf': 'PDF',
  'image/jpeg': 'JPG',
  'image/png': 'PNG',
  'image/gif': 'GIF',
  'image/webp': 'WEBP',
  'image/tiff': 'TIFF',
  'image/heic': 'HEIC',
  'application/msword': 'DOC',
  'application/vnd.openxmlformats-officedocument.wordprocessingml.document': 'DOCX',
};

/** The `accept` attribute of the file input: MIME types and extensions as the catalogue lists them. */
export const acceptAttribute = (material: Pick<Material, 'acceptedFileTypes'>) => material.acceptedFileTypes.join(',');

/** The accepted types as people know them ("PDF、JPG、PNG"), each once. */
export function acceptedTypeNames(material: Pick<Material, 'acceptedFileTypes'>): string[] {
  const names = material.acceptedFileTypes.map((type) =>
    type.startsWith('.') ? type.slice(1).toUpperCase() : (EXTENSION_OF_TYPE[type] ?? type.split('/')[1]?.toUpperCase() ?? type),
  );
  return [...new Set(names.map((n) => (n === 'JPEG' ? 'JPG' : n)))];
}

/** Bytes as "2.5 MB" / "300 KB". */
export function formatSize(bytes: number): string {
  if (bytes >= 1024 * 1024) return `${(bytes / 1024 / 1024).toFixed(bytes >= 10 * 1024 * 1024 ? 0 : 1)} MB`;
  return `${Math.max(1, Math.round(bytes / 1024))} KB`;
}

/**
 * Refuses, before any upload, a file of a type the material does not take or larger than its
 * limit: a resident on a slow connection should not wait for an upload the server will refuse.
 * A file matches by MIME type or by extension (browsers leave the type empty for .dwg).
 */
export function checkFile(file: FileFacts, material: Pick<Material, 'acceptedFileTypes' | 'maxSizeMb'>): FileProblem | null {
  const extension = file.name.includes('.') ? `.${file.name.split('.').pop()!.toLowerCase()}` : '';
  const accepted = material.acceptedFileTypes.some((type) => type === file.type.toLowerCase() || (type.startsWith('.') && type === extension));
  if (!accepted) return { key: 'intake.upload.wrongType', params: { name: file.name, types: acceptedTypeNames(material).join(' / ') } };
  if (file.size === 0) return { key: 'intake.upload.empty', params: { name: file.name } };
  if (file.size > material.maxSizeMb * 1024 * 1024) {
    return { key: 'intake.upload.tooBig', params: { name: file.name, max: material.maxSizeMb, size: formatSize(file.size) } };
  }
  return null;
}
