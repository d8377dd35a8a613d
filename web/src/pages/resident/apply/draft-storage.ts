/**
 * Where a resident's application draft is kept: this tab's sessionStorage (as before) and, keyed
 * by the account, the browser's localStorage, so the draft outlives the tab — a closed browser or
 * a link opened in a new tab resumes it. Submitting clears both; signing out clears every draft
 * on this device, so personal data does not stay behind on a shared PC.
 */
const DRAFT_KEY = 'ow.intake.draft';
const deviceKey = (ownerId: string) => `${DRAFT_KEY}.${ownerId}`;

type DraftStorage = Pick<Storage, 'getItem' | 'setItem' | 'removeItem'>;

/** The two storages behind one Storage-like face; `ownerId` picks the device copy. */
export function layeredDraftStorage(tab: DraftStorage | undefined, device: DraftStorage | undefined, ownerId: string | undefined): DraftStorage {
  const attempt = <T>(task: () => T, fallback: T): T => {
    try {
      return task();
    } catch {
      return fallback;
    }
  };
  return {
    getItem(key) {
      const here = attempt(() => tab?.getItem(key) ?? null, null);
      if (here !== null && (!ownerId || here.includes(`"ownerId":${JSON.stringify(ownerId)}`))) return here;
      return ownerId && key === DRAFT_KEY ? attempt(() => device?.getItem(deviceKey(ownerId)) ?? null, null) : here;
    },
    setItem(key, value) {
      attempt(() => tab?.setItem(key, value), undefined);
      if (ownerId && key === DRAFT_KEY) attempt(() => device?.setItem(deviceKey(ownerId), value), undefined);
    },
    removeItem(key) {
      attempt(() => tab?.removeItem(key), undefined);
      if (ownerId && key === DRAFT_KEY) attempt(() => device?.removeItem(deviceKey(ownerId)), undefined);
    },
  };
}

/** The draft storage of the browser for this account. */
export function draftStorage(ownerId?: string): DraftStorage {
  return layeredDraftStorage(
    safe(() => sessionStorage),
    safe(() => localStorage),
    ownerId,
  );
}

/** Whether this tab holds a draft (the sign-in page after an expired session says it is kept). */
export function hasDraftInTab(tab: Pick<Storage, 'getItem'> | undefined = safe(() => sessionStorage)): boolean {
  try {
    return !!tab?.getItem(DRAFT_KEY);
  } catch {
    return false;
  }
}

/** Forgets every draft on this device and in this tab (sign-out). */
export function clearAllDrafts(tab: Storage | undefined = safe(() => sessionStorage), device: Storage | undefined = safe(() => localStorage)): void {
  try {
    tab?.removeItem(DRAFT_KEY);
    if (!device) return;
    const keys: string[] = [];
    for (let i = 0; i < device.length; i += 1) {
      const key = device.key(i);
      if (key?.startsWith(`${DRAFT_KEY}.`)) keys.push(key);
    }
    for (const key of keys) device.removeItem(key);
  } catch {
    // Storage forbidden: nothing was kept there.
  }
}

function safe(get: () => Storage): Storage | undefined {
  try {
    return typeof window === 'undefined' ? undefined : get();
  } catch {
    return undefined;
  }
}
