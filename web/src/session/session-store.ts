import { STAFF_ROLES } from '../../../functions/core/auth/principal.js';
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
  /**
   * Another tab changed the shared session (the browser's `storage` event for SHARED_SESSION_KEY):
   * removed means signed out there, so here too; a renewed token of the same user is taken over.
   */
  sharedChanged(raw: string | null): void;
}

const STORAGE_KEY = 'ow.session';
/** A resident's session, shared by the tabs of this browser until it expires or they sign out. */
export const SHARED_SESSION_KEY = 'ow.session.shared';

/** Residents and village proxies keep their sign-in across tabs; staff tokens stay in one tab (shared counter PCs). */
const sharesAcrossTabs = (session: Session) => !STAFF_ROLES.includes(session.user.role);

/**
 * A store over `storage` (sessionStorage in the browser): a staff token is gone when the tab closes,
 * which suits shared counter PCs. A resident's session is also kept in `shared` (localStorage)
 * until its expiry, so a link opened in a new tab or a reopened browser is still signed in; signing
 * out removes it for every tab. A stored session that has already expired is dropped on load.
 */
export function createSessionStore(storage: Storage | undefined, now: () => number = Date.now, shared?: Storage): SessionStore {
  let state: SessionState = { session: null, receivedAt: 0, ended: null };
  const fromShared = (() => {
    const value = read(shared, SHARED_SESSION_KEY);
    return value && sharesAcrossTabs(value.session) ? value : null;
  })();
  const stored = read(storage) ?? fromShared;
  if (stored) {
    state = Date.parse(stored.session.expiresAt) > now() ? { ...stored, ended: null } : { session: null, receivedAt: 0, ended: 'expired' };
    if (!state.session) {
      write(storage, null);
      if (fromShared) write(shared, null, SHARED_SESSION_KEY);
    } else write(storage, stored);
  }
  const listeners = new Set<() => void>();
  const emit = () => listeners.forEach((listener) => listener());

  return {
    get: () => state,
    set(session, at = now()) {
      state = { session, receivedAt: at, ended: null };
      write(storage, { session, receivedAt: at });
      if (sharesAcrossTabs(session)) write(shared, { session, receivedAt: at }, SHARED_SESSION_KEY);
      emit();
    },
    end(reason) {
      if (!state.session) return;
      const ending = state.session;
      state = { session: null, receivedAt: 0, ended: reason };
      write(storage, null);
      // Signing out ends the shared copy of this user (another account may have signed in since). A
      // session that ended here for another reason (a renewal this tab could not make) leaves the
      // other tabs alone, unless the shared token itself is past its expiry.
      const sharedNow = read(shared, SHARED_SESSION_KEY)?.session;
      const sameUser = sharedNow?.user.userId === ending.user.userId;
      const sharedExpired = sharedNow !== undefined && Date.parse(sharedNow.expiresAt) <= now();
      if (sameUser && (reason === 'signed-out' || sharedExpired)) write(shared, null, SHARED_SESSION_KEY);
      emit();
    },
    sharedChanged(raw) {
      const current = state.session;
      if (!current || !sharesAcrossTabs(current)) return;
      const next = raw ? parseStored(raw) : null;
      if (!next) {
        // Signed out in another tab, or the shared token expired there (then it has here too: the
        // same token), which is not a sign-out: the applicant's input stays until they sign in again.
        const expired = Date.parse(current.expiresAt) <= now();
        state = { session: null, receivedAt: 0, ended: expired ? 'expired' : 'signed-out' };
        write(storage, null);
        emit();
      } else if (next.session.user.userId === current.user.userId && next.session.token !== current.token) {
        state = { ...next, ended: null };
        write(storage, next);
        emit();
      }
    },
    subscribe(listener) {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
  };
}

function read(storage: Storage | undefined, key = STORAGE_KEY): { session: Session; receivedAt: number } | null {
  try {
    const raw = storage?.getItem(key);
    return raw ? parseStored(raw) : null;
  } catch {
    return null;
  }
}

function parseStored(raw: string): { session: Session; receivedAt: number } | null {
  try {
    const value = JSON.parse(raw) as { session?: unknown; receivedAt?: unknown };
    const session = parseSession(value.session);
    return session ? { session, receivedAt: typeof value.receivedAt === 'number' ? value.receivedAt : 0 } : null;
  } catch {
    return null;
  }
}

function write(storage: Storage | undefined, value: { session: Session; receivedAt: number } | null, key = STORAGE_KEY): void {
  try {
    if (value) storage?.setItem(key, JSON.stringify(value));
    else storage?.removeItem(key);
  } catch {
    // Storage refused (private mode, quota): the session still lives in memory for this page.
  }
}
