import { parseSession, type Session } from '../api/types.js';

/** Why the last session ended; the sign-in page tells the user. */
export type EndReason = 'expired' | 'signed-out';

export interface SessionState {
  session: Session | null;
  /** When the current token arrived (ms), to tell whether the user was active since. */
  receivedAt: number;
  ended: EndReason | null;
}

/** The one place the token lives: memory, mirrored to sessionStorage so a reload keeps it. */
export interface SessionStore {
  get(): SessionState;
  set(session: Session, now?: number): void;
  end(reason: EndReason): void;
  subscribe(listener: () => void): () => void;
}

const STORAGE_KEY = 'ow.session';

/**
 * A store over `storage` (sessionStorage in the browser): the token is gone when the tab closes,
 * which suits shared counter PCs. A stored session that has already expired is dropped on load.
 */
export function createSessionStore(storage: Storage | undefined, now: () => number = Date.now): SessionStore {
  let state: SessionState = { session: null, receivedAt: 0, ended: null };
  const stored = read(storage);
  if (stored) {
    state = Date.parse(stored.session.expiresAt) > now() ? { ...stored, ended: null } : { session: null, receivedAt: 0, ended: 'expired' };
    if (!state.session) write(storage, null);
  }
  const listeners = new Set<() => void>();
  const emit = () => listeners.forEach((listener) => listener());

  return {
    get: () => state,
    set(session, at = now()) {
      state = { session, receivedAt: at, ended: null };
      write(storage, { session, receivedAt: at });
      emit();
    },
    end(reason) {
      if (!state.session) return;
      state = { session: null, receivedAt: 0, ended: reason };
      write(storage, null);
      emit();
    },
    subscribe(listener) {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
  };
}

function read(storage: Storage | undefined): { session: Session; receivedAt: number } | null {
  try {
    const raw = storage?.getItem(STORAGE_KEY);
    if (!raw) return null;
    const value = JSON.parse(raw) as { session?: unknown; receivedAt?: unknown };
    const session = parseSession(value.session);
    return session ? { session, receivedAt: typeof value.receivedAt === 'number' ? value.receivedAt : 0 } : null;
  } catch {
    return null;
  }
}

function write(storage: Storage | undefined, value: { session: Session; receivedAt: number } | null): void {
  try {
    if (value) storage?.setItem(STORAGE_KEY, JSON.stringify(value));
    else storage?.removeItem(STORAGE_KEY);
  } catch {
    // Storage refused (private mode, quota): the session still lives in memory for this page.
  }
}
