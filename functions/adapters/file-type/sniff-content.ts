import type { DetectedType } from '../../core/files/content-type.js';

/** How many first bytes the sniffer needs (file-type's own sample size). */
export const SNIFF_BYTES = 4100;

/**
 * The type of a file from its first bytes (file-type's magic numbers), or undefined when it has no
 * known signature (plain text, HTML). file-type is read on the first upload a process checks.
 */
export async function sniffContentType(head: Uint8Array): Promise<DetectedType | undefined> {
  const { fileTypeFromBuffer } = await import('file-type');
  const found = await fileTypeFromBuffer(head.subarray(0, SNIFF_BYTES));
  return found ? { mime: found.mime, ext: found.ext } : undefined;
}
