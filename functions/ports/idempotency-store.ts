/** A response kept for replay under an Idempotency-Key. */
export interface StoredResponse {
  status: number;
  contentType: string;
  body: string;
}

export type IdempotencyBegin = { state: 'new' } | { state: 'replay'; response: StoredResponse } | { state: 'in_progress' } | { state: 'mismatch' };

/** One request under an Idempotency-Key. */
export interface IdempotencyClaim {
  callerId: string;
  key: string;
  requestHash: string;
  now: Date;
}

/** Keeps, per caller and key, the hash of the request and, once done, its response. */
export interface IdempotencyStore {
  /** Claims the key for this request, or says what happened to it before. */
  begin(callerId: string, key: string, requestHash: string, now: Date): Promise<IdempotencyBegin>;
  complete(callerId: string, key: string, response: StoredResponse, now: Date): Promise<void>;
  /** Frees the key after an unexpected failure, so that a retry runs again. */
  release(callerId: string, key: string): Promise<void>;
  /**
   * Case writes (issue 12): what happened to the key before, by one consistent read that claims
   * nothing ('new' when the key is free); the record is then written by the case write itself.
   */
  peek(claim: IdempotencyClaim): Promise<IdempotencyBegin>;
  /**
   * Runs `work` with the record pending: the first case write inside it puts the record, done,
   * with the case's response, in its own transaction (a concurrent twin's transaction then fails
   * with 409 IDEMPOTENCY_IN_PROGRESS). Returns the response that write stored, if one did; if
   * `work` throws after storing one, the record is deleted again. With `gate` (the key's earlier
   * use, being read meanwhile), whatever must not be drawn twice for one request (a case number)
   * is drawn only once the gate says the key is new; otherwise `work` stops with 409
   * IDEMPOTENCY_IN_PROGRESS, and the caller answers from the key.
   */
  carry(claim: IdempotencyClaim, work: () => Promise<void>, options?: { gate?: Promise<IdempotencyBegin> }): Promise<StoredResponse | undefined>;
  /** Keeps a response no case write carried (a refusal…): only if the key is still free, unless `replace`. */
  keep(claim: IdempotencyClaim, response: StoredResponse, options?: { replace?: boolean }): Promise<void>;
}
