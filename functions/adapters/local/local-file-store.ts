import { createHmac, randomUUID, timingSafeEqual } from 'node:crypto';
import { mkdirSync } from 'node:fs';
import { readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import type { FileStore } from '../../ports/file-store.js';
import type { FileMetadata } from '../dynamodb/file-metadata.js';

const TICKET_SECONDS = 15 * 60;

/**
 * The embedded default's twin of the S3 store: bytes in a folder, URLs to the local server's
 * `/api/files/:id/content` signed with an HMAC the way S3 signs presigned URLs.
 */
export interface LocalFileStore extends FileStore {
  /** Checks an upload or download URL's signature and expiry. */
  verify(fileId: string, purpose: 'put' | 'get', expires: number, signature: string, now: Date): boolean;
  write(fileId: string, bytes: Uint8Array): Promise<void>;
  read(fileId: string): Promise<Buffer>;
}

export function createLocalFileStore(options: { dir: string; secret: string; metadata: FileMetadata }): LocalFileStore {
  mkdirSync(options.dir, { recursive: true });
  const sign = (fileId: string, purpose: string, expires: number) =>
    createHmac('sha256', options.secret).update(`${purpose}:${fileId}:${expires}`).digest('hex');
  const url = (fileId: string, purpose: 'put' | 'get', now: Date) => {
    const expires = Math.floor(now.getTime() / 1000) + TICKET_SECONDS;
    return { url: `/api/files/${fileId}/content?purpose=${purpose}&expires=${expires}&signature=${sign(fileId, purpose, expires)}`, expires };
  };
  // File ids are UUIDs we minted; anything else never reaches the disk.
  const pathOf = (fileId: string) => {
    if (!/^[0-9a-f-]{36}$/.test(fileId)) throw new Error('bad file id');
    return join(options.dir, fileId);
  };
  return {
    async createUpload(input, now) {
      const fileId = randomUUID();
      await options.metadata.put({ fileId, ...input, uploaded: false, createdAt: now.toISOString() });
      const { url: uploadUrl, expires } = url(fileId, 'put', now);
      return { fileId, uploadUrl, method: 'PUT', headers: { 'content-type': input.contentType }, expiresAt: new Date(expires * 1000).toISOString() };
    },
    describe: (fileId) => options.metadata.get(fileId),
    async downloadUrl(fileId, now) {
      return url(fileId, 'get', now).url;
    },
    verify(fileId, purpose, expires, signature, now) {
      if (expires < Math.floor(now.getTime() / 1000)) return false;
      const expected = Buffer.from(sign(fileId, purpose, expires));
      const given = Buffer.from(signature);
      return expected.length === given.length && timingSafeEqual(expected, given);
    },
    async write(fileId, bytes) {
      await writeFile(pathOf(fileId), bytes);
      await options.metadata.markUploaded(fileId);
    },
    read: (fileId) => readFile(pathOf(fileId)),
  };
}
