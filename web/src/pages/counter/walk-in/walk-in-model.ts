import { searchItems, type Searchable } from '../../../../../functions/core/catalogue/item-search.js';
import type { Material, UploadedFile } from '../../../api/intake.js';

/** What the clerk has recorded of one material at the window. */
export interface MaterialEntry {
  /** The paper original was seen and checked. */
  original: boolean;
  /** Optional scans. */
  files: UploadedFile[];
  /** 容缺: the applicant will bring it later (only where the item allows). */
  defer: boolean;
  dueOn: string;
}

export const emptyEntry = (): MaterialEntry => ({ original: false, files: [], defer: false, dueOn: '' });

/**
 * Mandatory materials not yet held (no checked original, no scan). `blocking` ones may not be
 * deferred: without them the counter can neither accept nor even register the application.
 * `undecided` ones may follow later (容缺): accepting needs a date for each, submitting does not.
 */
export function missingMaterials(materials: readonly Material[], entries: Record<string, MaterialEntry>) {
  const notHeld = materials.filter((m) => {
    const e = entries[m.id] ?? emptyEntry();
    return m.mandatory && !e.original && e.files.length === 0;
  });
  return {
    blocking: notHeld.filter((m) => !m.mayBeDeferred),
    undecided: notHeld.filter((m) => m.mayBeDeferred && !(entries[m.id] ?? emptyEntry()).defer),
  };
}

/** The materials part of `POST /api/cases` for a counter intake. */
export function materialsBody(materials: readonly Material[], entries: Record<string, MaterialEntry>) {
  const entry = (m: Material) => entries[m.id] ?? emptyEntry();
  return {
    materials: materials.filter((m) => entry(m).files.length > 0).map((m) => ({ materialId: m.id, fileIds: entry(m).files.map((f) => f.fileId) })),
    originalsChecked: materials.filter((m) => entry(m).original).map((m) => m.id),
    // Only materials still missing are deferred: a checked original or a scan needs no promise.
    deferred: materials
      .filter((m) => m.mayBeDeferred && entry(m).defer && !entry(m).original && entry(m).files.length === 0)
      .map((m) => ({ materialId: m.id, dueOn: entry(m).dueOn })),
  };
}

/**
 * One Idempotency-Key per intake attempt: the same request body (a double click, a retry after
 * the network failed) reuses the key, so the server answers with the case it already made; a
 * changed body (the clerk fixed what a 400 named) is a new attempt with a new key, since the
 * server keeps its answer to the old one under the old key.
 */
export function createAttemptKeys(newKey: () => string = randomKey) {
  let last: { body: string; key: string } | undefined;
  return {
    keyFor(body: unknown): string {
      const text = JSON.stringify(body);
      if (last?.body !== text) last = { body: text, key: newKey() };
      return last.key;
    },
    reset() {
      last = undefined;
    },
  };
}

function randomKey(): string {
  const id = typeof crypto !== 'undefined' && 'randomUUID' in crypto ? crypto.randomUUID() : `${Date.now()}-${Math.random().toString(36).slice(2)}`;
  return `counter-${id}`;
}

/** Items whose name, code or keywords contain the query (case-insensitive; spaces ignored). */
export function matchItems<T extends Searchable>(items: readonly T[], query: string): T[] {
  return searchItems(items, query);
}
