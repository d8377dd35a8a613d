const KEY = 'ow.oidc.refresh';

/**
 * The provider's refresh token, beside the session in this tab's sessionStorage (gone when the
 * tab closes, like the session). Not every provider issues one; without it the session ends at
 * the ID token's expiry. `storage` defaults to the browser's sessionStorage.
 */
export const refreshStore = {
  get(storage: Storage | undefined = browserSessionStorage()): string | undefined {
    try {
      return storage?.getItem(KEY) ?? undefined;
    } catch {
      return undefined;
    }
  },
  set(token: string | undefined, storage: Storage | undefined = browserSessionStorage()): void {
    try {
      if (token) storage?.setItem(KEY, token);
      else storage?.removeItem(KEY);
    } catch {
      // Storage refused: the session simply lapses at expiry.
    }
  },
};

function browserSessionStorage(): Storage | undefined {
  try {
    return sessionStorage;
  } catch {
    return undefined;
  }
}
