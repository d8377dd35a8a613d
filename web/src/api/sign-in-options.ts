import { isRole, type Role } from '../../../functions/core/auth/principal.js';
import { ApiError } from './api-error.js';
import type { ApiClient } from './client.js';

/** The OIDC provider and public client the web app signs in with (authorization code + PKCE). */
export interface OidcConfig {
  mode: 'oidc';
  issuer: string;
  clientId: string;
  scopes: string[];
  /** The provider's sign-out page, when its discovery document has no end_session_endpoint. */
  logoutUrl?: string;
  providerName?: string;
}

/** How this deployment signs people in: its own local issuer, or an OIDC provider. */
export type AuthConfig = { mode: 'local' } | OidcConfig;

/** One demo account of the embedded default, as the sign-in page lists it. */
export interface DemoAccount {
  username: string;
  role: Role;
  name: string;
  townshipId?: string;
  countyId?: string;
}

export interface DemoAccountList {
  password: string;
  accounts: DemoAccount[];
}

/** How to sign in here (`GET /api/auth/config`, public). */
export async function fetchAuthConfig(api: ApiClient, signal?: AbortSignal): Promise<AuthConfig> {
  const body = await api.get<unknown>('/api/auth/config', { anonymous: true, ...(signal ? { signal } : {}) });
  const config = parseAuthConfig(body);
  if (!config) throw new ApiError(200, 'BAD_RESPONSE', '');
  return config;
}

/** The demo accounts and their password; the endpoint exists only beside the local issuer. */
export async function fetchDemoAccounts(api: ApiClient, signal?: AbortSignal): Promise<DemoAccountList> {
  const body = await api.get<DemoAccountList>('/api/auth/local/demo-accounts', { anonymous: true, ...(signal ? { signal } : {}) });
  return { password: String(body.password), accounts: body.accounts.filter((a) => isRole(a.role)) };
}

/** An AuthConfig from untrusted JSON, or null. */
export function parseAuthConfig(value: unknown): AuthConfig | null {
  if (!value || typeof value !== 'object') return null;
  const v = value as Record<string, unknown>;
  if (v.mode === 'local') return { mode: 'local' };
  if (v.mode !== 'oidc' || typeof v.issuer !== 'string' || typeof v.clientId !== 'string') return null;
  const scopes = Array.isArray(v.scopes) ? v.scopes.filter((s): s is string => typeof s === 'string') : [];
  const config: OidcConfig = { mode: 'oidc', issuer: v.issuer, clientId: v.clientId, scopes: scopes.includes('openid') ? scopes : ['openid', ...scopes] };
  if (typeof v.logoutUrl === 'string') config.logoutUrl = v.logoutUrl;
  if (typeof v.providerName === 'string') config.providerName = v.providerName;
  return config;
}
