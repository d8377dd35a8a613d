import { describe, expect, it } from 'vitest';
import { OfferingUnchangedError } from '../../../functions/core/catalogue/errors.js';
import { nextOffering, type OfferingChange } from '../../../functions/core/catalogue/new-offering.js';
import type { OfferingRecord } from '../../../functions/core/catalogue/offering.js';
import { ValidationError } from '../../../functions/core/errors.js';

const meta = { today: '2026-11-20', recordedAt: '2026-11-20T02:00:00.000Z', recordedBy: 'u-admin' };
const change = (action: OfferingChange['action'], effectiveFrom = '2026-12-01', townshipId = 'liulin'): OfferingChange => ({
  countyId: 'qingshan',
  townshipId,
  itemCode: 'ZR-XK-0002',
  action,
  effectiveFrom,
  reason: '测试',
});
const granted: OfferingRecord = { ...change('grant', '2025-01-01'), seq: 1, recordedAt: '2025-01-01T00:00:00.000Z', recordedBy: 'u-admin' };
const scheduled: OfferingRecord = { ...change('recall', '2027-01-01'), seq: 2, recordedAt: '2026-10-01T00:00:00.000Z', recordedBy: 'u-admin' };

describe('nextOffering: granting, entrusting and recalling per township', () => {
  it.each([
    ['grant where nothing was offered', [], 'grant', 1, 'liulin'],
    ['recall what was granted', [granted], 'recall', 2, 'liulin'],
    ['entrust what was granted', [granted], 'entrust', 2, 'liulin'],
    ['grant in another township', [granted], 'grant', 1, 'baihe'],
  ] as const)('allows: %s', (_what, existing, action, seq, township) => {
    expect(nextOffering(existing, change(action, '2026-12-01', township), meta)).toMatchObject({ action, seq, townshipId: township });
  });

  it.each([
    ['recall what was never offered', [], 'recall'],
    ['grant what is granted', [granted], 'grant'],
  ] as const)('refuses as unchanged: %s', (_what, existing, action) => {
    expect(() => nextOffering(existing, change(action), meta)).toThrow(OfferingUnchangedError);
  });

  it.each([
    ['before today', [granted], '2026-11-19'],
    ['before the latest change takes effect', [granted, scheduled], '2026-12-15'],
  ])('refuses a date %s', (_what, existing, effectiveFrom) => {
    expect(() => nextOffering(existing, change('entrust', effectiveFrom), meta)).toThrow(ValidationError);
  });
});
