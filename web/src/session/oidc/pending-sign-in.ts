import { generateRandomNonce, generateRandomState } from 'oauth4webapi';
import { safeNextPath } from '../paths.js';

/** A sign-in sent to the provider and not yet answered: what its answer must match. */
export interface PendingSignIn {
  /** Sent as `state`; the callback must bring back exactly this. It also carries `next`. */
  state: string;
  /** Sent as `nonce`; the ID token must carry exactly this. */
  nonce: string;
  /** The PKCE verifier, sent only with the code to the token endpoint. */
  verifier: string;
}

const KEY = 'ow.oidc.pending';

/**
 * Starts a sign-in: a fresh random state (carrying where to go afterwards) and nonce, kept with
 * the PKCE verifier in this tab's sessionStorage until the provider sends the user back.
 */
export function beginPendingSignIn(storage: Storage, input: { verifier: string; next?: string | undefined }): PendingSignIn {
  const next = safeNextPath(input.next);
  const pending: PendingSignIn = {
    state: encodeState({ id: generateRandomState(), ...(next ? { next } : {}) }),
    nonce: generateRandomNonce(),
    verifier: input.verifier,
  };
  storage.setItem(KEY, JSON.stringify(pending));
  return pending;
}

/**
 * The pending sign-in, removed as it is read: an answer is used once, and a forged or replayed
 * one also spends it, so the user starts over.
 */
export function takePendingSignIn(storage: Storage): PendingSignIn | null {
  const raw = storage.getItem(KEY);
  storage.removeItem(KEY);
  if (!raw) return null;
  try {
    const value = JSON.parse(raw) as Record<string, unknown>;
    const { state, nonce, verifier } = value;
    if (typeof state !== 'string' || typeof nonce !== 'string' || typeof verifier !== 'string') return null;
    return { state, nonce, verifier };
  } catch {
    return null;
  }
}

/** Where to go after signing in, read from a state this tab made (checked again as a safe path). */
export function nextFromState(state: string): string | undefined {
  try {
    const value = JSON.parse(fromBase64Url(state)) as { next?: unknown };
    return typeof value.next === 'string' ? safeNextPath(value.next) : undefined;
  } catch {
    return undefined;
  }
}

function encodeState(value: { id: string; next?: string }): string {
  return toBase64Url(JSON.stringify(value));
}

function toBase64Url(text: string): string {
  const bytes = new TextEncoder().encode(text);
  let binary = '';
  for (const byte of bytes) binary += String.fromCharCode(byte);
  return btoa(binary).replace(/\+/g, '-').replace(/\//g, '_').replace(/=+$/, '');
}

function fromBase64Url(text: string): string {
  const binary = atob(text.replace(/-/g, '+').replace(/_/g, '/'));
  return new TextDecoder().decode(Uint8Array.from(binary, (c) => c.charCodeAt(0)));
}
