import type { Node } from 'constructs';
import { z } from 'zod';

/** Who issues the JWTs the API accepts: our own Cognito user pool, or an existing OIDC provider. */
export type AuthSettings =
  | { kind: 'cognito'; plusTier: boolean }
  | {
      kind: 'oidc';
      issuer: string;
      audiences: string[];
      jwksUrl?: string;
      /** The web app's client id, when it is not the first audience. */
      clientId?: string;
      /** Space-separated scopes the web app asks for (the function's default otherwise). */
      scopes?: string;
      /** The provider's sign-out page, when its discovery document has no end_session_endpoint. */
      logoutUrl?: string;
      /** The provider's name on the sign-in button. */
      providerName?: string;
    };

const contextSchema = z
  .object({
    oidcIssuer: z.url({ protocol: /^https$/ }).optional(),
    oidcAudience: z.string().min(1).optional(),
    oidcJwksUrl: z.url({ protocol: /^https$/ }).optional(),
    oidcClientId: z.string().min(1).optional(),
    oidcScopes: z.string().trim().min(1).optional(),
    oidcLogoutUrl: z.url({ protocol: /^https$/ }).optional(),
    oidcProviderName: z.string().trim().min(1).max(60).optional(),
    cognitoPlusTier: z.enum(['true', 'false']).optional(),
  })
  .refine((c) => (c.oidcIssuer === undefined) === (c.oidcAudience === undefined), {
    message: 'give both oidcIssuer and oidcAudience, or neither',
  });

/**
 * Reads the issuer choice from CDK context (`-c oidcIssuer=https://... -c oidcAudience=a,b`, and
 * for the web app's sign-in `oidcClientId`, `oidcScopes`, `oidcLogoutUrl`, `oidcProviderName`).
 * Without it a Cognito user pool is created; `-c cognitoPlusTier=true` puts it on the Plus plan.
 */
export function authSettingsFromContext(node: Node): AuthSettings {
  const read = (key: string) => {
    const value: unknown = node.tryGetContext(key);
    return value === undefined || value === null || value === '' ? undefined : String(value);
  };
  const parsed = contextSchema.safeParse({
    oidcIssuer: read('oidcIssuer'),
    oidcAudience: read('oidcAudience'),
    oidcJwksUrl: read('oidcJwksUrl'),
    oidcClientId: read('oidcClientId'),
    oidcScopes: read('oidcScopes'),
    oidcLogoutUrl: read('oidcLogoutUrl'),
    oidcProviderName: read('oidcProviderName'),
    cognitoPlusTier: read('cognitoPlusTier'),
  });
  if (!parsed.success) {
    const detail = parsed.error.issues.map((i) => `${i.path.join('.') || 'context'}: ${i.message}`).join('; ');
    throw new Error(`Invalid auth context: ${detail}`);
  }
  const c = parsed.data;
  if (c.oidcIssuer && c.oidcAudience) {
    return {
      kind: 'oidc',
      // Kept verbatim: the gateway compares it with the token's `iss` exactly (some end in a slash).
      issuer: c.oidcIssuer,
      audiences: c.oidcAudience
        .split(',')
        .map((a) => a.trim())
        .filter(Boolean),
      ...(c.oidcJwksUrl ? { jwksUrl: c.oidcJwksUrl } : {}),
      ...(c.oidcClientId ? { clientId: c.oidcClientId } : {}),
      ...(c.oidcScopes ? { scopes: c.oidcScopes } : {}),
      ...(c.oidcLogoutUrl ? { logoutUrl: c.oidcLogoutUrl } : {}),
      ...(c.oidcProviderName ? { providerName: c.oidcProviderName } : {}),
    };
  }
  return { kind: 'cognito', plusTier: c.cognitoPlusTier === 'true' };
}
