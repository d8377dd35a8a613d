import type { Principal } from '../core/auth/principal.js';
import type { Lang } from './i18n/lang.js';
import type { Logger } from './logger.js';

/** Per-request values the middlewares set and handlers read. */
export interface AppEnv {
  Variables: {
    requestId: string;
    lang: Lang;
    logger: Logger;
    /** Set when the request carried a valid bearer token. */
    principal?: Principal;
    /** Set by the attempt limiter on a guessable endpoint: the route knows the attempt was no failed guess (it is given back). */
    attemptNotAGuess?: () => Promise<void>;
  };
}
