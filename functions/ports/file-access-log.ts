/** One opening of a case's material file: who asked for a download URL, when, for which file. */
export interface FileAccessEntry {
  caseId: string;
  fileId: string;
  materialId: string;
  userId: string;
  role: string;
  at: string;
}

/**
 * The append-only log of who opened which material file of a case. Kept apart from the case's
 * event chain (the lifecycle table is not touched by reading a file); entries are never changed.
 */
export interface FileAccessLog {
  append(entry: FileAccessEntry): Promise<void>;
  /** The case's entries, oldest first. */
  list(caseId: string): Promise<FileAccessEntry[]>;
}
