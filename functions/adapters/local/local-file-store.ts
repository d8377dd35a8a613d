import { createHmac, randomUUID, timingSafeEqual } from 'node:crypto';
import { mkdirSync } from 'node:fs';
import { readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { ConflictError, ForbiddenError, NotFoundError, ValidationError } from '../../core/errors.js';
import { declaredTypeMatches } from '../../core/files/content-type.js';
import type { FileStore, StoredFile } from '../../ports/file-store.js';
import type { FileMetadata } from '../dynamodb/file-metadata.js';
import { sniffContentType } from '../file-type/sniff-content.js';

const TICKET_SECONDS = 15 * 60;
/** Download URLs live as long as S3's presigned GETs (s3-file-store.ts). */
const DOWNLOAD_SECONDS = 5 * 60;

/**
 * The embedded default's twin of the S3 store: bytes in a folder, URLs to the local server's
 * `/api/files/:id/content` signed with an HMAC the way S3 signs presigned URLs. An upload URL is
 * signed for its uploader, works once, and never after the file is attached to a case.
 */
export interface LocalFileStore extends FileStore {
  /** Checks an upload or download URL's signature (bound to the file's owner) and expiry. */
  verify(file: StoredFile, purpose: 'put' | 'get', expires: number, signature: string, now: Date): boolean;
  /**
   * Takes the bytes of an upload: only from its uploader, only once, only before it is attached,
   * only of the declared size, and only when the content is of the declared type.
   */
  acceptUpload(file: StoredFile, bytes: Uint8Array, uploaderId: string | undefined, now: Date): Promise<void>;
  read(fileId: string): Promise<Buffer>;
}

export function createLocalFileStore(options: { dir: string; secret: string; metadata: FileMetadata }): LocalFileStore {
  mkdirSync(options.dir, { recursive: true });
  const sign = (fileId: string, ownerId: string, purpose: string, expires: number) =>
    createHmac('sha256', options.secret).update(`${purpose}:${fileId}:${ownerId}:${expires}`).digest('hex');
  const url = (file: Pick<StoredFile, 'fileId' | 'ownerId'>, purpose: 'put' | 'get', now: Date) => {
    const expires = Math.floor(now.getTime() / 1000) + (purpose === 'get' ? DOWNLOAD_SECONDS : TICKET_SECONDS);
    const signature = sign(file.fileId, file.ownerId, purpose, expires);
    return { url: `/api/files/${file.fileId}/content?purpose=${purpose}&expires=${expires}&signature=${signature}`, expires };
  };
  // File ids are UUIDs we minted; anything else never reaches the disk.
  const pathOf = (fileId: string) => {
    if (!/^[0-9a-f-]{36}$/.test(fileId)) throw new Error('bad file id');
    return join(options.dir, fileId);
  };
  const refuse = (message: string) => new ValidationError([{ path: '(body)', message }]);
  return {
    async createUpload(input, now) {
      const fileId = randomUUID();
      await options.metadata.put({ fileId, ...input, uploaded: false, createdAt: now.toISOString() });
      const { url: uploadUrl, expires } = url({ fileId, ownerId: input.ownerId }, 'put', now);
      return { fileId, uploadUrl, method: 'PUT', headers: { 'content-type': input.contentType }, expiresAt: new Date(expires * 1000).toISOString() };
    },
    describe: (fileId) => options.metadata.get(fileId),
    markAttached: (fileId, caseId, now) => options.metadata.markAttached(fileId, caseId, now),
    async downloadUrl(fileId, now) {
      const file = await options.metadata.get(fileId);
      if (!file) throw new NotFoundError(`file ${fileId}`);
      return url(file, 'get', now).url;
    },
    verify(file, purpose, expires, signature, now) {
      if (!Number.isFinite(expires) || expires < Math.floor(now.getTime() / 1000)) return false;
      const expected = Buffer.from(sign(file.fileId, file.ownerId, purpose, expires));
      const given = Buffer.from(signature);
      return expected.length === given.length && timingSafeEqual(expected, given);
    },
    async acceptUpload(file, bytes, uploaderId, now) {
      if (uploaderId !== file.ownerId) throw new ForbiddenError('only the uploader may upload to this URL');
      if (file.uploaded || file.attachedTo || file.rejected) throw new ConflictError('upload URL already used', 'UPLOAD_CLOSED');
      if (bytes.byteLength !== file.size) throw refuse('intake.upload.size');
      const detected = await sniffContentType(bytes);
      if (!detected) throw refuse('intake.upload.content');
      if (!declaredTypeMatches(file.contentType, file.name, detected)) {
        throw new ValidationError([{ path: '(body)', message: 'intake.upload.typeMismatch', params: { declared: file.contentType, detected: detected.mime } }]);
      }
      // Claim first: of two racing PUTs only one may write the bytes.
      if (!(await options.metadata.completeUpload(file.fileId, detected, now))) throw new ConflictError('upload URL already used', 'UPLOAD_CLOSED');
      await writeFile(pathOf(file.fileId), bytes);
    },
    read: (fileId) => readFile(pathOf(fileId)),
  };
}
