import { useEffect, useState } from 'preact/hooks';
import { sessionStore } from '../services.js';
import type { SessionState } from './session-store.js';

/** The current session state; re-renders when someone signs in, out, or the token is renewed. */
export function useSession(): SessionState {
  const [state, setState] = useState(sessionStore.get);
  useEffect(() => {
    setState(sessionStore.get());
    return sessionStore.subscribe(() => setState(sessionStore.get()));
  }, []);
  return state;
}
