import { createApiClient } from './api/client.js';
import { currentLang } from './i18n/lang.js';
import { clearAllDrafts } from './pages/resident/apply/draft-storage.js';
import { createSessionStore, SHARED_SESSION_KEY } from './session/session-store.js';

/** The app's one session store (token in memory, mirrored to sessionStorage; a resident's also to localStorage). */
export const sessionStore = createSessionStore(safeSessionStorage(), Date.now, safeLocalStorage());

// Sign-out (or a renewal) in another tab of this browser reaches this one.
if (typeof window !== 'undefined') {
  window.addEventListener('storage', (event) => {
    if (event.key !== SHARED_SESSION_KEY && event.key !== null) return;
    const before = sessionStore.get().session;
    sessionStore.sharedChanged(event.key === null ? null : event.newValue);
    // Signed out elsewhere: this tab's copy of the draft goes too (not when the session only expired).
    if (before && !sessionStore.get().session && sessionStore.get().ended === 'signed-out') clearAllDrafts();
  });
}

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

function safeLocalStorage(): Storage | undefined {
  try {
    return localStorage;
  } catch {
    return undefined;
  }
}
