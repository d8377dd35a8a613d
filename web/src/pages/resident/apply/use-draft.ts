import { useCallback, useLayoutEffect, useState } from 'preact/hooks';
import { clearDraft, loadDraft, newDraft, saveDraft, type ApplicationDraft } from './application-draft.js';
import { draftStorage } from './draft-storage.js';
import { newIdempotencyKey } from './idempotency-key.js';

export { draftStorage } from './draft-storage.js';

/** The signed-in user's draft application, saved on every change. */
export function useDraft(ownerId: string) {
  const [draft, setDraft] = useState<ApplicationDraft | null>(() => loadDraft(draftStorage(ownerId), ownerId));
  // Saved as the change is rendered, not after the next paint: a reload right after typing keeps it.
  useLayoutEffect(() => {
    if (draft) saveDraft(draftStorage(draft.ownerId), draft);
  }, [draft]);
  const update = useCallback((change: (d: ApplicationDraft) => ApplicationDraft) => {
    setDraft((d) => (d ? { ...change(d), savedAt: Date.now() } : d));
  }, []);
  const start = useCallback(
    (input: { townshipId: string; itemCode: string; itemName?: ApplicationDraft['itemName'] }) =>
      setDraft(newDraft({ ownerId, ...input }, newIdempotencyKey())),
    [ownerId],
  );
  const discard = useCallback(() => {
    clearDraft(draftStorage(ownerId));
    setDraft(null);
  }, [ownerId]);
  return { draft, update, start, discard };
}

/** What every step gets of the draft. */
export type DraftHandle = ReturnType<typeof useDraft> & { draft: ApplicationDraft };
