import type { MiddlewareObj } from '@middy/core';
import type { Logger } from '../http/logger.js';
import type { HandlerContext } from './handler-context.js';

/**
 * Logs an invocation's unhandled error once, through the masking logger, then lets it propagate:
 * Lambda must still see the failure to retry the event or send it to the DLQ.
 */
export function logErrors<C>(fallback: Logger): MiddlewareObj<unknown, unknown, Error, HandlerContext<C>> {
  return {
    name: 'log-errors',
    onError: (request) => {
      const logger = request.context.logger ?? fallback;
      logger.error('invocation failed', { error: request.error });
    },
  };
}
