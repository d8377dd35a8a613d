import type { Workspace } from '../api/types.js';
import type { EndReason } from './session-store.js';

/** Where each workspace lives. */
export const WORKSPACE_PATHS: Record<Workspace, string> = {
  resident: '/resident',
  counter: '/counter',
  office: '/office',
  county: '/county',
};

export const SIGN_IN_PATH = '/sign-in';

/** Where the OIDC provider sends the user back with a code (registered as `<WebUrl>/auth/callback`). */
export const AUTH_CALLBACK_PATH = '/auth/callback';

/**
 * `next` if it is a path on this site, else undefined: a sign-in link must never send someone to
 * another origin (`//evil.example`, `/\evil.example`, `https://...`), nor back to sign-in or the provider's callback.
 */
export function safeNextPath(next: string | undefined | null): string | undefined {
  if (!next || !next.startsWith('/') || next.startsWith('//') || next.startsWith('/\\')) return undefined;
  if (/[\u0000-\u001f]/.test(next)) return undefined;
  const path = next.split(/[?#]/)[0] ?? '';
  if (path === SIGN_IN_PATH || path.startsWith(`${SIGN_IN_PATH}/`)) return undefined;
  if (path === AUTH_CALLBACK_PATH) return undefined;
  return next;
}

/** The sign-in page, remembering where to return and why the user is there. */
export function signInPath(next?: string, reason?: EndReason): string {
  const params = new URLSearchParams();
  const safe = safeNextPath(next);
  if (safe && safe !== '/') params.set('next', safe);
  if (reason) params.set('reason', reason);
  const query = params.toString();
  return query ? `${SIGN_IN_PATH}?${query}` : SIGN_IN_PATH;
}
