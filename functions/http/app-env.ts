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
  };
}
