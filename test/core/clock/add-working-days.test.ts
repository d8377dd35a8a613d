import { describe, expect, it } from 'vitest';
import { toDayNumber as d, toIsoDate } from '../../../functions/core/calendar/day-number.js';
import { addWorkingDays } from '../../../functions/core/clock/add-working-days.js';
import { pausedRanges } from '../../../functions/core/clock/paused-ranges.js';
import { official } from '../../support/official-calendars.js';

const calendar = official();
const add = (from: string, n: number, suspensions: { start: string; end?: string }[] = []) => {
  const walk = addWorkingDays(calendar, d(from), n, pausedRanges(suspensions, d(from) + 1000));
  return { due: toIsoDate(walk.day), provisionalYears: walk.provisionalYears };
};

describe('addWorkingDays over the official calendars (hand-counted)', () => {
  it.each([
    // 2026 Spring Festival: holidays Sun 15 – Mon 23 Feb, makeup Sat 14 Feb and Sat 28 Feb
    ['Fri 13 Feb 2026', '2026-02-13', 1, '2026-02-14'], // Sat 14 Feb is a makeup day
    ['Fri 13 Feb 2026', '2026-02-13', 5, '2026-02-27'], // 14 (makeup), 24, 25, 26, 27
    ['Fri 13 Feb 2026', '2026-02-13', 6, '2026-02-28'], // … then Sat 28 Feb (makeup)
    ['Fri 13 Feb 2026', '2026-02-13', 7, '2026-03-02'],
    ['Thu 12 Feb 2026', '2026-02-12', 3, '2026-02-24'], // 13, 14, 24
    ['Sat 14 Feb 2026 (accepted on a makeup day)', '2026-02-14', 1, '2026-02-24'],
    ['Sun 15 Feb 2026 (accepted on a holiday)', '2026-02-15', 1, '2026-02-24'],
    // 2026 National Day: holidays Thu 1 – Wed 7 Oct; Mid-autumn Fri 25 – Sun 27 Sep; makeup Sun 20 Sep, Sat 10 Oct
    ['Fri 18 Sep 2026', '2026-09-18', 1, '2026-09-20'], // Sun 20 Sep is a makeup day
    ['Fri 18 Sep 2026', '2026-09-18', 5, '2026-09-24'], // 20, 21, 22, 23, 24
    ['Fri 18 Sep 2026', '2026-09-18', 6, '2026-09-28'], // 25–27 Sep holiday
    ['Fri 18 Sep 2026', '2026-09-18', 9, '2026-10-08'], // 28, 29, 30, then 1–7 Oct holiday
    ['Wed 30 Sep 2026', '2026-09-30', 1, '2026-10-08'],
    ['Wed 30 Sep 2026', '2026-09-30', 3, '2026-10-10'], // 8, 9, Sat 10 (makeup)
    // 2026 New Year (crosses from 2025): holidays Thu 1 – Sat 3 Jan, makeup Sun 4 Jan
    ['Wed 31 Dec 2025', '2025-12-31', 1, '2026-01-04'],
    ['Tue 30 Dec 2025', '2025-12-30', 2, '2026-01-04'], // 31 Dec, Sun 4 Jan
    // 2026 Qingming and Labour Day
    ['Fri 3 Apr 2026', '2026-04-03', 1, '2026-04-07'], // 4–6 Apr holiday
    ['Thu 30 Apr 2026', '2026-04-30', 1, '2026-05-06'], // 1–5 May holiday
    ['Thu 30 Apr 2026', '2026-04-30', 4, '2026-05-09'], // 6, 7, 8, Sat 9 (makeup)
    ['Mon 2 Mar 2026', '2026-03-02', 20, '2026-03-30'],
    // 2025 Spring Festival: holidays Tue 28 Jan – Tue 4 Feb, makeup Sun 26 Jan and Sat 8 Feb
    ['Fri 24 Jan 2025', '2025-01-24', 1, '2025-01-26'],
    ['Fri 24 Jan 2025', '2025-01-24', 2, '2025-01-27'],
    ['Fri 24 Jan 2025', '2025-01-24', 3, '2025-02-05'],
    ['Fri 24 Jan 2025', '2025-01-24', 6, '2025-02-08'], // 26, 27, 5, 6, 7, Sat 8
    ['Fri 24 Jan 2025', '2025-01-24', 7, '2025-02-10'],
    // 2025 Labour Day and Dragon Boat: makeup Sun 27 Apr; holidays Thu 1 – Mon 5 May, Sat 31 May – Mon 2 Jun
    ['Fri 25 Apr 2025', '2025-04-25', 1, '2025-04-27'],
    ['Fri 25 Apr 2025', '2025-04-25', 5, '2025-05-06'], // 27, 28, 29, 30, 6 May
    ['Fri 30 May 2025', '2025-05-30', 1, '2025-06-03'],
    // 2025 National Day: holidays Wed 1 – Wed 8 Oct, makeup Sun 28 Sep and Sat 11 Oct
    ['Fri 26 Sep 2025', '2025-09-26', 1, '2025-09-28'],
    ['Fri 26 Sep 2025', '2025-09-26', 3, '2025-09-30'],
    ['Fri 26 Sep 2025', '2025-09-26', 4, '2025-10-09'],
    ['Fri 26 Sep 2025', '2025-09-26', 6, '2025-10-11'], // 28, 29, 30, 9, 10, Sat 11
    ['Thu 25 Sep 2025', '2025-09-25', 20, '2025-10-29'],
  ])('accepted %s (%s) + %i working days → %s', (_label, from, n, due) => {
    expect(add(from, n)).toEqual({ due, provisionalYears: [] });
  });

  it('gives the start day for 0 working days, even on a holiday', () => {
    expect(add('2026-02-16', 0).due).toBe('2026-02-16');
  });

  it.each([
    ['2026-12-01', 40, '2027-01-26', [2027]],
    ['2024-12-30', 1, '2024-12-31', [2024]],
    ['2024-12-30', 3, '2025-01-03', [2024]], // 31 Dec 2024, (1 Jan holiday), 2, 3 Jan 2025
    ['2026-12-30', 1, '2026-12-31', []],
  ])('from %s + %i → %s is provisional through %j', (from, n, due, years) => {
    expect(add(from, n)).toEqual({ due, provisionalYears: years });
  });

  it.each([
    // 2 Mar 2026 + 20 = 30 Mar; a Tue–Thu survey moves it 3 working days; weekend-only pauses move nothing.
    ['a 3-working-day suspension', [{ start: '2026-03-10', end: '2026-03-12' }], '2026-04-02'],
    ['a weekend-only suspension', [{ start: '2026-03-07', end: '2026-03-08' }], '2026-03-30'],
    ['a suspension before acceptance', [{ start: '2026-02-25', end: '2026-03-02' }], '2026-03-30'],
    ['a suspension after the due date', [{ start: '2026-03-31', end: '2026-04-10' }], '2026-03-30'],
    ['a suspension straddling acceptance', [{ start: '2026-02-27', end: '2026-03-04' }], '2026-04-01'], // 3, 4 Mar paused
    ['a suspension that covers the due date', [{ start: '2026-03-30', end: '2026-03-31' }], '2026-04-01'], // 27 Mar was the 19th
    // 18 counted by Thu 26 Mar; paused Fri 27 Mar – Wed 8 Apr (Qingming inside changes nothing); 9, 10 Apr
    ['a suspension reaching over Qingming', [{ start: '2026-03-27', end: '2026-04-08' }], '2026-04-10'],
  ])('%s', (_name, suspensions, due) => {
    expect(add('2026-03-02', 20, suspensions).due).toBe(due);
  });

  it('does not call a paused day in a year without data provisional', () => {
    // 2027 is paused all the way through its first week; the count resumes in 2027 all the same.
    expect(add('2026-12-30', 1, [{ start: '2026-12-31', end: '2027-01-10' }]).provisionalYears).toEqual([2027]);
    expect(add('2026-12-29', 1, [{ start: '2027-01-01', end: '2027-01-10' }])).toEqual({ due: '2026-12-30', provisionalYears: [] });
  });
});
