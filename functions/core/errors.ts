/**
 * Named domain errors with a stable `code`. The HTTP layer turns them into responses in one place
 * (functions/http/error-handler.ts); the domain never sees a status code.
 * Messages are looked up by `code` (and `params`) in the user's language at the edge.
 */
export abstract class DomainError extends Error {
  abstract readonly code: string;
  /** The message to show, when it depends on who is told (the same `code` for every caller). */
  messageKey?: string;
  constructor(
    message: string,
    readonly params: Record<string, string | number> = {},
    options?: { cause?: unknown },
  ) {
    super(message, options);
  }
}

/** One field-level problem: `path` is dot-joined ("applicant.idNumber"), `message` an i18n key or text. */
export interface FieldIssue {
  path: string;
  message: string;
  params?: Record<string, string | number>;
}

/** Input did not pass validation (HTTP 400). */
export class ValidationError extends DomainError {
  override name = 'ValidationError';
  readonly code: string = 'VALIDATION_FAILED';
  constructor(readonly issues: FieldIssue[]) {
    super(`Validation failed: ${issues.map((i) => i.path).join(', ')}`);
  }
}

/** The caller is not signed in, or the token is not valid (HTTP 401). */
export class UnauthenticatedError extends DomainError {
  override name = 'UnauthenticatedError';
  readonly code: string = 'UNAUTHENTICATED';
}

/** The caller's role or tenant does not allow this (HTTP 403). */
export class ForbiddenError extends DomainError {
  override name = 'ForbiddenError';
  readonly code: string = 'FORBIDDEN';
}

/** The thing does not exist, or the caller may not know that it exists (HTTP 404). */
export class NotFoundError extends DomainError {
  override name = 'NotFoundError';
  readonly code: string = 'NOT_FOUND';
}

/** A concurrent write changed the thing first, or a key was reused with another body (HTTP 409). */
export class ConflictError extends DomainError {
  override name = 'ConflictError';
  constructor(
    message: string,
    readonly code: string = 'CONFLICT',
    params: Record<string, string | number> = {},
    /** The stored copy the write collided with, when the caller needs it to choose (a draft saved on another device). */
    readonly current?: { version: number; savedAt: string },
  ) {
    super(message, params);
  }
}

/** A well-formed request that a business rule refuses, e.g. a transition not allowed from this state (HTTP 422). */
export class RuleViolationError extends DomainError {
  override name = 'RuleViolationError';
  constructor(
    message: string,
    readonly code: string = 'RULE_VIOLATION',
    params: Record<string, string | number> = {},
  ) {
    super(message, params);
  }
}

/** Too many attempts in a row under one key (a username, a query code, an address): wait (HTTP 429 with Retry-After). */
export class TooManyAttemptsError extends DomainError {
  override name = 'TooManyAttemptsError';
  readonly code: string = 'TOO_MANY_ATTEMPTS';
  constructor(readonly retryAfterSeconds: number) {
    super(`too many attempts; retry after ${retryAfterSeconds} s`, { seconds: retryAfterSeconds });
  }
}

/**
 * A service the app stands on is throttling it or briefly unavailable, and retrying did not get
 * past it: nothing was changed, try again later (HTTP 429 when throttled, 503 otherwise, with
 * Retry-After).
 */
export class ServiceBusyError extends DomainError {
  override name = 'ServiceBusyError';
  readonly code: string = 'SERVICE_BUSY';
  constructor(
    readonly kind: 'throttled' | 'unavailable',
    readonly retryAfterSeconds: number,
    options?: { cause?: unknown },
  ) {
    super(`service ${kind}; retry after ${retryAfterSeconds} s`, { seconds: retryAfterSeconds }, options);
  }
}
