import { describe, expect, it } from 'vitest';
import { computeCaseClock } from '../../../functions/core/clock/case-clock.js';
import type { CaseClockInput } from '../../../functions/core/clock/case-clock-input.js';
import { official } from '../../support/official-calendars.js';

const calendar = official();
// Accepted Mon 2 Mar 2026; promised 5 → Mon 9 Mar; legal 20 → Mon 30 Mar.
const base: CaseClockInput = { acceptedOn: '2026-03-02', caseType: 'promised', promisedLimit: 5, legalLimit: 20, today: '2026-03-02' };
const clock = (overrides: Partial<CaseClockInput>) => computeCaseClock({ ...base, ...overrides }, calendar);

describe('computeCaseClock', () => {
  it.each([
    ['2026-03-02', 0, 5, 0, 'none'],
    ['2026-03-04', 2, 3, 0, 'none'],
    ['2026-03-05', 3, 2, 0, 'yellow'],
    ['2026-03-07', 4, 1, 0, 'yellow'], // Saturday: nothing used that day
    ['2026-03-09', 5, 0, 0, 'yellow'], // the due date itself
    ['2026-03-10', 6, 0, 1, 'red'],
    ['2026-03-30', 20, 0, 15, 'red'], // the legal due date is not yet passed
    ['2026-03-31', 21, 0, 16, 'legal_breach'],
  ])('on %s: %i used, %i left, %i overdue, card %s', (today, used, left, overdue, card) => {
    expect(clock({ today })).toMatchObject({
      promisedDueDate: '2026-03-09',
      legalDueDate: '2026-03-30',
      workingDaysUsed: used,
      workingDaysLeft: left,
      workingDaysOverdue: overdue,
      card,
    });
  });

  it('calls the case red on the weekend right after its Friday due date', () => {
    // promised 4 → Fri 6 Mar; on Sat 7 Mar the date has passed though no working day was overrun.
    expect(clock({ promisedLimit: 4, today: '2026-03-07' })).toMatchObject({ promisedDueDate: '2026-03-06', workingDaysOverdue: 0, card: 'red' });
  });

  it.each([
    [0, '2026-03-05', 'none'],
    [0, '2026-03-09', 'yellow'],
    [4, '2026-03-03', 'yellow'],
  ])('uses the warning threshold %i given (on %s → %s)', (warningThreshold, today, card) => {
    expect(clock({ warningThreshold, today }).card).toBe(card);
  });

  it.each([
    ['2026-03-02', 'yellow'],
    ['2026-03-03', 'red'],
  ])('an on-the-spot case is due the day of acceptance (on %s: %s)', (today, card) => {
    const result = clock({ caseType: 'on_the_spot', promisedLimit: 5, today });
    expect(result).toMatchObject({ promisedDueDate: '2026-03-02', promisedLimit: 0, legalDueDate: '2026-03-30', card });
    expect(result.explanation?.en).toContain('decided on the spot');
  });

  it('moves both due dates by the working days of a closed suspension, and explains it', () => {
    // promised 20 from 2 Mar → 30 Mar; a Tue–Thu site survey pauses 3 working days → Thu 2 Apr.
    // legal 30: 3 Apr, (Qingming), 7–10 Apr, 13–17 Apr → Fri 17 Apr.
    const result = clock({
      promisedLimit: 20,
      legalLimit: 30,
      suspensions: [{ start: '2026-03-10', end: '2026-03-12', reason: 'site_survey' }],
      today: '2026-03-20',
    });
    expect(result).toMatchObject({ promisedDueDate: '2026-04-02', legalDueDate: '2026-04-17', workingDaysUsed: 11, workingDaysLeft: 9, suspended: false });
    expect(result.explanation?.en).toBe(
      'Due 2 Apr 2026: 20 working days from acceptance on 2 Mar 2026 (the day of acceptance is not counted); ' +
        '3 working days paused for a site survey (10–12 Mar 2026); legal limit 30 working days, due 17 Apr 2026.',
    );
    expect(result.explanation?.['zh-CN']).toBe(
      '2026年4月2日到期：自2026年3月2日受理次日起计20个工作日；因现场勘查暂停计时3个工作日（2026年3月10日至12日）；' +
        '法定时限30个工作日，2026年4月17日到期。',
    );
  });

  it('counts an open suspension up to today, and stops the clock', () => {
    const input = { promisedLimit: 20, suspensions: [{ start: '2026-03-10', reason: 'expert_review' }] };
    const onThursday = clock({ ...input, today: '2026-03-12' });
    expect(onThursday).toMatchObject({ promisedDueDate: '2026-04-02', workingDaysUsed: 5, workingDaysLeft: 15, suspended: true });
    expect(onThursday.explanation?.en).toContain('paused for an expert review since 10 Mar 2026 (3 working days so far)');
    expect(onThursday.explanation?.['zh-CN']).toContain('自2026年3月10日起因专家评审暂停计时（至今3个工作日）');
    // A day later, still open: the due date moves one more working day, nothing more is used.
    expect(clock({ ...input, today: '2026-03-13' })).toMatchObject({ promisedDueDate: '2026-04-03', workingDaysUsed: 5 });
  });

  it('adds extensions to both limits', () => {
    // promised 20 → 30 Mar; +10 → 31 Mar, 1–3 Apr, (4–6 Apr Qingming), 7–10 Apr, 13, 14 Apr.
    const result = clock({ promisedLimit: 20, legalLimit: 20, extensions: [{ workingDays: 4 }, { workingDays: 6 }], today: '2026-03-31' });
    expect(result).toMatchObject({ promisedLimit: 30, legalLimit: 30, promisedDueDate: '2026-04-14', legalDueDate: '2026-04-14', card: 'none' });
    expect(result.explanation?.en).toContain('extended by 10 working days');
    expect(result.explanation?.en).toContain('4–6 Apr 2026 public holiday');
    expect(result.explanation?.en).toContain('legal limit 20 working days (+10 extended), due 14 Apr 2026');
  });

  it('shows a reason it does not know as written, and an "other" reason by its note', () => {
    const result = clock({
      promisedLimit: 20,
      suspensions: [
        { start: '2026-03-03', end: '2026-03-03', reason: '等待公安协查' },
        { start: '2026-03-05', end: '2026-03-05', reason: 'other', note: '等待村委会意见' },
      ],
      today: '2026-03-20',
    });
    expect(result.explanation?.['zh-CN']).toContain('因等待公安协查暂停计时1个工作日（2026年3月3日）');
    expect(result.explanation?.['zh-CN']).toContain('因等待村委会意见暂停计时1个工作日');
  });

  it('is provisional when a due date runs into a year with no calendar', () => {
    const result = clock({ acceptedOn: '2026-12-01', promisedLimit: 10, legalLimit: 40, today: '2026-12-01' });
    expect(result).toMatchObject({ promisedDueDate: '2026-12-15', legalDueDate: '2027-01-26', provisional: true, provisionalYears: [2027] });
  });

  it('leaves the explanation out when asked to', () => {
    expect(computeCaseClock(base, calendar, { explain: false }).explanation).toBeUndefined();
  });
});
