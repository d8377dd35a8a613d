import type { Context } from 'hono';
import { HTTPException } from 'hono/http-exception';
import type { ContentfulStatusCode } from 'hono/utils/http-status';
import { ZodError } from 'zod';
import {
  ConflictError,
  DomainError,
  ForbiddenError,
  NotFoundError,
  RuleViolationError,
  ServiceBusyError,
  TooManyAttemptsError,
  UnauthenticatedError,
  ValidationError,
  type FieldIssue,
} from '../core/errors.js';
import { serviceBusyOf } from '../adapters/aws/service-busy.js';
import type { ErrorBody } from './error-body.js';
import type { AppEnv } from './app-env.js';
import { translate } from './i18n/translate.js';

/** Field issues from a ZodError, paths joined with dots. */
export function issuesFromZod(error: ZodError, prefix: (string | number)[] = []): FieldIssue[] {
  return error.issues.map((issue) => ({
    path: [...prefix, ...issue.path].map(String).join('.') || '(body)',
    message: issue.message,
    params: paramsOf(issue as unknown as Record<string, unknown>),
  }));
}

function paramsOf(issue: Record<string, unknown>): Record<string, string | number> {
  const params = issue.params;
  return params && typeof params === 'object' ? (params as Record<string, string | number>) : {};
}

function statusOf(error: DomainError): ContentfulStatusCode {
  if (error instanceof ValidationError) return 400;
  if (error instanceof UnauthenticatedError) return 401;
  if (error instanceof ForbiddenError) return 403;
  if (error instanceof NotFoundError) return 404;
  if (error instanceof ConflictError) return 409;
  if (error instanceof RuleViolationError) return 422;
  if (error instanceof TooManyAttemptsError) return 429;
  if (error instanceof ServiceBusyError) return error.kind === 'throttled' ? 429 : 503;
  return 500;
}

/** The one place where errors become HTTP responses. */
export function handleError(error: Error, c: Context<AppEnv>): Response {
  const lang = c.get('lang') ?? 'zh-CN';
  const requestId = c.get('requestId') ?? '';
  const body = (status: ContentfulStatusCode, code: string, params: Record<string, string | number> = {}, issues?: FieldIssue[], messageKey = code) => {
    const payload: ErrorBody = { code, message: translate(messageKey, lang, params), requestId };
    if (issues) {
      payload.issues = issues.map((i) => ({ path: i.path, message: translate(i.message, lang, i.params ?? {}) }));
    }
    return c.json(payload, status);
  };

  if (error instanceof ZodError) return body(400, 'VALIDATION_FAILED', {}, issuesFromZod(error));
  if (error instanceof ValidationError) return body(400, error.code, error.params, error.issues);
  // An AWS SDK error the SDK's retries did not get past (throttling, a conflicting transaction, a 5xx of
  // the service): "busy, try again", never a bare 500.
  const busy = error instanceof DomainError ? undefined : serviceBusyOf(error);
  if (busy) {
    c.get('logger')?.warn('service busy', { kind: busy.kind, error: { name: error.name, message: error.message } });
    error = busy;
  }
  if (error instanceof TooManyAttemptsError || error instanceof ServiceBusyError) c.header('retry-after', String(error.retryAfterSeconds));
  if (error instanceof DomainError) {
    const status = statusOf(error);
    if (status === 500) c.get('logger')?.error('unmapped domain error', { error });
    if (error instanceof ConflictError && error.current) {
      return c.json({ code: error.code, message: translate(error.code, lang, error.params), requestId, current: error.current } satisfies ErrorBody, status);
    }
    return body(status, error.code, error.params, undefined, error.messageKey);
  }
  if (error instanceof HTTPException) {
    const status = error.status as ContentfulStatusCode;
    if (status === 413) {
      // The unread rest of the body is not drained: say so, so a keep-alive client opens a new connection
      // instead of reusing one the server is about to close.
      c.header('connection', 'close');
      return body(413, 'PAYLOAD_TOO_LARGE');
    }
    if (status === 415) return body(415, 'UNSUPPORTED_MEDIA_TYPE');
    if (status === 400) return body(400, 'VALIDATION_FAILED', {}, [{ path: '(body)', message: 'field.invalidJson' }]);
    if (status === 401) return body(401, 'UNAUTHENTICATED');
    if (status === 404) return body(404, 'NOT_FOUND');
    if (status === 405) return body(405, 'METHOD_NOT_ALLOWED');
    // Any other client error is the client's: never report it as our failure.
    if (status >= 400 && status < 500) return body(status, 'BAD_REQUEST');
    c.get('logger')?.error('http exception', { error });
    return body(status, 'INTERNAL');
  }
  c.get('logger')?.error('unhandled error', { error });
  return body(500, 'INTERNAL');
}
