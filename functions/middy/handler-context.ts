import type { Context } from 'aws-lambda';
import type { Logger } from '../http/logger.js';

/** The Lambda context as our handlers see it: the function's parsed config and a per-invocation logger. */
export interface HandlerContext<C> extends Context {
  config: C;
  logger: Logger;
}
