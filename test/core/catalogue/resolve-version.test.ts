import { describe, expect, it } from 'vitest';
import { resolveOffering, resolveVersion } from '../../../functions/core/catalogue/resolve-version.js';

const versions = [
  { version: 3, effectiveFrom: '2026-07-01' },
  { version: 1, effectiveFrom: '2025-01-01' },
  { version: 2, effectiveFrom: '2026-07-01' },
  { version: 4, effectiveFrom: '2027-01-01' },
];

describe('resolveVersion: the version in force on a date', () => {
  it.each([
    ['2024-12-31', undefined],
    ['2025-01-01', 1],
    ['2026-06-30', 1],
    ['2026-07-01', 3], // two versions from the same day: the later one wins
    ['2026-12-31', 3],
    ['2027-01-01', 4],
    ['2030-05-05', 4],
  ])('on %s → version %s', (at, expected) => {
    expect(resolveVersion(versions, at)?.version).toBe(expected);
  });

  it('knows nothing when there are no versions', () => {
    expect(resolveVersion([], '2026-01-01')).toBeUndefined();
  });
});

describe('resolveOffering: the offering record in force on a date', () => {
  const records = [
    { seq: 1, effectiveFrom: '2025-01-01', action: 'grant' },
    { seq: 2, effectiveFrom: '2026-09-01', action: 'recall' },
    { seq: 3, effectiveFrom: '2027-03-01', action: 'entrust' },
  ];
  it.each([
    ['2024-06-01', undefined],
    ['2026-08-31', 'grant'],
    ['2026-09-01', 'recall'],
    ['2027-03-01', 'entrust'],
  ])('on %s → %s', (at, action) => {
    expect(resolveOffering(records, at)?.action).toBe(action);
  });
});
