import { z } from 'zod';

/** SEAL_KEYS: the KMS key of each seal owner (township id or county department office id). */
const sealKey = z.object({ keyId: z.string().min(1), algorithm: z.enum(['SM2DSA', 'ECDSA_SHA_256']) });
export const sealKeysSchema = z.record(
  z.string().regex(/^[A-Za-z0-9_-]{1,64}$/),
  /** `retired`: the owner's earlier keys, which still verify what they signed. */
  sealKey.extend({ retired: z.array(sealKey).optional() }),
);

const json = <S extends z.ZodType>(schema: S) =>
  z
    .string()
    .transform((text, ctx) => {
      try {
        return JSON.parse(text) as unknown;
      } catch {
        ctx.addIssue({ code: 'custom', message: 'not valid JSON' });
        return z.NEVER;
      }
    })
    .pipe(schema);

/**
 * Environment of the HTTP API function, parsed once at cold start. The CDK construct imports the
 * same names, so the stack and the function agree on what must be set.
 */
export const apiEnvSchema = z.object({
  TABLE_NAME: z.string().min(1),
  AWS_REGION: z.string().default('local'),
  /** Set for DynamoDB Local; unset in AWS. */
  DYNAMODB_ENDPOINT: z.url().optional(),
  /** OIDC issuer whose JWTs the API accepts (Cognito user pool URL, or any OIDC provider). */
  AUTH_ISSUER: z.url(),
  /** Expected `aud` (or Cognito `client_id`) of access tokens; comma-separated for several clients. */
  AUTH_AUDIENCE: z.string().min(1),
  /** JWKS URL; defaults to `${AUTH_ISSUER}/.well-known/jwks.json`. */
  AUTH_JWKS_URL: z.url().optional(),
  /** The web app's OIDC client id (public client, code flow + PKCE); defaults to AUTH_AUDIENCE's first entry. */
  AUTH_CLIENT_ID: z.string().min(1).optional(),
  /** Scopes the web app asks for, space-separated. */
  AUTH_SCOPES: z.string().trim().min(1).default('openid profile email'),
  /** The provider's sign-out page for the web app to visit (Cognito: `https://<domain>/logout?client_id=…&logout_uri=…`). */
  AUTH_LOGOUT_URL: z.url().optional(),
  /** Name of the provider on the sign-in button (e.g. a provincial unified identity service); a generic label otherwise. */
  AUTH_PROVIDER_NAME: z.string().trim().min(1).max(60).optional(),
  /** Where uploaded materials go: an S3 bucket in AWS, a local folder in the embedded default. */
  MATERIALS_BUCKET: z.string().min(1),
  /** The S3 bucket (Object Lock, compliance mode) of the counties' signed daily anchors of chain heads. */
  ANCHOR_BUCKET: z.string().min(1).optional(),
  /** JSON `{ "<owner>": { "keyId": "<KMS key ARN>", "algorithm": "ECDSA_SHA_256" | "SM2DSA", "retired"?: [...] } }`, set by the SealKeys construct. */
  SEAL_KEYS: json(sealKeysSchema),
  LOG_LEVEL: z.enum(['debug', 'info', 'warn', 'error']).default('info'),
  /** The public site's origin, as the lookup link in applicants' SMS (keep it short: one SMS is 70 Chinese characters). */
  SITE_URL: z.url().optional(),
});
export type ApiEnv = z.infer<typeof apiEnvSchema>;

/** Names of the variables, for the CDK construct. */
export const API_ENV = apiEnvSchema.keyof().enum;

export function parseApiEnv(env: Record<string, string | undefined> = process.env): ApiEnv {
  const result = apiEnvSchema.safeParse(env);
  if (!result.success) {
    const detail = result.error.issues.map((i) => `${i.path.join('.')}: ${i.message}`).join('; ');
    throw new Error(`Invalid environment for the API function: ${detail}`);
  }
  return result.data;
}
