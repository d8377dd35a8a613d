/** What is known about a stored upload. */
export interface StoredFile {
  fileId: string;
  ownerId: string;
  name: string;
  contentType: string;
  /** Size declared when the upload was requested; the store enforces it on upload. */
  size: number;
  uploaded: boolean;
  createdAt: string;
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
  describe(fileId: string): Promise<StoredFile | undefined>;
  /** A short-lived URL to read the file. */
  downloadUrl(fileId: string, now: Date): Promise<string>;
}
