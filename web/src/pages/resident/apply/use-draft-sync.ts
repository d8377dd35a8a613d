import { useCallback, useEffect, useRef, useState } from 'preact/hooks';
import { ApiError } from '../../../api/api-error.js';
import { getServerDraft, saveServerDraft, type ServerDraft } from '../../../api/drafts.js';
import { getChecklist } from '../../../api/intake.js';
import { api } from '../../../services.js';
import { withChecklist, type ApplicationDraft } from './application-draft.js';
import { forgetOnDevice } from './device-drafts.js';
import { fromServer, hasUnsavedChanges, keepDeviceCopy, resolveCollision, saveBodyOf, sameKey } from './draft-sync.js';
import type { useDraft } from './use-draft.js';

/** Quiet time after the last change before it is saved to the server. */
export const SAVE_DEBOUNCE_MS = 1500;
/** How often a draft kept on this device only is tried again. */
const RETRY_MS = 30_000;

/** Where the server's copy stands, in words on the page (SaveState.tsx). */
export type SaveState =
  | { kind: 'idle' }
  | { kind: 'saving' }
  | { kind: 'saved'; savedAt: string; expiresAt: string }
  /** Not on the server: offline, or the server could not take it; this device keeps it and tries again. */
  | { kind: 'device-only' }
  /** The session ended: kept on this device until the applicant signs in again. */
  | { kind: 'session-ended' }
  /** Changed on another device: the applicant chooses which copy to keep. */
  | { kind: 'conflict'; server: ServerDraft }
  /** Submitted or deleted elsewhere: keep this copy, or let it go. */
  | { kind: 'gone' };

const savedState = (d: ApplicationDraft | null): SaveState =>
  d?.server && !hasUnsavedChanges(d) ? { kind: 'saved', savedAt: d.server.savedAt, expiresAt: d.server.expiresAt } : { kind: 'idle' };

/** The checklist of a copy that arrived without it (the server does not keep it); asked again, else the situation step is to be done again. */
export async function withFreshChecklist(draft: ApplicationDraft): Promise<ApplicationDraft> {
  if (draft.checklist || !draft.completed.includes('situation')) return draft;
  try {
    return withChecklist(draft, await getChecklist(api, draft.itemCode, draft.variantAnswers));
  } catch {
    return { ...draft, completed: draft.completed.filter((s) => s !== 'situation' && s !== 'materials') };
  }
}

/**
 * Saves the draft to the server as the applicant goes: after a pause in typing, and at once when
 * they leave a step. One save at a time, each on the version the last one made. A refused save
 * (409) reads the server's copy: the same content is taken as saved; another is put to the
 * applicant to choose. Offline or failing, the copy on this device stands and is tried again.
 */
export function useDraftSync(handle: ReturnType<typeof useDraft>) {
  const [state, setState] = useState<SaveState>(() => savedState(handle.draft));
  const draftRef = useRef(handle.draft);
  draftRef.current = handle.draft;
  const running = useRef<Promise<void> | null>(null);
  // A conflict, an ended session or a submission under way stops saving until it is settled.
  const held = useRef(false);
  const timer = useRef<ReturnType<typeof setTimeout>>();

  const saveNow = useCallback(async (): Promise<void> => {
    clearTimeout(timer.current);
    if (running.current) return running.current;
    const draft = draftRef.current;
    if (!draft || held.current || !hasUnsavedChanges(draft)) return;
    const run = (async () => {
      setState({ kind: 'saving' });
      try {
        const saved = await saveServerDraft(api, draft.itemCode, draft.townshipId, saveBodyOf(draft));
        const server = { version: saved.version, savedAt: saved.savedAt, expiresAt: saved.expiresAt };
        const after = { ...(draftRef.current ?? draft), server, syncedAt: draft.savedAt };
        draftRef.current = sameKey(after, draft) ? after : draftRef.current;
        handle.mark((d) => (sameKey(d, draft) ? { ...d, server, syncedAt: draft.savedAt } : d));
        setState(draftRef.current && hasUnsavedChanges(draftRef.current) ? { kind: 'saving' } : { kind: 'saved', ...server });
      } catch (error) {
        await onRefused(error, draft);
      }
    })();
    running.current = run;
    try {
      await run;
    } finally {
      running.current = null;
    }
    // Typed on while it was saving: that goes next.
    const now = draftRef.current;
    if (now && !held.current && hasUnsavedChanges(now) && sameKey(now, draft)) timer.current = setTimeout(() => void saveNow(), SAVE_DEBOUNCE_MS);
  }, []);

  const onRefused = async (error: unknown, draft: ApplicationDraft) => {
    if (error instanceof ApiError && error.isSessionEnded) {
      held.current = true;
      setState({ kind: 'session-ended' });
      return;
    }
    if (!(error instanceof ApiError) || error.status !== 409) {
      setState({ kind: 'device-only' });
      return;
    }
    let server: ServerDraft | null = null;
    try {
      server = await getServerDraft(api, draft.itemCode, draft.townshipId);
    } catch (readError) {
      if (!(readError instanceof ApiError && readError.status === 404)) {
        setState({ kind: 'device-only' });
        return;
      }
    }
    const current = draftRef.current ?? draft;
    const collision = resolveCollision(current, server);
    if (collision.kind === 'same') {
      draftRef.current = collision.draft;
      handle.mark(() => collision.draft);
      setState(savedState(collision.draft));
      return;
    }
    held.current = true;
    setState(collision.kind === 'gone' ? { kind: 'gone' } : { kind: 'conflict', server: collision.server });
  };

  // A change: saved after a pause in typing.
  const stamp = handle.draft?.savedAt;
  useEffect(() => {
    const draft = draftRef.current;
    if (!draft || held.current || !hasUnsavedChanges(draft)) return;
    clearTimeout(timer.current);
    timer.current = setTimeout(() => void saveNow(), SAVE_DEBOUNCE_MS);
    // From the change on, "saved" would be false: the line says a save is on its way.
    setState((s) => (s.kind === 'saved' || s.kind === 'idle' ? { kind: 'saving' } : s));
  }, [stamp, handle.draft?.itemCode, handle.draft?.townshipId]);

  // Kept on this device only: tried again when the connection comes back, and now and then.
  useEffect(() => {
    if (state.kind !== 'device-only') return;
    const retry = () => void saveNow();
    addEventListener('online', retry);
    const every = setInterval(retry, RETRY_MS);
    return () => {
      removeEventListener('online', retry);
      clearInterval(every);
    };
  }, [state.kind]);

  // Leaving the flow (or the page) with something unsaved: saved at once.
  useEffect(() => {
    const onHide = () => document.visibilityState === 'hidden' && void saveNow();
    document.addEventListener('visibilitychange', onHide);
    return () => {
      document.removeEventListener('visibilitychange', onHide);
      clearTimeout(timer.current);
      void saveNow();
    };
  }, []);

  /** Keep this device's copy over the server's (or over none, when it is gone there): saved at once on top of the stored version. */
  const keepDevice = useCallback(async () => {
    const draft = draftRef.current;
    if (!draft) return;
    const stored = state.kind === 'conflict' ? state.server : null;
    const kept = keepDeviceCopy(draft, stored);
    draftRef.current = kept;
    handle.replace(kept);
    held.current = false;
    await saveNow();
  }, [state]);

  /** Go on with the server's copy; this device's is replaced. */
  const takeServer = useCallback(async () => {
    if (state.kind !== 'conflict' || !draftRef.current) return;
    const taken = await withFreshChecklist(fromServer(state.server, draftRef.current.ownerId, draftRef.current.idempotencyKey));
    draftRef.current = { ...taken, ...(draftRef.current.itemName ? { itemName: draftRef.current.itemName } : {}) };
    handle.replace(draftRef.current);
    held.current = false;
    setState(savedState(draftRef.current));
  }, [state]);

  /** Let a draft that is gone from the server go here too. */
  const letGo = useCallback(() => {
    if (draftRef.current) forgetOnDevice(draftRef.current);
    held.current = true;
    handle.discard();
  }, []);

  /** Before submitting: no save starts, the one running ends first (a late save would bring a submitted draft back). */
  const hold = useCallback(async () => {
    held.current = true;
    clearTimeout(timer.current);
    await running.current;
  }, []);
  /** After a submission that failed: saving goes on. */
  const release = useCallback(() => {
    held.current = false;
  }, []);

  return { state, flush: saveNow, keepDevice, takeServer, letGo, hold, release };
}

export type DraftSync = ReturnType<typeof useDraftSync>;
