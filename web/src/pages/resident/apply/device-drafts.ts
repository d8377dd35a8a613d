import { parseDraft, type ApplicationDraft } from './application-draft.js';

/**
 * Every draft this device holds for an account, one localStorage entry per item and township
 * (beside the tab's current draft, draft-storage.ts): starting another application never drops one
 * that the server does not have yet. The prefix is the drafts' own, so signing out clears them too.
 */
const PREFIX = 'ow.intake.draft.keyed.';
const keyOf = (d: Pick<ApplicationDraft, 'ownerId' | 'itemCode' | 'townshipId'>) => `${PREFIX}${d.ownerId}.${d.itemCode}@${d.townshipId}`;

type DeviceStorage = Pick<Storage, 'getItem' | 'setItem' | 'removeItem' | 'key' | 'length'>;

const local = (): DeviceStorage | undefined => {
  try {
    return typeof window === 'undefined' ? undefined : localStorage;
  } catch {
    return undefined;
  }
};

/** Keeps the draft on this device under its key (quota or a forbidden storage only lose this copy). */
export function keepOnDevice(draft: ApplicationDraft, storage: DeviceStorage | undefined = local()): void {
  try {
    storage?.setItem(keyOf(draft), JSON.stringify(draft));
  } catch {
    // The tab's copy and the server's remain.
  }
}

/** The device's copy of one draft. */
export function deviceDraft(
  key: Pick<ApplicationDraft, 'ownerId' | 'itemCode' | 'townshipId'>,
  storage: DeviceStorage | undefined = local(),
): ApplicationDraft | null {
  try {
    const draft = parseDraft(storage?.getItem(keyOf(key)), key.ownerId);
    return draft && draft.itemCode === key.itemCode && draft.townshipId === key.townshipId ? draft : null;
  } catch {
    return null;
  }
}

/** Every draft of the account on this device. */
export function deviceDrafts(ownerId: string, storage: DeviceStorage | undefined = local()): ApplicationDraft[] {
  const found: ApplicationDraft[] = [];
  try {
    for (let i = 0; i < (storage?.length ?? 0); i += 1) {
      const key = storage?.key(i);
      if (!key?.startsWith(`${PREFIX}${ownerId}.`)) continue;
      const draft = parseDraft(storage?.getItem(key), ownerId);
      if (draft && keyOf(draft) === key) found.push(draft);
    }
  } catch {
    // Storage forbidden: nothing kept here.
  }
  return found;
}

/** Forgets the device's copy of one draft (submitted, deleted, or gone from the server). */
export function forgetOnDevice(key: Pick<ApplicationDraft, 'ownerId' | 'itemCode' | 'townshipId'>, storage: DeviceStorage | undefined = local()): void {
  try {
    storage?.removeItem(keyOf(key));
  } catch {
    // Nothing was kept.
  }
}
