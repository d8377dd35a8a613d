import type { DetectedType } from '../core/files/content-type.js';

/** What is known about a stored upload. */
export interface StoredFile {
  fileId: string;
  ownerId: string;
  name: string;
  contentType: string;
  /** Size declared when the upload was requested; the store checks the stored object against it. */
  size: number;
  uploaded: boolean;
  createdAt: string;
  /** The type read from the stored bytes (set when the upload is accepted). */
  detected?: DetectedType;
  uploadedAt?: string;
  /**
   * Why the stored bytes were refused (`content`: no known signature; `type`: not the declared
   * type; `size`: not the declared size). A refused file can never be attached.
   */
  rejected?: 'content' | 'type' | 'size';
  /** The case the file was attached to; from then on the upload URL is refused. */
  attachedTo?: string;
  attachedAt?: string;
}

export interface UploadTicket {
  fileId: string;
  /** Where the browser PUTs the bytes: a presigned S3 URL, or the local server's upload path. */
  uploadUrl: string;
  method: 'PUT';
  headers: Record<string, string>;
  expiresAt: string;
}

/**
 * Uploaded materials: presigned S3 URLs in AWS, a folder on disk in the embedded default.
 * Use cases see only this interface.
 */
export interface FileStore {
  createUpload(input: { ownerId: string; name: string; contentType: string; size: number }, now: Date): Promise<UploadTicket>;
  /** The file's metadata; where the bytes arrived since, they are checked (size, type) and made immutable first. */
  describe(fileId: string): Promise<StoredFile | undefined>;
  /** Records that the file is part of a case: no upload may replace it from then on. */
  markAttached(fileId: string, caseId: string, now: Date): Promise<void>;
  /** A short-lived URL to read the file (attachment, or inline and sandboxed for images and PDFs). */
  downloadUrl(fileId: string, now: Date): Promise<string>;
}
