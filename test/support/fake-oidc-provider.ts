import { createHash, randomBytes } from 'node:crypto';
import type { Server } from 'node:http';
import { serve } from '@hono/node-server';
import { Hono } from 'hono';
import { exportJWK, generateKeyPair, SignJWT, type JWK } from 'jose';
import { freePort } from '../../scripts/lib/free-port.js';

/** One request the provider answered, for tests to look at. */
export interface ProviderRequest {
  method: string;
  path: string;
  params: Record<string, string>;
}

export interface FakeOidcProviderOptions {
  /** The issuer identifier; `startFakeOidcProvider` sets it to its own loopback URL. */
  issuer: string;
  clientId: string;
  /** Claims of the user who signs in at the authorize endpoint (sub, name, custom:* …). */
  user: Record<string, unknown>;
  /** Redirect URIs the client registered; any other is refused. Tests may add one once the app's port is known. */
  redirectUris: string[];
  /** Issue refresh tokens. @default true */
  refreshTokens?: boolean;
  /** @default 1800 */
  idTokenLifetimeSeconds?: number;
}

/**
 * A tiny OIDC provider for tests: discovery, JWKS (RS256), an authorize endpoint that signs the
 * configured user in at once and redirects back with a code, a token endpoint (code + PKCE S256,
 * refresh token grant; public client), and a logout page. It checks what a real one checks
 * (client, redirect URI, PKCE verifier, one-time codes) so a wrong client fails the tests.
 */
export async function createFakeOidcProvider(options: FakeOidcProviderOptions) {
  const { privateKey, publicKey } = await generateKeyPair('RS256');
  const publicJwk: JWK = { ...(await exportJWK(publicKey)), kid: 'fake-1', alg: 'RS256', use: 'sig' };
  const codes = new Map<string, { challenge: string; nonce?: string; redirectUri: string }>();
  const refreshTokens = new Set<string>();
  const requests: ProviderRequest[] = [];
  /** Changes the next ID token's nonce (a token minted for another sign-in). */
  let nextNonceOverride: string | undefined;

  const idToken = async (nonce?: string) => {
    const now = Math.floor(Date.now() / 1000);
    return new SignJWT({ ...options.user, ...(nonce ? { nonce } : {}) })
      .setProtectedHeader({ alg: 'RS256', kid: publicJwk.kid!, typ: 'JWT' })
      .setIssuer(options.issuer)
      .setAudience(options.clientId)
      .setSubject(String(options.user.sub))
      .setIssuedAt(now)
      .setExpirationTime(now + (options.idTokenLifetimeSeconds ?? 1800))
      .sign(privateKey);
  };
  const tokenAnswer = async (nonce?: string) => {
    const refresh = options.refreshTokens === false ? undefined : randomBytes(24).toString('base64url');
    if (refresh) refreshTokens.add(refresh);
    return {
      id_token: await idToken(nonce),
      access_token: randomBytes(24).toString('base64url'),
      token_type: 'Bearer',
      expires_in: options.idTokenLifetimeSeconds ?? 1800,
      ...(refresh ? { refresh_token: refresh } : {}),
    };
  };
  const oauthError = (error: string) => ({ error, error_description: error });

  const app = new Hono();
  // The web app calls discovery and the token endpoint from another origin.
  app.use('*', async (c, next) => {
    await next();
    c.res.headers.set('access-control-allow-origin', '*');
  });
  app.options('*', (c) =>
    c.body(null, 204, { 'access-control-allow-methods': 'GET, POST', 'access-control-allow-headers': 'accept, content-type, authorization' }),
  );
  app.use('*', async (c, next) => {
    const params =
      c.req.method === 'POST' ? Object.fromEntries(new URLSearchParams(await c.req.raw.clone().text())) : (c.req.query() as Record<string, string>);
    requests.push({ method: c.req.method, path: c.req.path, params });
    await next();
  });

  app.get('/.well-known/openid-configuration', (c) =>
    c.json({
      issuer: options.issuer,
      authorization_endpoint: `${options.issuer}/authorize`,
      token_endpoint: `${options.issuer}/token`,
      end_session_endpoint: `${options.issuer}/logout`,
      jwks_uri: `${options.issuer}/jwks`,
      response_types_supported: ['code'],
      subject_types_supported: ['public'],
      id_token_signing_alg_values_supported: ['RS256'],
      code_challenge_methods_supported: ['S256'],
      token_endpoint_auth_methods_supported: ['none'],
      grant_types_supported: ['authorization_code', 'refresh_token'],
    }),
  );
  app.get('/jwks', (c) => c.json({ keys: [publicJwk] }));

  app.get('/authorize', (c) => {
    const q = c.req.query();
    if (q.client_id !== options.clientId || !q.redirect_uri || !options.redirectUris.includes(q.redirect_uri)) {
      return c.text('unknown client or redirect_uri', 400);
    }
    const back = new URL(q.redirect_uri);
    if (q.state) back.searchParams.set('state', q.state);
    if (q.response_type !== 'code' || q.code_challenge_method !== 'S256' || !q.code_challenge || !q.scope?.split(' ').includes('openid')) {
      back.searchParams.set('error', 'invalid_request');
      return c.redirect(back.href, 302);
    }
    const code = randomBytes(16).toString('base64url');
    codes.set(code, { challenge: q.code_challenge, redirectUri: q.redirect_uri, ...(q.nonce ? { nonce: q.nonce } : {}) });
    back.searchParams.set('code', code);
    return c.redirect(back.href, 302);
  });

  app.post('/token', async (c) => {
    const form = new URLSearchParams(await c.req.text());
    if (form.get('client_id') !== options.clientId) return c.json(oauthError('invalid_client'), 401);
    if (form.get('grant_type') === 'authorization_code') {
      const grant = codes.get(form.get('code') ?? '');
      codes.delete(form.get('code') ?? '');
      const verifier = form.get('code_verifier') ?? '';
      const challenge = createHash('sha256').update(verifier).digest('base64url');
      if (!grant || grant.redirectUri !== form.get('redirect_uri') || grant.challenge !== challenge) {
        return c.json(oauthError('invalid_grant'), 400);
      }
      const nonce = nextNonceOverride ?? grant.nonce;
      nextNonceOverride = undefined;
      return c.json(await tokenAnswer(nonce), 200, { 'cache-control': 'no-store' });
    }
    if (form.get('grant_type') === 'refresh_token') {
      const refresh = form.get('refresh_token') ?? '';
      if (!refreshTokens.delete(refresh)) return c.json(oauthError('invalid_grant'), 400);
      return c.json(await tokenAnswer(), 200, { 'cache-control': 'no-store' });
    }
    return c.json(oauthError('unsupported_grant_type'), 400);
  });

  // Cognito's `logout_uri` or RP-initiated logout's `post_logout_redirect_uri`, on a registered origin.
  app.get('/logout', (c) => {
    const back = c.req.query('logout_uri') ?? c.req.query('post_logout_redirect_uri');
    const origins = options.redirectUris.map((uri) => new URL(uri).origin);
    if (c.req.query('client_id') !== options.clientId || !back || !origins.includes(new URL(back).origin)) {
      return c.text('bad logout request', 400);
    }
    return c.redirect(back, 302);
  });

  return {
    options,
    app,
    requests,
    jwksUrl: `${options.issuer}/jwks`,
    /** A fetch that answers from this provider without a network (unit tests). */
    fetch: ((input: string | URL | Request, init?: RequestInit) => app.fetch(new Request(input, init))) as typeof fetch,
    /** The next ID token from the code grant carries this nonce instead of the one asked for. */
    mintNextTokenWithNonce(nonce: string) {
      nextNonceOverride = nonce;
    },
    /** Requests to one path, in order. */
    requestsTo(path: string) {
      return requests.filter((r) => r.path === path);
    },
  };
}

export type FakeOidcProvider = Awaited<ReturnType<typeof createFakeOidcProvider>>;

/** The fake provider served on a free loopback port; its issuer is `http://127.0.0.1:<port>`. */
export async function startFakeOidcProvider(options: Omit<FakeOidcProviderOptions, 'issuer'>) {
  const port = await freePort();
  const provider = await createFakeOidcProvider({ ...options, issuer: `http://127.0.0.1:${port}` });
  const server = await new Promise<Server>((ready) => {
    const s = serve({ fetch: provider.app.fetch, port, hostname: '127.0.0.1' }, () => ready(s as Server));
  });
  return {
    ...provider,
    issuer: provider.options.issuer,
    async stop() {
      server.closeAllConnections();
      await new Promise<void>((done) => server.close(() => done()));
    },
  };
}
