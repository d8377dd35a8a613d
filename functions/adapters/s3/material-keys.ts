/**
 * Object keys in the materials bucket. The browser PUTs to a presigned URL for `incoming/<id>`
 * (a key the server made); the checked bytes are copied to `materials/<id>`, which nothing ever
 * presigns a PUT for and the bucket policy keeps immutable (infra/lib/constructs/materials-bucket.ts).
 */
export const UPLOAD_PREFIX = 'incoming/';
export const MATERIAL_PREFIX = 'materials/';
export const uploadKey = (fileId: string) => `${UPLOAD_PREFIX}${fileId}`;
export const materialKey = (fileId: string) => `${MATERIAL_PREFIX}${fileId}`;
