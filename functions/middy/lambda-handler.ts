import middy from '@middy/core';
import type { Context } from 'aws-lambda';
import type { Logger } from '../http/logger.js';
import type { HandlerContext } from './handler-context.js';
import { injectConfig } from './inject-config.js';
import { logErrors } from './log-errors.js';
import { loggerContext } from './logger-context.js';

/** A Lambda entry point as the runtime calls it. */
export type LambdaEntry<TEvent, TResult> = (event: TEvent, context: Context) => Promise<TResult>;

export interface LambdaHandlerOptions<C> {
  /** Parsed once at cold start by the entry module (functions/config/*-env.ts). */
  config: C;
  /** The module-scope logger; each invocation gets a child of it. */
  logger: Logger;
}

/**
 * The one middleware bundle every non-HTTP handler shares (schedule, stream): config injection,
 * per-invocation logger context, error logging. Handlers stay thin and receive both on `context`.
 */
export function lambdaHandler<TEvent, TResult, C>(
  options: LambdaHandlerOptions<C>,
  handler: (event: TEvent, context: HandlerContext<C>) => Promise<TResult>,
): LambdaEntry<TEvent, TResult> {
  const wrapped = middy<TEvent, TResult, Error, HandlerContext<C>>(handler)
    .use(injectConfig<C>(options.config))
    .use(loggerContext<C>(options.logger))
    .use(logErrors<C>(options.logger));
  // The runtime passes a plain Context; the middlewares above add `config` and `logger` to it.
  return wrapped as unknown as LambdaEntry<TEvent, TResult>;
}
