import { randomUUID } from 'node:crypto';
import { GetObjectCommand, HeadObjectCommand, NotFound, PutObjectCommand, type S3Client } from '@aws-sdk/client-s3';
import { getSignedUrl } from '@aws-sdk/s3-request-presigner';
import type { FileStore } from '../../ports/file-store.js';
import type { FileMetadata } from '../dynamodb/file-metadata.js';

const TICKET_SECONDS = 15 * 60;

/**
 * Uploaded materials in S3 through presigned URLs: the browser PUTs the bytes straight to the
 * bucket; the signed Content-Type and Content-Length stop a different or larger file.
 */
export function createS3FileStore(options: { s3: S3Client; bucket: string; metadata: FileMetadata }): FileStore {
  const key = (fileId: string) => `materials/${fileId}`;
  return {
    async createUpload(input, now) {
      const fileId = randomUUID();
      await options.metadata.put({ fileId, ...input, uploaded: false, createdAt: now.toISOString() });
      const uploadUrl = await getSignedUrl(
        options.s3,
        new PutObjectCommand({ Bucket: options.bucket, Key: key(fileId), ContentType: input.contentType, ContentLength: input.size }),
        { expiresIn: TICKET_SECONDS, signableHeaders: new Set(['content-type', 'content-length']) },
      );
      return {
        fileId,
        uploadUrl,
        method: 'PUT',
        headers: { 'content-type': input.contentType },
        expiresAt: new Date(now.getTime() + TICKET_SECONDS * 1000).toISOString(),
      };
    },
    async describe(fileId) {
      const file = await options.metadata.get(fileId);
      if (!file || file.uploaded) return file;
      try {
        await options.s3.send(new HeadObjectCommand({ Bucket: options.bucket, Key: key(fileId) }));
      } catch (error) {
        if (error instanceof NotFound) return file;
        throw error;
      }
      await options.metadata.markUploaded(fileId);
      return { ...file, uploaded: true };
    },
    async downloadUrl(fileId) {
      return getSignedUrl(options.s3, new GetObjectCommand({ Bucket: options.bucket, Key: key(fileId) }), { expiresIn: 300 });
    },
  };
}
