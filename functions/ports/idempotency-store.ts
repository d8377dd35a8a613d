/** A response kept for replay under an Idempotency-Key. */
export interface StoredResponse {
  status: number;
  contentType: string;
  body: string;
}

export type IdempotencyBegin = { state: 'new' } | { state: 'replay'; response: StoredResponse } | { state: 'in_progress' } | { state: 'mismatch' };

/** Keeps, per caller and key, the hash of the request and, once done, its response. */
export interface IdempotencyStore {
  /** Claims the key for this request, or says what happened to it before. */
  begin(callerId: string, key: string, requestHash: string, now: Date): Promise<IdempotencyBegin>;
  complete(callerId: string, key: string, response: StoredResponse, now: Date): Promise<void>;
  /** Frees the key after an unexpected failure, so that a retry runs again. */
  release(callerId: string, key: string): Promise<void>;
}
