import type { Hook } from '@hono/zod-openapi';
import { ValidationError } from '../core/errors.js';
import { issuesFromZod } from './error-handler.js';

const TARGET_PREFIX: Record<string, string[]> = { json: [], query: ['query'], param: ['path'], header: ['header'], form: [] };

/**
 * The hook every OpenAPIHono router uses: a failed zod validation becomes one ValidationError
 * naming each field, which the error handler turns into the 400 answer in the caller's language.
 */
export const validationHook: Hook<unknown, any, any, any> = (result) => {
  if (!result.success) {
    const prefix = TARGET_PREFIX[result.target] ?? [result.target];
    throw new ValidationError(issuesFromZod(result.error, prefix));
  }
};
