import type { DraftSummary, SaveDraftBody, ServerDraft } from '../../../api/drafts.js';
import type { ApplicationDraft, ConsentDraft } from './application-draft.js';

/**
 * The rules that keep a draft on this device and its copy on the server in step, pure so they
 * are tested on their own. The device's copy remembers which server version it is based on
 * (`server`) and whether it changed since (`savedAt` after `syncedAt`). Whatever happens, input is
 * never thrown away without the applicant choosing to.
 */

type Keyed = Pick<ApplicationDraft, 'itemCode' | 'townshipId'>;

/** The same application: same item, same township. */
export const sameKey = (a: Keyed, b: Keyed) => a.itemCode === b.itemCode && a.townshipId === b.townshipId;

/** Whether this device holds something the server does not have yet (never saved there, or changed since). */
export const hasUnsavedChanges = (draft: Pick<ApplicationDraft, 'server' | 'syncedAt' | 'savedAt'>) => !draft.server || draft.syncedAt !== draft.savedAt;

const NO_CONSENT: ConsentDraft = { method: '', givenAt: '', note: '' };
const hasConsent = (c: ConsentDraft) => c.method !== '' || c.givenAt !== '' || c.note !== '';

/** What the server keeps of a draft: not the checklist (it is asked again) nor this device's submission key. */
export function saveBodyOf(draft: ApplicationDraft): SaveDraftBody {
  return {
    basedOn: draft.server?.version ?? 0,
    ...(draft.itemName ? { itemName: draft.itemName } : {}),
    variantAnswers: draft.variantAnswers,
    answers: draft.answers,
    materials: Object.fromEntries(
      Object.entries(draft.materials).map(([id, files]) => [
        id,
        files.map((f) => ({ fileId: f.fileId, name: f.name, contentType: f.contentType, size: f.size })),
      ]),
    ),
    ...(hasConsent(draft.consent) ? { consent: draft.consent } : {}),
    completed: draft.completed,
  };
}

/** The content two copies are compared by, in one canonical text. */
function contentKey(draft: Pick<ApplicationDraft, 'variantAnswers' | 'answers' | 'materials' | 'consent' | 'completed'>): string {
  const sorted = (value: unknown): unknown =>
    Array.isArray(value)
      ? value.map(sorted)
      : value && typeof value === 'object'
        ? Object.fromEntries(
            Object.entries(value)
              .sort(([a], [b]) => a.localeCompare(b))
              .map(([k, v]) => [k, sorted(v)]),
          )
        : value;
  const { materials } = saveBodyOf({ ...(draft as ApplicationDraft), server: undefined });
  return JSON.stringify(
    sorted({
      variantAnswers: draft.variantAnswers,
      answers: draft.answers,
      materials,
      consent: hasConsent(draft.consent) ? draft.consent : NO_CONSENT,
      completed: [...draft.completed].sort(),
    }),
  );
}

/** The server's copy as this device keeps drafts: based on that version, nothing unsaved; the checklist is to be asked again. */
export function fromServer(server: ServerDraft, ownerId: string, idempotencyKey: string): ApplicationDraft {
  const at = Date.parse(server.savedAt);
  return {
    v: 1,
    ownerId,
    townshipId: server.townshipId,
    itemCode: server.itemCode,
    ...(server.itemName ? { itemName: server.itemName } : {}),
    variantAnswers: server.variantAnswers,
    answers: server.answers,
    materials: server.materials,
    consent: server.consent ?? NO_CONSENT,
    idempotencyKey,
    completed: server.completed,
    savedAt: at,
    server: { version: server.version, savedAt: server.savedAt, expiresAt: server.expiresAt },
    syncedAt: at,
  };
}

/** The device's copy kept over the server's: based on the stored version (none: a first save), so the next save replaces it knowingly. */
export function keepDeviceCopy(device: ApplicationDraft, stored: { version: number; savedAt: string; expiresAt?: string } | null): ApplicationDraft {
  const { server: _s, syncedAt: _t, ...rest } = device;
  return stored ? { ...rest, server: { version: stored.version, savedAt: stored.savedAt, expiresAt: stored.expiresAt ?? '' } } : rest;
}

/** The device's copy, recorded as matching the server's version (same content found there). */
function matching(device: ApplicationDraft, server: ServerDraft): ApplicationDraft {
  return { ...device, server: { version: server.version, savedAt: server.savedAt, expiresAt: server.expiresAt }, syncedAt: device.savedAt };
}

/** What to open when the applicant opens (resumes) an application. */
export type Opening =
  | { kind: 'none'; forget?: ApplicationDraft }
  | { kind: 'use'; draft: ApplicationDraft; from: 'device' | 'server' }
  | { kind: 'choose'; device: ApplicationDraft; server: ServerDraft; newer: 'device' | 'server' };

/**
 * Opening an application with copies here and on the server: the one that holds everything wins
 * without a question — the device's when the server has not changed since it was based on it, the
 * server's when this device changed nothing since — and when both changed, the applicant chooses
 * (the newer offered first). A device copy the server no longer has (submitted, deleted, expired
 * elsewhere) is dropped only when it holds nothing unsaved.
 */
export function resolveOpening(device: ApplicationDraft | null, server: ServerDraft | null, fresh: { ownerId: string; idempotencyKey: string }): Opening {
  if (!server) {
    if (!device) return { kind: 'none' };
    if (device.server && !hasUnsavedChanges(device)) return { kind: 'none', forget: device };
    return { kind: 'use', draft: device, from: 'device' };
  }
  if (!device) return { kind: 'use', draft: fromServer(server, fresh.ownerId, fresh.idempotencyKey), from: 'server' };
  if (device.server?.version === server.version) return { kind: 'use', draft: device, from: 'device' };
  if (!hasUnsavedChanges(device))
    return { kind: 'use', draft: { ...fromServer(server, device.ownerId, device.idempotencyKey), ...keepLocal(device) }, from: 'server' };
  if (contentKey(device) === contentKey(fromServer(server, device.ownerId, ''))) return { kind: 'use', draft: matching(device, server), from: 'device' };
  return { kind: 'choose', device, server, newer: Date.parse(server.savedAt) > device.savedAt ? 'server' : 'device' };
}

/** What only this device knows and the server's copy does not carry. */
const keepLocal = (device: ApplicationDraft) => (device.itemName ? { itemName: device.itemName } : {});

/** What a refused save (409) comes to, once the server's copy is read: the same content (a save whose answer was lost), or a choice. */
export type Collision = { kind: 'same'; draft: ApplicationDraft } | { kind: 'changed'; server: ServerDraft } | { kind: 'gone' };

export function resolveCollision(device: ApplicationDraft, server: ServerDraft | null): Collision {
  if (!server) return { kind: 'gone' };
  if (contentKey(device) === contentKey(fromServer(server, device.ownerId, ''))) return { kind: 'same', draft: matching(device, server) };
  return { kind: 'changed', server };
}

/** One line of "unfinished applications": from the server's list and this device's copies. */
export interface DraftEntry {
  itemCode: string;
  townshipId: string;
  itemName?: ApplicationDraft['itemName'];
  completed: string[];
  /** When it was last saved, here or on the server (ISO). */
  savedAt: string;
  /** When the server deletes it (ISO); absent for a copy only this device has. */
  expiresAt?: string;
  /** Only this device has it (never reached the server), or this device has changes the server has not. */
  deviceOnly: boolean;
  unsaved: boolean;
}

/**
 * The server's drafts with this device's copies laid over them: a copy with unsaved changes is
 * marked, one the server never had is listed as this device's only, and one the server had but
 * no longer has, with nothing unsaved, is to be forgotten (submitted or deleted elsewhere).
 */
export function mergeDraftLists(server: readonly DraftSummary[], device: readonly ApplicationDraft[]): { entries: DraftEntry[]; forget: ApplicationDraft[] } {
  const entries: DraftEntry[] = server.map((s) => {
    const here = device.find((d) => sameKey(d, s));
    const unsaved = here !== undefined && hasUnsavedChanges(here);
    const itemName = s.itemName ?? here?.itemName;
    const newer = unsaved && here.savedAt > Date.parse(s.savedAt) ? here : undefined;
    return {
      itemCode: s.itemCode,
      townshipId: s.townshipId,
      ...(itemName ? { itemName } : {}),
      completed: newer ? newer.completed : s.completed,
      savedAt: newer ? new Date(newer.savedAt).toISOString() : s.savedAt,
      expiresAt: s.expiresAt,
      deviceOnly: false,
      unsaved,
    };
  });
  const forget: ApplicationDraft[] = [];
  for (const d of device) {
    if (server.some((s) => sameKey(s, d))) continue;
    if (d.server && !hasUnsavedChanges(d)) forget.push(d);
    else
      entries.push({
        itemCode: d.itemCode,
        townshipId: d.townshipId,
        ...(d.itemName ? { itemName: d.itemName } : {}),
        completed: d.completed,
        savedAt: new Date(d.savedAt).toISOString(),
        deviceOnly: true,
        unsaved: true,
      });
  }
  entries.sort((a, b) => b.savedAt.localeCompare(a.savedAt));
  return { entries, forget };
}
