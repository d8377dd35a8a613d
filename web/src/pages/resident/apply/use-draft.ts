import { useCallback, useLayoutEffect, useState } from 'preact/hooks';
import { clearDraft, loadDraft, newDraft, saveDraft, type ApplicationDraft } from './application-draft.js';
import { forgetOnDevice, keepOnDevice } from './device-drafts.js';
import { draftStorage } from './draft-storage.js';
import { newIdempotencyKey } from './idempotency-key.js';

export { draftStorage } from './draft-storage.js';

/** The signed-in user's draft application, saved on this device on every change (the server's copy: use-draft-sync.ts). */
export function useDraft(ownerId: string) {
  const [draft, setDraft] = useState<ApplicationDraft | null>(() => loadDraft(draftStorage(ownerId), ownerId));
  // Saved as the change is rendered, not after the next paint: a reload right after typing keeps it.
  useLayoutEffect(() => {
    if (!draft) return;
    saveDraft(draftStorage(draft.ownerId), draft);
    keepOnDevice(draft);
  }, [draft]);
  /** A change the applicant made: stamped, so it is saved to the server next. */
  const update = useCallback((change: (d: ApplicationDraft) => ApplicationDraft) => {
    setDraft((d) => (d ? { ...change(d), savedAt: Date.now() } : d));
  }, []);
  /** Bookkeeping that is not the applicant's change (which server version it matches): not stamped. */
  const mark = useCallback((change: (d: ApplicationDraft) => ApplicationDraft) => {
    setDraft((d) => (d ? change(d) : d));
  }, []);
  /** Another copy of the application to go on with (resumed from the server, or chosen after a conflict). */
  const replace = useCallback((next: ApplicationDraft) => setDraft(next), []);
  const start = useCallback(
    (input: { townshipId: string; itemCode: string; itemName?: ApplicationDraft['itemName'] }) =>
      setDraft(newDraft({ ownerId, ...input }, newIdempotencyKey())),
    [ownerId],
  );
  /** Forgets the draft on this device (submitted, deleted, or not wanted). */
  const discard = useCallback(() => {
    setDraft((d) => {
      if (d) forgetOnDevice(d);
      return null;
    });
    clearDraft(draftStorage(ownerId));
  }, [ownerId]);
  return { draft, update, mark, replace, start, discard };
}

/** What every step gets of the draft. */
export type DraftHandle = ReturnType<typeof useDraft> & { draft: ApplicationDraft };
