import { describe, expect, it } from 'vitest';
import { handlingOfficesFor } from '../../../functions/core/catalogue/handling-office.js';
import { DEMO_OFFICES } from '../../../functions/demo/offices.js';

describe('handlingOfficesFor: from section and route to the offices of a township', () => {
  it.each([
    ['social', { kind: 'township_decides' } as const, 'qingshi', { reviewOfficeId: 'qingshi-social', decidingOfficeId: 'qingshi-approval', forwarded: false }],
    ['planning', { kind: 'township_decides' } as const, 'baihe', { reviewOfficeId: 'baihe-planning', decidingOfficeId: 'baihe-approval', forwarded: false }],
    [
      'economy',
      { kind: 'forward_to_county', countyOfficeId: 'county-amr' } as const,
      'liulin',
      { reviewOfficeId: 'liulin-economy', decidingOfficeId: 'county-amr', forwarded: true },
    ],
  ])('%s, %j in %s', (handlingSection, route, township, expected) => {
    expect(handlingOfficesFor({ handlingSection, route }, township, DEMO_OFFICES)).toEqual(expected);
  });

  it('finds nothing when the township has no office for the section', () => {
    expect(handlingOfficesFor({ handlingSection: 'harbour', route: { kind: 'township_decides' } }, 'qingshi', DEMO_OFFICES)).toBeUndefined();
  });
});
