import type { MiddlewareObj } from '@middy/core';
import type { HandlerContext } from './handler-context.js';

/**
 * Hands the config, parsed once at cold start by the entry module, to every invocation, so the
 * handler never reads `process.env` itself.
 */
export function injectConfig<C>(config: C): MiddlewareObj<unknown, unknown, Error, HandlerContext<C>> {
  return {
    name: 'inject-config',
    before: (request) => {
      request.context.config = config;
    },
  };
}
