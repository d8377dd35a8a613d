import { useCallback, useEffect, useState } from 'preact/hooks';
import { deleteServerDraft, listServerDrafts } from '../../api/drafts.js';
import { api } from '../../services.js';
import { clearDraft, loadDraft } from './apply/application-draft.js';
import { deviceDrafts, forgetOnDevice } from './apply/device-drafts.js';
import { draftStorage } from './apply/draft-storage.js';
import { mergeDraftLists, sameKey, type DraftEntry } from './apply/draft-sync.js';

export type DraftEntries =
  | { status: 'loading' }
  /** `serverFailed`: the server's list could not be read; only this device's copies are listed. */
  | { status: 'ready'; entries: DraftEntry[]; serverFailed: boolean };

/**
 * The account's unfinished applications: the server's list with this device's copies laid over
 * (draft-sync.ts `mergeDraftLists`); copies the server no longer has and that hold nothing
 * unsaved are forgotten here. `remove` deletes one on the server and on this device.
 */
export function useDraftEntries(ownerId: string, lang: string) {
  const [state, setState] = useState<DraftEntries>({ status: 'loading' });
  const [round, setRound] = useState(0);
  useEffect(() => {
    const controller = new AbortController();
    listServerDrafts(api, controller.signal).then(
      (server) => {
        if (controller.signal.aborted) return;
        const { entries, forget } = mergeDraftLists(server, deviceDrafts(ownerId));
        for (const gone of forget) forgetOnDevice(gone);
        setState({ status: 'ready', entries, serverFailed: false });
      },
      () => {
        if (controller.signal.aborted) return;
        setState({ status: 'ready', entries: mergeDraftLists([], deviceDrafts(ownerId)).entries, serverFailed: true });
      },
    );
    return () => controller.abort();
  }, [ownerId, lang, round]);

  const remove = useCallback(
    async (entry: Pick<DraftEntry, 'itemCode' | 'townshipId'>) => {
      await deleteServerDraft(api, entry.itemCode, entry.townshipId);
      const key = { ownerId, itemCode: entry.itemCode, townshipId: entry.townshipId };
      forgetOnDevice(key);
      const current = loadDraft(draftStorage(ownerId), ownerId);
      if (current && sameKey(current, key)) clearDraft(draftStorage(ownerId));
      setState((s) => (s.status === 'ready' ? { ...s, entries: s.entries.filter((e) => !sameKey(e, entry)) } : s));
    },
    [ownerId],
  );
  const reload = useCallback(() => setRound((n) => n + 1), []);
  return { state, remove, reload };
}
