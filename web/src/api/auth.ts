import type { ApiClient } from './client.js';
import { ApiError } from './api-error.js';
import { parseSession, type Session, type User } from './types.js';

/** Signs in with a local account (the embedded default's issuer). */
export async function signInLocal(api: ApiClient, username: string, password: string): Promise<Session> {
  return sessionFrom(await api.post<unknown>('/api/auth/local/login', { username, password }, { anonymous: true }));
}

/** Exchanges the current, still valid token for a fresh one. */
export async function refreshLocal(api: ApiClient): Promise<Session> {
  return sessionFrom(await api.post<unknown>('/api/auth/local/refresh'));
}

/** Who the current token belongs to. */
export function fetchMe(api: ApiClient, signal?: AbortSignal): Promise<User> {
  return api.get<User>('/api/me', signal ? { signal } : {});
}

function sessionFrom(body: unknown): Session {
  const session = parseSession(body);
  if (!session) throw new ApiError(200, 'BAD_RESPONSE', '');
  return session;
}
