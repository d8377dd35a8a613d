import type { z } from 'zod';

/**
 * Parses a function's environment with its zod schema at cold start; a missing or malformed
 * variable stops the function with one message naming every bad field.
 */
export function parseEnv<S extends z.ZodType>(schema: S, functionName: string, env: Record<string, string | undefined> = process.env): z.infer<S> {
  const result = schema.safeParse(env);
  if (!result.success) {
    const detail = result.error.issues.map((i) => `${i.path.join('.')}: ${i.message}`).join('; ');
    throw new Error(`Invalid environment for the ${functionName} function: ${detail}`);
  }
  return result.data;
}
