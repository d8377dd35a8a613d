import { useEffect } from 'preact/hooks';
import { ApiError } from '../api/api-error.js';
import { fetchMe } from '../api/auth.js';
import { api, sessionStore } from '../services.js';
import { refreshStore } from './oidc/refresh-store.js';
import { renewSession } from './renew.js';
import { nextRenewalStep } from './renewal.js';
import { useSession } from './use-session.js';

const ACTIVITY_EVENTS = ['pointerdown', 'keydown'] as const;
const RETRY_MS = 30_000;

/**
 * Keeps the token fresh while the user works, and lets an idle one expire. Renders nothing.
 * On start it also asks `/api/me` once, so a token the server no longer accepts ends the
 * session at once rather than at the first click.
 */
export function SessionKeeper() {
  const { session, receivedAt } = useSession();

  useEffect(() => {
    if (!sessionStore.get().session) return;
    const controller = new AbortController();
    fetchMe(api, controller.signal).catch(() => {
      // A 401 already ended the session through the client; anything else is not our business here.
    });
    return () => controller.abort();
  }, []);

  useEffect(() => {
    if (!session) {
      // An ended session takes the provider's refresh token with it.
      refreshStore.set(undefined);
      return;
    }
    const expiresAt = Date.parse(session.expiresAt);
    let lastActivity = 0;
    let timer: ReturnType<typeof setTimeout> | undefined;
    let busy = false;
    let stopped = false;
    // Set when this token cannot be renewed (an OIDC provider that issued no refresh token).
    let lapses = false;

    const step = () => {
      if (stopped || busy) return;
      clearTimeout(timer);
      const next = nextRenewalStep({ now: Date.now(), expiresAt, receivedAt, lastActivity });
      if (next.kind === 'expire') sessionStore.end('expired');
      else if (next.kind === 'wait') timer = setTimeout(step, next.ms);
      else if (lapses) timer = setTimeout(step, expiresAt - Date.now());
      else {
        busy = true;
        renewSession()
          .then((fresh) => {
            if (stopped) return;
            if (fresh) sessionStore.set(fresh);
            else {
              busy = false;
              lapses = true;
              step();
            }
          })
          .catch((error: unknown) => {
            busy = false;
            if (error instanceof ApiError && error.isSessionEnded) sessionStore.end('expired');
            else if (!stopped) timer = setTimeout(step, RETRY_MS);
          });
      }
    };
    // Throttled: a step on every key press would be waste; once a minute is enough to notice.
    let lastNoted = 0;
    const noteActivity = () => {
      lastActivity = Date.now();
      if (lastActivity - lastNoted > 60_000) {
        lastNoted = lastActivity;
        step();
      }
    };
    // Background tabs throttle timers; look again when the tab comes back.
    const onVisible = () => document.visibilityState === 'visible' && step();

    ACTIVITY_EVENTS.forEach((name) => addEventListener(name, noteActivity, { passive: true }));
    document.addEventListener('visibilitychange', onVisible);
    step();
    return () => {
      stopped = true;
      clearTimeout(timer);
      ACTIVITY_EVENTS.forEach((name) => removeEventListener(name, noteActivity));
      document.removeEventListener('visibilitychange', onVisible);
    };
  }, [session, receivedAt]);

  return null;
}
