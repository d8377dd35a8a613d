import { DRAFT_STEPS } from '../../../../../functions/core/drafts/draft-steps.js';
import type { BilingualText, Checklist, ProxyConsent, UploadedFile } from '../../../api/intake.js';

/** The steps of an application after the item is chosen, in order; `consent` is the village proxy's only (the server's list). */
export const APPLY_STEPS = DRAFT_STEPS;
export type ApplyStep = (typeof APPLY_STEPS)[number];

/** The steps a given user walks through. */
export const stepsFor = (isProxy: boolean): ApplyStep[] => APPLY_STEPS.filter((s) => isProxy || s !== 'consent');

/** The consent form as typed: `givenAt` is a `datetime-local` value in the user's time zone. */
export interface ConsentDraft {
  method: ProxyConsent['method'] | '';
  givenAt: string;
  note: string;
}

/**
 * A half-filled application, kept in this tab's sessionStorage and the account's localStorage
 * copy (draft-storage.ts), so a reload, a dropped connection, a closed tab or a phone that kills
 * the browser does not lose what an elderly applicant typed, and on the server (draft-sync.ts), so
 * it can be resumed on another device. Signing out forgets the copies on this device.
 */
export interface ApplicationDraft {
  v: 1;
  /** The account the draft belongs to: another user signing in on this tab never sees it. */
  ownerId: string;
  townshipId: string;
  itemCode: string;
  /** The item's name when it was chosen, to name the draft before the item is loaded again. */
  itemName?: BilingualText;
  variantAnswers: Record<string, string>;
  answers: Record<string, string>;
  /** Uploaded files by material id. */
  materials: Record<string, UploadedFile[]>;
  consent: ConsentDraft;
  /** The checklist for `variantAnswers`, fetched when the situation step was completed. */
  checklist?: Checklist;
  /** One key per application attempt, reused on every retry of the same submission. */
  idempotencyKey: string;
  /** The furthest step completed, so "check your answers" is not reached by skipping. */
  completed: ApplyStep[];
  /** When it was last changed on this device (ms). */
  savedAt: number;
  /** The server's copy this one is based on: the version a save names, its time and expiry. None: never saved there. */
  server?: { version: number; savedAt: string; expiresAt: string };
  /** The `savedAt` of the content the server holds as `server.version`; a later `savedAt` is not on the server yet. */
  syncedAt?: number;
}

const STORAGE_KEY = 'ow.intake.draft';

/** A new draft for this user, township and item. */
export function newDraft(
  input: { ownerId: string; townshipId: string; itemCode: string; itemName?: BilingualText },
  key: string,
  now = Date.now(),
): ApplicationDraft {
  return {
    v: 1,
    ...input,
    variantAnswers: {},
    answers: {},
    materials: {},
    consent: { method: '', givenAt: '', note: '' },
    idempotencyKey: key,
    completed: [],
    savedAt: now,
  };
}

/** The user's draft, or null when there is none, it is someone else's, or it cannot be read. */
export function loadDraft(storage: Pick<Storage, 'getItem'> | undefined, ownerId: string): ApplicationDraft | null {
  try {
    return parseDraft(storage?.getItem(STORAGE_KEY), ownerId);
  } catch {
    return null;
  }
}

/** A stored draft of this user, or null when the text is none, someone else's, or not a draft. */
export function parseDraft(raw: string | null | undefined, ownerId: string): ApplicationDraft | null {
  if (!raw) return null;
  try {
    const value = JSON.parse(raw) as Partial<ApplicationDraft>;
    return isDraft(value) && value.ownerId === ownerId ? value : null;
  } catch {
    return null;
  }
}

/** Saves the draft; storage that is full or forbidden only loses the reload safety net. */
export function saveDraft(storage: Pick<Storage, 'setItem'> | undefined, draft: ApplicationDraft): void {
  try {
    storage?.setItem(STORAGE_KEY, JSON.stringify(draft));
  } catch {
    // Private mode or quota: the draft lives in memory for this page only.
  }
}

/** Forgets the draft (submitted, or started again). */
export function clearDraft(storage: Pick<Storage, 'removeItem'> | undefined): void {
  try {
    storage?.removeItem(STORAGE_KEY);
  } catch {
    // Nothing to do: see saveDraft.
  }
}

/** Marks a step done; the steps after it stay as they were (a change on the way back keeps the rest). */
export function completeStep(draft: ApplicationDraft, step: ApplyStep): ApplicationDraft {
  return draft.completed.includes(step) ? draft : { ...draft, completed: [...draft.completed, step] };
}

/** The first step of `steps` not yet completed: where a user who skips ahead is sent back to. */
export function firstOpenStep(draft: ApplicationDraft, steps: readonly ApplyStep[]): ApplyStep {
  return steps.find((s) => s !== 'check' && !draft.completed.includes(s)) ?? 'check';
}

const isStringRecord = (value: unknown): value is Record<string, string> =>
  !!value && typeof value === 'object' && !Array.isArray(value) && Object.values(value).every((v) => typeof v === 'string');

function isDraft(value: Partial<ApplicationDraft>): value is ApplicationDraft {
  return (
    value.v === 1 &&
    typeof value.ownerId === 'string' &&
    typeof value.townshipId === 'string' &&
    typeof value.itemCode === 'string' &&
    typeof value.idempotencyKey === 'string' &&
    isStringRecord(value.variantAnswers) &&
    isStringRecord(value.answers) &&
    !!value.materials &&
    typeof value.materials === 'object' &&
    Object.values(value.materials).every(Array.isArray) &&
    !!value.consent &&
    typeof value.consent === 'object' &&
    Array.isArray(value.completed) &&
    (value.server === undefined || (typeof value.server === 'object' && typeof value.server.version === 'number'))
  );
}

/**
 * The draft with the checklist for its answers and the situation step done. Other answers may
 * ask for other materials: then the materials step is to be done again.
 */
export function withChecklist(draft: ApplicationDraft, checklist: Checklist): ApplicationDraft {
  const ids = (c?: Checklist) => c?.materials.map((m) => m.id).join(',');
  const kept = ids(draft.checklist) === ids(checklist) ? draft : { ...draft, completed: draft.completed.filter((s) => s !== 'materials') };
  return completeStep({ ...kept, checklist }, 'situation');
}
