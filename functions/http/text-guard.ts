import type { MiddlewareHandler } from 'hono';
import { ValidationError } from '../core/errors.js';
import { controlCharacterPaths, CONTROL_CHARACTER_MESSAGE, hasControlCharacter } from '../core/text/control-characters.js';
import type { AppEnv } from './app-env.js';

/**
 * The backstop behind the schemas' own text rules: no query value and no string anywhere in a JSON
 * body (form answers, catalogue content, …) may hold a control character other than \n and \t.
 * Each offending field is named, the way the schemas name theirs. Bodies that are not valid JSON are
 * left for the route to refuse.
 */
export function refuseControlCharacters(): MiddlewareHandler<AppEnv> {
  return async (c, next) => {
    const paths: string[] = [];
    for (const [name, values] of Object.entries(c.req.queries())) {
      if (hasControlCharacter(name) || values.some((v) => hasControlCharacter(v))) paths.push(`query.${name}`);
    }
    if (['POST', 'PUT', 'PATCH'].includes(c.req.method) && /^application\/(.+\+)?json/i.test(c.req.header('content-type') ?? '')) {
      let body: unknown;
      try {
        body = await c.req.json();
      } catch {
        body = undefined;
      }
      paths.push(...controlCharacterPaths(body));
    }
    if (paths.length > 0) throw new ValidationError(paths.map((path) => ({ path, message: CONTROL_CHARACTER_MESSAGE })));
    return next();
  };
}
