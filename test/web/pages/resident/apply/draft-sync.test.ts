import { describe, expect, it } from 'vitest';
import type { DraftSummary, ServerDraft } from '../../../../../web/src/api/drafts.js';
import { newDraft, type ApplicationDraft } from '../../../../../web/src/pages/resident/apply/application-draft.js';
import {
  fromServer,
  hasUnsavedChanges,
  keepDeviceCopy,
  mergeDraftLists,
  resolveCollision,
  resolveOpening,
  saveBodyOf,
} from '../../../../../web/src/pages/resident/apply/draft-sync.js';

/*
 * The rules between this device's copy of a draft and the server's: which copy opens, when the
 * applicant is asked, when a refused save was only a lost answer, and what "unfinished
 * applications" lists. Times: the device edits at T+n minutes, the server saved at its own times.
 */
const T = Date.parse('2026-03-02T02:00:00.000Z');
const min = (n: number) => T + n * 60_000;
const iso = (ms: number) => new Date(ms).toISOString();
const FILE = { fileId: '7f1d3c1e-8b0a-4a57-9a53-0c1d2e3f4a5b', name: 'id.jpg', contentType: 'image/jpeg', size: 2048 };

const device = (changes: Partial<ApplicationDraft> = {}): ApplicationDraft => ({
  ...newDraft(
    { ownerId: 'u-1', townshipId: 'qingshi', itemCode: 'MZ-GG-0003', itemName: { 'zh-CN': '高龄津贴申领', en: 'Old-age allowance' } },
    'key-here',
    min(0),
  ),
  ...changes,
});
/** The device's copy as it stands right after its save to the server as `version` at `at`. */
const synced = (version: number, at: number, changes: Partial<ApplicationDraft> = {}): ApplicationDraft => {
  const d = device({ savedAt: at, ...changes });
  return { ...d, server: { version, savedAt: iso(at), expiresAt: iso(at + 30 * 86_400_000) }, syncedAt: at };
};
const server = (version: number, at: number, changes: Partial<ServerDraft> = {}): ServerDraft => ({
  itemCode: 'MZ-GG-0003',
  townshipId: 'qingshi',
  itemName: { 'zh-CN': '高龄津贴申领', en: 'Old-age allowance' },
  completed: [],
  version,
  savedAt: iso(at),
  expiresAt: iso(at + 30 * 86_400_000),
  variantAnswers: {},
  answers: {},
  materials: {},
  ...changes,
});
const fresh = { ownerId: 'u-1', idempotencyKey: 'key-new' };

describe('what a save sends', () => {
  it('names the version it is based on (0 the first time), with answers, files and steps, not the checklist or the submission key', () => {
    const d = synced(3, min(1), { answers: { applicantName: '张明 ' }, materials: { idCard: [FILE] }, completed: ['situation'] });
    const body = saveBodyOf({ ...d, checklist: { materials: [], conditions: [], variants: [] } as never });
    expect(body).toEqual({
      basedOn: 3,
      itemName: d.itemName,
      variantAnswers: {},
      answers: { applicantName: '张明 ' },
      materials: { idCard: [FILE] },
      completed: ['situation'],
    });
    expect(saveBodyOf(device()).basedOn).toBe(0);
  });

  it('carries the proxy consent only once something of it is filled in', () => {
    expect(saveBodyOf(device()).consent).toBeUndefined();
    const consent = { method: 'phone_call' as const, givenAt: '2026-03-02T10:00', note: '' };
    expect(saveBodyOf(device({ consent })).consent).toEqual(consent);
  });
});

describe('unsaved changes', () => {
  it.each([
    ['never saved to the server', device(), true],
    ['saved, unchanged since', synced(2, min(1)), false],
    ['saved, changed since', { ...synced(2, min(1)), savedAt: min(2) }, true],
  ])('%s: %s', (_name, d, unsaved) => {
    expect(hasUnsavedChanges(d)).toBe(unsaved);
  });
});

describe('opening a saved application', () => {
  it('has nothing to open when neither copy exists', () => {
    expect(resolveOpening(null, null, fresh)).toEqual({ kind: 'none' });
  });

  it('opens the server copy on a new device (empty storage), ready to save on its version', () => {
    const opened = resolveOpening(null, server(4, min(5), { answers: { applicantName: '张明' }, completed: ['situation', 'form'] }), fresh);
    expect(opened.kind).toBe('use');
    if (opened.kind !== 'use') return;
    expect(opened.from).toBe('server');
    expect(opened.draft).toMatchObject({ ownerId: 'u-1', idempotencyKey: 'key-new', answers: { applicantName: '张明' }, completed: ['situation', 'form'] });
    expect(opened.draft.server?.version).toBe(4);
    expect(hasUnsavedChanges(opened.draft)).toBe(false);
  });

  it("opens this device's copy when the server has not changed since it was based on it, unsaved edits included", () => {
    const here = { ...synced(4, min(5)), answers: { applicantName: '张明' }, savedAt: min(6) };
    expect(resolveOpening(here, server(4, min(5)), fresh)).toEqual({ kind: 'use', draft: here, from: 'device' });
  });

  it("opens the server's newer copy when this device changed nothing since (nothing is lost), keeping this device's submission key", () => {
    const opened = resolveOpening(synced(2, min(1)), server(5, min(9), { answers: { applicantName: '另一台' } }), fresh);
    expect(opened).toMatchObject({ kind: 'use', from: 'server', draft: { answers: { applicantName: '另一台' }, idempotencyKey: 'key-here' } });
  });

  it('asks when both changed, the newer offered first', () => {
    const here = { ...synced(2, min(1)), answers: { applicantName: '这台' }, savedAt: min(10) };
    const there = server(3, min(8), { answers: { applicantName: '那台' } });
    expect(resolveOpening(here, there, fresh)).toEqual({ kind: 'choose', device: here, server: there, newer: 'device' });
    expect(resolveOpening(here, server(3, min(12), { answers: { applicantName: '那台' } }), fresh)).toMatchObject({ kind: 'choose', newer: 'server' });
  });

  it('does not ask when both hold the same content (a save whose answer was lost)', () => {
    const here = { ...synced(2, min(1)), answers: { b: '2', a: '1' }, completed: ['form' as const, 'situation' as const], savedAt: min(3) };
    const opened = resolveOpening(here, server(3, min(3), { answers: { a: '1', b: '2' }, completed: ['situation', 'form'] }), fresh);
    expect(opened).toMatchObject({ kind: 'use', from: 'device' });
    if (opened.kind === 'use') expect(opened.draft.server?.version).toBe(3);
  });

  it('keeps a copy the server never had, and one with unsaved edits the server no longer has; forgets one with nothing unsaved', () => {
    expect(resolveOpening(device(), null, fresh)).toMatchObject({ kind: 'use', from: 'device' });
    const edited = { ...synced(2, min(1)), savedAt: min(2) };
    expect(resolveOpening(edited, null, fresh)).toMatchObject({ kind: 'use', from: 'device' });
    const clean = synced(2, min(1));
    expect(resolveOpening(clean, null, fresh)).toEqual({ kind: 'none', forget: clean });
  });
});

describe('a refused save (409)', () => {
  it('is taken as saved when the server holds the same content', () => {
    const here = { ...synced(2, min(1)), answers: { a: '1' }, savedAt: min(2) };
    const collision = resolveCollision(here, server(3, min(2), { answers: { a: '1' } }));
    expect(collision.kind).toBe('same');
    if (collision.kind === 'same') expect(hasUnsavedChanges(collision.draft)).toBe(false);
  });

  it('is put to the applicant when the content differs, or when the draft is gone from the server', () => {
    const here = { ...synced(2, min(1)), answers: { a: '1' }, savedAt: min(2) };
    expect(resolveCollision(here, server(3, min(2), { answers: { a: '2' } })).kind).toBe('changed');
    expect(resolveCollision(here, null)).toEqual({ kind: 'gone' });
  });

  it("keeping this device's copy bases it on the stored version (or none when gone), so the next save replaces it knowingly", () => {
    const here = { ...synced(2, min(1)), answers: { a: '1' }, savedAt: min(2) };
    const kept = keepDeviceCopy(here, server(3, min(2)));
    expect(saveBodyOf(kept).basedOn).toBe(3);
    expect(hasUnsavedChanges(kept)).toBe(true);
    expect(kept.answers).toEqual({ a: '1' });
    expect(saveBodyOf(keepDeviceCopy(here, null)).basedOn).toBe(0);
  });

  it('taking the server copy replaces the answers but keeps the submission key of this device', () => {
    const taken = fromServer(server(3, min(2), { answers: { a: '2' } }), 'u-1', 'key-here');
    expect(taken).toMatchObject({ answers: { a: '2' }, idempotencyKey: 'key-here', server: { version: 3 } });
    expect(taken.checklist).toBeUndefined();
  });
});

describe('unfinished applications', () => {
  const summary = (itemCode: string, at: number, version = 1): DraftSummary => ({
    itemCode,
    townshipId: 'qingshi',
    completed: ['situation'],
    version,
    savedAt: iso(at),
    expiresAt: iso(at + 30 * 86_400_000),
  });

  it("lists the server's drafts and this device's own, newest first, marking unsaved edits", () => {
    const local = { ...synced(1, min(1)), itemCode: 'MZ-GG-0003', savedAt: min(20) };
    const onlyHere = device({ itemCode: 'ZR-XK-0001', savedAt: min(15) });
    const { entries, forget } = mergeDraftLists([summary('MZ-GG-0003', min(1)), summary('MZ-GG-0001', min(10))], [local, onlyHere]);
    expect(entries.map((e) => [e.itemCode, e.deviceOnly, e.unsaved, e.savedAt])).toEqual([
      ['MZ-GG-0003', false, true, iso(min(20))],
      ['ZR-XK-0001', true, true, iso(min(15))],
      ['MZ-GG-0001', false, false, iso(min(10))],
    ]);
    expect(forget).toEqual([]);
  });

  it('forgets a device copy the server had but no longer has, when nothing in it is unsaved (sent or deleted elsewhere)', () => {
    const sent = synced(3, min(1));
    const { entries, forget } = mergeDraftLists([], [sent]);
    expect(entries).toEqual([]);
    expect(forget).toEqual([sent]);
  });

  it('names a draft by the name the device kept when the server has none', () => {
    const { itemName: _n, ...bare } = summary('MZ-GG-0003', min(1));
    const { entries } = mergeDraftLists([bare], [synced(1, min(1))]);
    expect(entries[0]?.itemName?.['zh-CN']).toBe('高龄津贴申领');
  });
});
