import { randomUUID } from 'node:crypto';
import { CopyObjectCommand, DeleteObjectCommand, GetObjectCommand, HeadObjectCommand, NotFound, PutObjectCommand, type S3Client } from '@aws-sdk/client-s3';
import { getSignedUrl } from '@aws-sdk/s3-request-presigner';
import { declaredTypeMatches, PREVIEWABLE_TYPES } from '../../core/files/content-type.js';
import type { FileStore, StoredFile } from '../../ports/file-store.js';
import type { FileMetadata } from '../dynamodb/file-metadata.js';
import { SNIFF_BYTES, sniffContentType } from '../file-type/sniff-content.js';
import { materialKey, uploadKey } from './material-keys.js';

const TICKET_SECONDS = 15 * 60;
const DOWNLOAD_SECONDS = 300;

const isNotFound = (error: unknown) => error instanceof NotFound || (error instanceof Error && error.name === 'NotFound');

/**
 * Uploaded materials in S3. The browser PUTs the bytes to a presigned URL for a key the server
 * made (`incoming/<id>`), signed with the exact Content-Type and Content-Length. The first time
 * the server looks at the file afterwards it checks the stored object (its size, and the type
 * read from its first bytes against the declared one), then copies exactly those bytes (ETag
 * condition) to `materials/<id>` and removes the upload. Nothing ever presigns a PUT to
 * `materials/`, and the bucket policy denies plain PUTs there (infra materials-bucket), so a
 * re-used upload URL can never replace evidence; reads come only from `materials/`.
 */
export function createS3FileStore(options: { s3: S3Client; bucket: string; metadata: FileMetadata; now?: () => Date }): FileStore {
  const now = options.now ?? (() => new Date());
  const { s3, bucket, metadata } = options;

  async function finalize(file: StoredFile): Promise<StoredFile> {
    let head;
    try {
      head = await s3.send(new HeadObjectCommand({ Bucket: bucket, Key: uploadKey(file.fileId) }));
    } catch (error) {
      if (isNotFound(error)) return file;
      throw error;
    }
    const refuse = async (rejected: NonNullable<StoredFile['rejected']>) => {
      await metadata.reject(file.fileId, rejected);
      return { ...file, rejected };
    };
    if (head.ContentLength !== file.size) return refuse('size');
    const sample = await s3.send(
      new GetObjectCommand({ Bucket: bucket, Key: uploadKey(file.fileId), Range: `bytes=0-${SNIFF_BYTES - 1}`, IfMatch: head.ETag }),
    );
    const detected = await sniffContentType(await sample.Body!.transformToByteArray());
    if (!detected) return refuse('content');
    if (!declaredTypeMatches(file.contentType, file.name, detected)) return refuse('type');
    await s3.send(
      new CopyObjectCommand({
        Bucket: bucket,
        Key: materialKey(file.fileId),
        CopySource: `${bucket}/${uploadKey(file.fileId)}`,
        CopySourceIfMatch: head.ETag,
        MetadataDirective: 'REPLACE',
        ContentType: detected.mime,
      }),
    );
    const at = now();
    if (!(await metadata.completeUpload(file.fileId, detected, at))) return (await metadata.get(file.fileId)) ?? file;
    await s3.send(new DeleteObjectCommand({ Bucket: bucket, Key: uploadKey(file.fileId) }));
    return { ...file, uploaded: true, detected, uploadedAt: at.toISOString() };
  }

  return {
    async createUpload(input, at) {
      const fileId = randomUUID();
      await metadata.put({ fileId, ...input, uploaded: false, createdAt: at.toISOString() });
      const uploadUrl = await getSignedUrl(
        s3,
        new PutObjectCommand({ Bucket: bucket, Key: uploadKey(fileId), ContentType: input.contentType, ContentLength: input.size }),
        { expiresIn: TICKET_SECONDS, signableHeaders: new Set(['content-type', 'content-length']) },
      );
      return {
        fileId,
        uploadUrl,
        method: 'PUT',
        headers: { 'content-type': input.contentType },
        expiresAt: new Date(at.getTime() + TICKET_SECONDS * 1000).toISOString(),
      };
    },
    async describe(fileId) {
      const file = await metadata.get(fileId);
      if (!file || file.uploaded || file.rejected || file.attachedTo) return file;
      return finalize(file);
    },
    markAttached: (fileId, caseId, at) => metadata.markAttached(fileId, caseId, at),
    async downloadUrl(fileId) {
      const file = await metadata.get(fileId);
      const type = file?.detected?.mime ?? 'application/octet-stream';
      const disposition = PREVIEWABLE_TYPES.includes(type) ? 'inline' : 'attachment';
      return getSignedUrl(
        s3,
        new GetObjectCommand({
          Bucket: bucket,
          Key: materialKey(fileId),
          ResponseContentType: type,
          ResponseContentDisposition: `${disposition}; filename*=UTF-8''${encodeURIComponent(file?.name ?? fileId)}`,
          ResponseCacheControl: 'private, no-store',
        }),
        { expiresIn: DOWNLOAD_SECONDS },
      );
    },
  };
}
