import { describe, expect, it } from 'vitest';
import { bucketKey, contributionDelta } from '../../../functions/core/stats/case-contribution.js';
import { dashboardOf, figuresOf, histogramQuantile } from '../../../functions/core/stats/dashboard-figures.js';

const day = (when: string, townshipId = 'qingshi', officeId = 'qingshi-social', itemCode = 'A') => bucketKey({ when, townshipId, officeId, itemCode });

describe('dashboard figures from aggregate buckets', () => {
  it('reads the median and the 90th percentile from a working-days histogram (nearest rank)', () => {
    // 10 cases: 1 day ×5, 3 days ×4, 12 days ×1.
    const counters = { wd_1: 5, wd_3: 4, wd_12: 1 };
    expect(histogramQuantile(counters, 'wd_', 0.5)).toBe(1);
    expect(histogramQuantile(counters, 'wd_', 0.6)).toBe(3);
    expect(histogramQuantile(counters, 'wd_', 0.9)).toBe(3);
    expect(histogramQuantile(counters, 'wd_', 1)).toBe(12);
    expect(histogramQuantile({}, 'wd_', 0.5)).toBeNull();
  });

  it('counts the on-time rate the fair way: decided on time ÷ (decided + open and already past the limit)', () => {
    const f = figuresOf({ decided: 8, on_time_promised: 6, on_time_legal: 8 }, { open: 5, card_red: 1, card_legal_breach: 1, card_none: 3 });
    expect(f.onTimeRate.promised).toBeCloseTo(6 / 10);
    expect(f.onTimeRate.legal).toBeCloseTo(8 / 9);
    expect(f.open).toMatchObject({ total: 5, red: 1, legal_breach: 1, none: 3, yellow: 0 });
    // Nothing decided and nothing late: no rate rather than 0 % or 100 %.
    expect(figuresOf({}, {}).onTimeRate).toEqual({ promised: null, legal: null });
  });

  it('shares poor ratings among all ratings', () => {
    const f = figuresOf({ rated: 4, grade_satisfied: 2, grade_dissatisfied: 1, grade_very_dissatisfied: 1 }, {});
    expect(f.ratings).toMatchObject({ total: 4, satisfied: 2, dissatisfied: 1, very_dissatisfied: 1, poorShare: 0.5 });
  });

  it('slices by township, office and item, trends by month, and finds the county departments of forwarded items', () => {
    const d = dashboardOf(
      '2026-01-01',
      '2026-02-28',
      [
        { bucket: day('2026-01-05'), counters: { received: 2, decided: 1, on_time_promised: 1 } },
        { bucket: day('2026-02-03', 'baihe', 'baihe-social'), counters: { received: 1, completed: 1 } },
        { bucket: day('2026-02-03', 'qingshi', 'county-housing', 'B'), counters: { forward_decided: 2, forward_on_time: 1, forward_wd_4: 1, forward_wd_9: 1 } },
      ],
      [{ bucket: day('NOW', 'baihe', 'baihe-social'), counters: { open: 1, card_yellow: 1 } }],
    );
    expect(d.county).toMatchObject({ received: 3, decided: 1, completed: 1, open: { total: 1, yellow: 1 } });
    expect(d.byTownship.map((t) => [t.townshipId, t.received, t.open.total])).toEqual([
      ['baihe', 1, 1],
      ['qingshi', 2, 0],
    ]);
    // The department's row has only forwarded counters: it is in `departments`, not among the offices.
    expect(d.byOffice.map((o) => o.officeId)).toEqual(['baihe-social', 'qingshi-social']);
    expect(d.departments).toEqual([{ officeId: 'county-housing', decided: 2, onTime: 1, onTimeRate: 0.5, turnaround: { median: 4, p90: 9 } }]);
    expect(d.trend.map((m) => [m.month, m.received, m.completed])).toEqual([
      ['2026-01', 2, 0],
      ['2026-02', 1, 1],
    ]);
  });

  it('moves a case counted before to what it is now: +1 for the new counters, −1 for the old', () => {
    const delta = contributionDelta(
      ['NOW#q#o#A|open', 'NOW#q#o#A|card_none', 'D#q#o#A|received'],
      ['NOW#q#o#A|open', 'NOW#q#o#A|card_red', 'D#q#o#A|received'],
    );
    expect(Object.fromEntries(delta)).toEqual({ 'NOW#q#o#A|card_red': 1, 'NOW#q#o#A|card_none': -1 });
    expect(contributionDelta(['x|a'], ['x|a']).size).toBe(0);
  });
});
