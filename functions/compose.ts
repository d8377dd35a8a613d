import type { DynamoDBDocumentClient } from '@aws-sdk/lib-dynamodb';
import { createDynamoAccountStore } from './adapters/dynamodb/account-store.js';
import { createDynamoCalendarStore } from './adapters/dynamodb/calendar-store.js';
import { createDynamoCatalogueStore } from './adapters/dynamodb/catalogue-store.js';
import type { LocalIssuer } from './adapters/local/local-issuer.js';
import type { TokenVerifier } from './http/auth/token-verifier.js';
import type { AppDeps } from './http/deps.js';
import type { Logger } from './http/logger.js';

export interface ComposeOptions {
  db: DynamoDBDocumentClient;
  tableName: string;
  verifier: TokenVerifier;
  logger: Logger;
  localIssuer?: LocalIssuer;
  now?: () => Date;
  version?: string;
}

/**
 * The composition root: plugs adapters into the ports the app needs. The Lambda entry, the local
 * server and the tests all build their deps here, so they differ only in the options they pass.
 */
export function composeDeps(options: ComposeOptions): AppDeps {
  const deps: AppDeps = {
    logger: options.logger,
    verifier: options.verifier,
    accounts: createDynamoAccountStore(options.db, options.tableName),
    calendars: createDynamoCalendarStore(options.db, options.tableName),
    catalogue: createDynamoCatalogueStore(options.db, options.tableName),
    now: options.now ?? (() => new Date()),
    version: options.version ?? '0.1.0',
  };
  if (options.localIssuer) deps.localIssuer = options.localIssuer;
  return deps;
}
