import { createApiClient } from './api/client.js';
import { currentLang } from './i18n/lang.js';
import { createSessionStore } from './session/session-store.js';

/** The app's one session store (token in memory, mirrored to sessionStorage). */
export const sessionStore = createSessionStore(safeSessionStorage());

/** The app's one API client: same origin, the session's token, the chosen language. */
export const api = createApiClient({
  token: () => sessionStore.get().session?.token,
  lang: currentLang,
  onSessionEnded: () => sessionStore.end('expired'),
});

function safeSessionStorage(): Storage | undefined {
  try {
    return sessionStorage;
  } catch {
    return undefined;
  }
}
