import { describe, expect, it } from 'vitest';
import { ItemExistsError, ItemVersionConflictError } from '../../../functions/core/catalogue/errors.js';
import { ItemContentSchema } from '../../../functions/core/catalogue/item-version.js';
import { nextVersion } from '../../../functions/core/catalogue/new-version.js';
import { ValidationError } from '../../../functions/core/errors.js';
import { itemInput, itemVersion } from './fixtures.js';

const { version: _v, effectiveFrom: _e, recordedAt: _r, recordedBy: _b, changeNote: _c, ...contentInput } = itemInput();
const content = ItemContentSchema.parse(contentInput);
const meta = { today: '2026-11-20', recordedAt: '2026-11-20T02:00:00.000Z', recordedBy: 'u-admin' };
const v1 = itemVersion({ version: 1, effectiveFrom: '2025-01-01' });
const v2 = itemVersion({ version: 2, effectiveFrom: '2026-12-01' });

describe('nextVersion: the rules for adding a version', () => {
  it('creates version 1', () => {
    const created = nextVersion([], { content, effectiveFrom: '2026-11-20', changeNote: '新增' }, meta);
    expect(created).toMatchObject({ version: 1, effectiveFrom: '2026-11-20', recordedBy: 'u-admin', changeNote: '新增' });
  });

  it('adds version n+1 on the latest version', () => {
    const next = nextVersion(
      [v1, v2],
      { content: { ...content, promisedLimitDays: 5 }, effectiveFrom: '2026-12-01', changeNote: '压缩时限', baseVersion: 2 },
      meta,
    );
    expect(next).toMatchObject({ version: 3, promisedLimitDays: 5 });
  });

  it.each([
    ['an edit on a stale version', [v1, v2], 1, ItemVersionConflictError],
    ['a create when the item exists', [v1], undefined, ItemExistsError],
    ['an edit of an item that does not exist', [], 1, ItemVersionConflictError],
  ])('refuses %s', (_what, existing, baseVersion, error) => {
    const draft = { content, effectiveFrom: '2026-12-01', changeNote: 'x', ...(baseVersion !== undefined ? { baseVersion } : {}) };
    expect(() => nextVersion(existing, draft, meta)).toThrow(error);
  });

  it.each([
    ['before today', [v1], 1, '2026-11-19', 'catalogue.effectiveFrom.past'],
    ['before the latest version took effect', [v1, v2], 2, '2026-11-25', 'catalogue.effectiveFrom.beforeLatest'],
  ])('refuses an effective date %s', (_what, existing, baseVersion, effectiveFrom, message) => {
    try {
      nextVersion(existing, { content, effectiveFrom, changeNote: 'x', baseVersion }, meta);
      expect.unreachable();
    } catch (error) {
      expect(error).toBeInstanceOf(ValidationError);
      expect((error as ValidationError).issues).toEqual([expect.objectContaining({ path: 'effectiveFrom', message })]);
    }
  });

  it('accepts today as the effective date', () => {
    expect(nextVersion([v1], { content, effectiveFrom: '2026-11-20', changeNote: 'x', baseVersion: 1 }, meta).version).toBe(2);
  });

  it('refuses a change of county', () => {
    expect(() => nextVersion([v1], { content: { ...content, countyId: 'other' }, effectiveFrom: '2026-12-01', changeNote: 'x', baseVersion: 1 }, meta)).toThrow(
      ValidationError,
    );
  });
});
