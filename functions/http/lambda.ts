import { handle } from 'hono/aws-lambda';
import { once } from '../adapters/deferred.js';
import { createDocumentClient } from '../adapters/dynamodb/client.js';
import { composeDeps } from '../compose.js';
import { parseApiEnv } from '../config/api-env.js';
import { createApp } from './app.js';
import { oidcSignInFromEnv } from './auth/sign-in-settings.js';
import { createTokenVerifier } from './auth/token-verifier.js';
import { createLogger } from './logger.js';

// Built once per cold start: config is validated here, clients are reused across invocations.
const env = parseApiEnv();
const logger = createLogger(env.LOG_LEVEL, { service: 'api' });
const verifier = createTokenVerifier({
  issuer: env.AUTH_ISSUER,
  audiences: env.AUTH_AUDIENCE.split(',').map((a) => a.trim()),
  keys: new URL(env.AUTH_JWKS_URL ?? `${env.AUTH_ISSUER.replace(/\/$/, '')}/.well-known/jwks.json`),
});
const db = createDocumentClient({ region: env.AWS_REGION, ...(env.DYNAMODB_ENDPOINT ? { endpoint: env.DYNAMODB_ENDPOINT } : {}) });
// The S3 and KMS clients are made (and their code read) when a request first needs a file or the seal.
const s3 = once(async () => new (await import('@aws-sdk/client-s3')).S3Client({ region: env.AWS_REGION }));
const kms = once(async () => new (await import('@aws-sdk/client-kms')).KMSClient({ region: env.AWS_REGION }));
const app = createApp(
  composeDeps({
    db,
    tableName: env.TABLE_NAME,
    verifier,
    logger,
    files: { kind: 's3', s3, bucket: env.MATERIALS_BUCKET },
    seal: { kind: 'kms', keys: env.SEAL_KEYS, kms },
    ...(env.ANCHOR_BUCKET ? { anchors: { kind: 's3' as const, s3, bucket: env.ANCHOR_BUCKET } } : {}),
    signIn: oidcSignInFromEnv(env),
    ...(env.SITE_URL ? { siteUrl: env.SITE_URL } : {}),
  }),
);

/** API Gateway HTTP API (payload v2.0) → the Hono app. */
export const handler = handle(app);
