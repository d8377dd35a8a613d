import { describe, expect, it } from 'vitest';
import { formatDate, formatRange } from '../../../functions/core/clock/format-date.js';

describe('dates in explanations', () => {
  it.each([
    ['2026-03-02', false, '2 Mar 2026', '2026年3月2日'],
    ['2026-02-14', true, 'Sat 14 Feb 2026', '2026年2月14日（星期六）'],
    ['2026-01-04', true, 'Sun 4 Jan 2026', '2026年1月4日（星期日）'],
  ])('%s (weekday %s)', (date, withWeekday, en, zh) => {
    expect(formatDate(date, 'en', withWeekday)).toBe(en);
    expect(formatDate(date, 'zh-CN', withWeekday)).toBe(zh);
  });

  it.each([
    ['2026-04-04', '2026-04-06', '4–6 Apr 2026', '2026年4月4日至6日'],
    ['2025-01-28', '2025-02-04', '28 Jan–4 Feb 2025', '2025年1月28日至2月4日'],
    ['2025-12-31', '2026-01-02', '31 Dec 2025–2 Jan 2026', '2025年12月31日至2026年1月2日'],
    ['2025-01-01', '2025-01-01', '1 Jan 2025', '2025年1月1日'],
  ])('range %s – %s', (start, end, en, zh) => {
    expect(formatRange(start, end, 'en')).toBe(en);
    expect(formatRange(start, end, 'zh-CN')).toBe(zh);
  });
});
