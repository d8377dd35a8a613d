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
  UnauthenticatedError,
  ValidationError,
  type FieldIssue,
} from '../core/errors.js';
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
  return 500;
}

/** The one place where errors become HTTP responses. */
export function handleError(error: Error, c: Context<AppEnv>): Response {
  const lang = c.get('lang') ?? 'zh-CN';
  const requestId = c.get('requestId') ?? '';
  const body = (status: ContentfulStatusCode, code: string, params: Record<string, string | number> = {}, issues?: FieldIssue[]) => {
    const payload: ErrorBody = { code, message: translate(code, lang, params), requestId };
    if (issues) {
      payload.issues = issues.map((i) => ({ path: i.path, message: translate(i.message, lang, i.params ?? {}) }));
    }
    return c.json(payload, status);
  };

  if (error instanceof ZodError) return body(400, 'VALIDATION_FAILED', {}, issuesFromZod(error));
  if (error instanceof ValidationError) return body(400, error.code, error.params, error.issues);
  if (error instanceof DomainError) {
    const status = statusOf(error);
    if (status === 500) c.get('logger')?.error('unmapped domain error', { error });
    return body(status, error.code, error.params);
  }
  if (error instanceof HTTPException) {
    const status = error.status as ContentfulStatusCode;
    if (status === 413) return body(413, 'PAYLOAD_TOO_LARGE');
    if (status === 400) return body(400, 'VALIDATION_FAILED', {}, [{ path: '(body)', message: 'field.invalidJson' }]);
    if (status === 401) return body(401, 'UNAUTHENTICATED');
    return body(status, status === 404 ? 'NOT_FOUND' : 'INTERNAL');
  }
  c.get('logger')?.error('unhandled error', { error });
  return body(500, 'INTERNAL');
}
