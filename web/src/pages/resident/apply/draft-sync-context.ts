import { createContext } from 'preact';
import { useContext } from 'preact/hooks';
import type { ApplicationDraft, ApplyStep } from './application-draft.js';
import type { DraftSync } from './use-draft-sync.js';

/** The server save of the draft being filled in, for every step's frame (StepPage shows where it stands). */
export const DraftSyncContext = createContext<{ sync: DraftSync; draft: ApplicationDraft; steps: readonly ApplyStep[] } | null>(null);

/** The draft's save to the server, inside the apply flow; null outside it. */
export const useDraftSyncContext = () => useContext(DraftSyncContext);
