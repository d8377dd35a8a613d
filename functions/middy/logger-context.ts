import type { MiddlewareObj } from '@middy/core';
import type { Logger } from '../http/logger.js';
import type { HandlerContext } from './handler-context.js';

/**
 * Gives every invocation a child of the module's logger carrying the request id and whether this
 * was a cold start, so every line of one invocation can be found together.
 */
export function loggerContext<C>(base: Logger): MiddlewareObj<unknown, unknown, Error, HandlerContext<C>> {
  let coldStart = true;
  return {
    name: 'logger-context',
    before: (request) => {
      request.context.logger = base.child({
        requestId: request.context.awsRequestId,
        function: request.context.functionName,
        coldStart,
      });
      coldStart = false;
    },
  };
}
