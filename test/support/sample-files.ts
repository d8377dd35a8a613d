/**
 * Bytes that really are of a type (its magic number, then padding), for tests that upload: the
 * server decides a file's type from its content (issue 10), so filler bytes are refused.
 */
const SIGNATURES: Record<string, number[]> = {
  'image/jpeg': [0xff, 0xd8, 0xff, 0xe0, 0x00, 0x10, 0x4a, 0x46, 0x49, 0x46, 0x00, 0x01],
  'image/png': [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0x00, 0x00, 0x00, 0x0d, 0x49, 0x48, 0x44, 0x52],
  'application/pdf': [...Buffer.from('%PDF-1.7\n%\u00e2\u00e3\u00cf\u00d3\n', 'latin1')],
  // AutoCAD 2018 drawing; browsers declare it application/octet-stream.
  'application/octet-stream': [...Buffer.from('AC1032')],
  'image/vnd.dwg': [...Buffer.from('AC1032')],
};

/** `size` bytes of a file of `contentType` (text/plain and unknown types get plain text: no signature). */
export function sampleBytes(contentType: string, size = 2048): Uint8Array<ArrayBuffer> {
  const bytes = new Uint8Array(size).fill(0x20);
  const signature = SIGNATURES[contentType] ?? [...Buffer.from('plain text, no signature')];
  bytes.set(signature.slice(0, size));
  return bytes;
}
