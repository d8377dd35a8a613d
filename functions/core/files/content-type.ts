/** A file's type as read from its first bytes (magic numbers), not as the uploader declared it. */
export interface DetectedType {
  mime: string;
  /** The usual extension, without the dot (`jpg`, `pdf`, `dwg`). */
  ext: string;
}

/** Types a browser may show in place (served inline, sandboxed); everything else is a download. */
export const PREVIEWABLE_TYPES: readonly string[] = ['image/jpeg', 'image/png', 'image/gif', 'image/webp', 'application/pdf'];

/** Extensions that name the same type. */
const SAME_EXTENSION: Record<string, string> = { jpeg: 'jpg', jpe: 'jpg', tif: 'tiff' };
const canonical = (ext: string) => SAME_EXTENSION[ext.toLowerCase()] ?? ext.toLowerCase();

/** The extension of a file name, lower case, without the dot; '' when there is none. */
export function extensionOf(name: string): string {
  const dot = name.lastIndexOf('.');
  return dot > 0 ? name.slice(dot + 1).toLowerCase() : '';
}

/**
 * Does the declared type fit the content? The declared MIME type must be the detected one; a
 * browser that does not know a type (`.dwg`) declares application/octet-stream, and then the
 * file name's extension must be the detected one.
 */
export function declaredTypeMatches(declared: string, name: string, detected: DetectedType): boolean {
  if (declared === detected.mime) return true;
  return declared === 'application/octet-stream' && canonical(extensionOf(name)) === canonical(detected.ext);
}

/**
 * Does a material accept this content? `accepted` lists MIME types and `.ext` entries; the
 * detected type must be one of them (an extension entry counts only when the name carries it too).
 */
export function materialAccepts(accepted: readonly string[], detected: DetectedType, name: string): boolean {
  return accepted.some((t) =>
    t.startsWith('.') ? canonical(t.slice(1)) === canonical(detected.ext) && canonical(extensionOf(name)) === canonical(detected.ext) : t === detected.mime,
  );
}
