import { describe, expect, it } from 'vitest';
import { DRAFT_KEEP_DAYS, DraftContentSchema, isExpired, savedDraft, summaryOf } from '../../../functions/core/drafts/application-draft.js';

const key = { ownerId: 'u-1', itemCode: 'MZ-GG-0003', townshipId: 'qingshi' };
const at = new Date('2026-03-02T02:00:00.000Z');

describe('a saved draft', () => {
  it('is one version above the one it was based on, and expires DRAFT_KEEP_DAYS after the save', () => {
    const draft = savedDraft(key, DraftContentSchema.parse({}), 4, at);
    expect(draft).toMatchObject({ ...key, version: 5, savedAt: at.toISOString() });
    expect(Date.parse(draft.expiresAt) - at.getTime()).toBe(DRAFT_KEEP_DAYS * 24 * 60 * 60 * 1000);
    expect(isExpired(draft, new Date(Date.parse(draft.expiresAt) - 1))).toBe(false);
    expect(isExpired(draft, new Date(draft.expiresAt))).toBe(true);
  });

  it('is listed without its answers, files or consent', () => {
    const content = DraftContentSchema.parse({
      answers: { idNumber: '11010519491231002X' },
      consent: { method: 'phone_call', givenAt: '2026-03-02T10:00', note: '' },
      completed: ['situation'],
    });
    const summary = summaryOf(savedDraft(key, content, 0, at));
    expect(Object.keys(summary).sort()).toEqual(['completed', 'expiresAt', 'itemCode', 'savedAt', 'townshipId', 'version']);
  });
});

describe('draft content', () => {
  it('keeps text as typed (no trimming), line breaks included', () => {
    expect(DraftContentSchema.parse({ answers: { note: ' 第一行\n第二行 ' } }).answers.note).toBe(' 第一行\n第二行 ');
  });

  it.each([
    ['a control character', { answers: { a: 'x\u0000' } }, 'answers.a'],
    ['an answer over 2,000 characters', { answers: { a: 'x'.repeat(2001) } }, 'answers.a'],
    ['a field id that is not one', { answers: { 'a b': 'x' } }, 'answers.a b'],
    [
      '21 files for one material',
      { materials: { m: Array.from({ length: 21 }, () => ({ fileId: crypto.randomUUID(), name: 'a', contentType: 'image/png', size: 1 })) } },
      'materials.m',
    ],
    ['more than 64 KB', { answers: Object.fromEntries(Array.from({ length: 40 }, (_, i) => [`f${i}`, '字'.repeat(1000)])) }, ''],
  ])('refuses %s', (_name, input, path) => {
    const result = DraftContentSchema.safeParse(input);
    expect(result.success).toBe(false);
    expect(result.error?.issues.map((i) => i.path.join('.'))).toContain(path);
  });
});
