import {
  allowInsecureRequests,
  customFetch,
  discoveryRequest,
  processDiscoveryResponse,
  type AuthorizationServer,
  type HttpRequestOptions,
} from 'oauth4webapi';
import { OidcSignInError } from './errors.js';

/** What the OIDC calls share: a fetch to use (tests pass their own), nothing else. */
export interface OidcTransport {
  fetch?: typeof fetch;
}

const LOOPBACK = new Set(['localhost', '127.0.0.1', '[::1]']);

/**
 * Options for every request to the provider. Plain HTTP is allowed only for a provider on this
 * machine's loopback (the local stack's test provider); anything else must be HTTPS.
 */
export function requestOptions(issuer: string, transport: OidcTransport = {}): RequestOptions {
  const options: RequestOptions = {};
  if (LOOPBACK.has(new URL(issuer).hostname)) options[allowInsecureRequests] = true;
  if (transport.fetch) options[customFetch] = transport.fetch;
  return options;
}

// Shared by GET (discovery) and POST (token) calls; their fetch signatures differ only in body type.
// eslint-disable-next-line @typescript-eslint/no-explicit-any
type RequestOptions = HttpRequestOptions<any, any>;

const cache = new Map<string, Promise<AuthorizationServer>>();

/**
 * The provider's metadata from `<issuer>/.well-known/openid-configuration` (authorization, token
 * and end-session endpoints), checked to name the same issuer; asked once per page load.
 */
export function discover(issuer: string, transport: OidcTransport = {}): Promise<AuthorizationServer> {
  // A caller with its own fetch (a test's fake provider) is never served from the cache.
  if (transport.fetch) return load(issuer, transport);
  let found = cache.get(issuer);
  if (!found) {
    found = load(issuer, transport).catch((error: unknown) => {
      cache.delete(issuer);
      throw error;
    });
    cache.set(issuer, found);
  }
  return found;
}

async function load(issuer: string, transport: OidcTransport): Promise<AuthorizationServer> {
  const url = new URL(issuer);
  let response: Response;
  try {
    response = await discoveryRequest(url, { algorithm: 'oidc', ...requestOptions(issuer, transport) });
  } catch (cause) {
    throw new OidcSignInError('network', `discovery of ${issuer} failed`, undefined, { cause });
  }
  return processDiscoveryResponse(url, response);
}
