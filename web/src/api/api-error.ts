/** One field-level problem from a 400 answer; `path` is dot-joined, `message` already translated. */
export interface ApiIssue {
  path: string;
  message: string;
}

/** Code the client gives a request that never got an HTTP answer (offline, DNS, server down). */
export const NETWORK_ERROR = 'NETWORK_ERROR';

/**
 * The API's JSON error (`{ code, message, requestId, issues? }`) as a typed error. `message` is
 * already in the language the request asked for; `status` is 0 when the network failed.
 */
export class ApiError extends Error {
  override name = 'ApiError';
  constructor(
    readonly status: number,
    readonly code: string,
    message: string,
    readonly requestId?: string,
    readonly issues: ApiIssue[] = [],
    /** On a 409 of a version-conditional save: the stored copy it collided with. */
    readonly current?: { version: number; savedAt: string },
  ) {
    super(message);
  }

  /** The session is no longer valid: the user must sign in again. */
  get isSessionEnded(): boolean {
    return this.status === 401 && ['TOKEN_EXPIRED', 'UNAUTHENTICATED', 'SESSION_LIMIT_REACHED'].includes(this.code);
  }
}

/** Builds an ApiError from a response body, tolerating bodies that are not the API's shape. */
export function apiErrorFrom(status: number, body: unknown, headerRequestId?: string): ApiError {
  const b = (body && typeof body === 'object' ? body : {}) as Record<string, unknown>;
  const code = typeof b.code === 'string' ? b.code : `HTTP_${status}`;
  const message = typeof b.message === 'string' ? b.message : '';
  const requestId = typeof b.requestId === 'string' ? b.requestId : headerRequestId;
  const issues = Array.isArray(b.issues)
    ? b.issues
        .filter((i): i is ApiIssue => !!i && typeof i.path === 'string' && typeof i.message === 'string')
        .map(({ path, message: text }) => ({ path, message: text }))
    : [];
  const current = b.current as { version?: unknown; savedAt?: unknown } | undefined;
  const stored =
    current && typeof current.version === 'number' && typeof current.savedAt === 'string' ? { version: current.version, savedAt: current.savedAt } : undefined;
  return new ApiError(status, code, message, requestId, issues, stored);
}
