import { sessionStore } from '../services.js';
import { signInPath } from './paths.js';

/** Ends the session and opens the sign-in page, which says so. */
export function signOut(route: (url: string, replace?: boolean) => void): void {
  route(signInPath(undefined, 'signed-out'));
  sessionStore.end('signed-out');
}
