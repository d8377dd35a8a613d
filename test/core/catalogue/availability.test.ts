import { describe, expect, it } from 'vitest';
import { availabilityOf } from '../../../functions/core/catalogue/availability.js';
import type { OfferingRecord } from '../../../functions/core/catalogue/offering.js';
import { itemVersion } from './fixtures.js';

const record = (townshipId: string, seq: number, action: OfferingRecord['action'], effectiveFrom: string): OfferingRecord => ({
  countyId: 'qingshan',
  townshipId,
  itemCode: 'ZR-XK-0001',
  seq,
  action,
  effectiveFrom,
  reason: '测试',
  recordedAt: '2025-01-01T00:00:00.000Z',
  recordedBy: 'u-admin',
});

const versions = [
  itemVersion({ version: 1, effectiveFrom: '2025-01-01' }),
  itemVersion({ version: 2, effectiveFrom: '2026-07-01', promisedLimitDays: 10 }),
  itemVersion({ version: 3, effectiveFrom: '2028-01-01', status: 'abolished' }),
];
const offerings = [
  record('qingshi', 1, 'grant', '2025-01-01'),
  record('liulin', 1, 'grant', '2025-01-01'),
  record('liulin', 2, 'recall', '2026-09-01'),
  record('baihe', 1, 'entrust', '2027-01-01'),
];

describe('availabilityOf: does township T offer item I on date D, under which version', () => {
  it.each([
    ['qingshi', '2024-12-31', false, 'not_yet_in_force', undefined],
    ['qingshi', '2025-06-01', true, undefined, 1],
    ['qingshi', '2026-07-01', true, undefined, 2],
    ['liulin', '2026-08-31', true, undefined, 2],
    ['liulin', '2026-09-01', false, 'recalled', 2],
    ['baihe', '2026-12-31', false, 'never_offered', 2],
    ['baihe', '2027-01-01', true, undefined, 2],
    ['qingshi', '2028-01-01', false, 'abolished', 3],
    ['nowhere', '2026-01-01', false, 'never_offered', 1],
  ])('%s on %s → offered %s (%s), version %s', (township, at, offered, reason, version) => {
    const result = availabilityOf(versions, offerings, township, at);
    expect(result.offered).toBe(offered);
    if (!result.offered) expect(result.reason).toBe(reason);
    expect(result.version?.version).toBe(version);
  });

  it('tells which offering lets the township take the item in', () => {
    const result = availabilityOf(versions, offerings, 'baihe', '2027-02-01');
    expect(result.offered && result.offering.action).toBe('entrust');
  });
});
