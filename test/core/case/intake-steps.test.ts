import { describe, expect, it } from 'vitest';
import { chineseDaysCalendarYears } from '../../../functions/adapters/chinese-days/calendar-years.js';
import { createWorkingCalendar } from '../../../functions/core/calendar/working-calendar.js';
import { verifyChain } from '../../../functions/core/case/case-event.js';
import { intakeClockFrom } from '../../../functions/core/case/intake-clock.js';
import { acceptStep, deemAcceptedStep, notAcceptStep, requireCorrectionStep, resubmitStep, submitStep } from '../../../functions/core/case/intake-steps.js';
import { RuleViolationError, ValidationError } from '../../../functions/core/errors.js';
import { draftCase, ITEM, P } from './fixtures.js';

const clock = intakeClockFrom(createWorkingCalendar(chineseDaysCalendarYears('2026-01-01T00:00:00Z')));
const clerk = P.clerk;
const resident = P.resident;
// Monday 2 March 2026, 10:00 in China.
const submitted = submitStep(draftCase(), ITEM, resident, '2026-03-02T02:00:00.000Z', clock).after;

describe('intake steps', () => {
  it('gives the counter 5 working days to answer, counted from the day after receipt', () => {
    expect(submitted).toMatchObject({ state: 'submitted', version: 1, receivedOn: '2026-03-02', answerDueOn: '2026-03-09' });
  });

  it('uses the China date: 23:30 UTC on 1 March is 2 March in China', () => {
    const late = submitStep(draftCase(), ITEM, resident, '2026-03-01T23:30:00.000Z', clock).after;
    expect(late.receivedOn).toBe('2026-03-02');
  });

  it('accepts with a 容缺 material and fixes the due dates from the day after acceptance', () => {
    const { after, event } = acceptStep(
      submitted,
      ITEM,
      { deferred: [{ materialId: 'household', dueOn: '2026-03-20' }] },
      clerk,
      '2026-03-03T01:00:00.000Z',
      clock,
    );
    expect(after).toMatchObject({
      state: 'under_review',
      acceptedOn: '2026-03-03',
      dueDates: { promised: '2026-03-17', legal: '2026-03-31', provisional: false },
    });
    expect(after.materials.find((m) => m.materialId === 'household')?.deferred).toEqual({ dueOn: '2026-03-20' });
    expect(event).toMatchObject({ action: 'accept', fromState: 'submitted', toState: 'under_review', seq: 2, public: true });
  });

  it('refuses to accept while a mandatory material is neither supplied nor deferred', () => {
    expect(() => acceptStep(submitted, ITEM, { deferred: [] }, clerk, '2026-03-03T01:00:00.000Z', clock)).toThrowError(
      expect.objectContaining({ code: 'MATERIALS_INCOMPLETE' }),
    );
  });

  it('refuses to defer a material that may not be deferred, naming the field', () => {
    try {
      acceptStep(submitted, ITEM, { deferred: [{ materialId: 'id-card', dueOn: '2026-03-20' }] }, clerk, '2026-03-03T01:00:00.000Z', clock);
      expect.unreachable();
    } catch (error) {
      expect(error).toBeInstanceOf(ValidationError);
      expect((error as ValidationError).issues).toEqual([{ path: 'deferred.0.materialId', message: 'intake.material.notDeferrable' }]);
    }
  });

  it('counts a late acceptance as accepted on the day of receipt', () => {
    const withAll = {
      ...submitted,
      materials: [...submitted.materials, { materialId: 'household', files: [{ fileId: 'f2', name: 'h.jpg', contentType: 'image/jpeg', size: 1 }] }],
    };
    const { after } = acceptStep(withAll, ITEM, { deferred: [] }, clerk, '2026-03-12T01:00:00.000Z', clock);
    expect(after).toMatchObject({ acceptedOn: '2026-03-02', deemedAccepted: true, dueDates: { promised: '2026-03-16' } });
  });

  it('refuses a correction notice after the 5-working-day limit', () => {
    expect(() => requireCorrectionStep(submitted, [{ problem: '照片模糊' }], clerk, '2026-03-10T01:00:00.000Z')).toThrowError(RuleViolationError);
    expect(() => requireCorrectionStep(submitted, [{ problem: '照片模糊' }], clerk, '2026-03-09T09:00:00.000Z')).not.toThrow();
  });

  it('restarts the counter limit when the applicant answers the notice', () => {
    const waiting = requireCorrectionStep(submitted, [{ materialId: 'household', problem: '缺户口簿' }], clerk, '2026-03-04T01:00:00.000Z').after;
    expect(waiting).toMatchObject({ state: 'correction_required', correction: { round: 1 } });
    const back = resubmitStep(waiting, ITEM, { answers: {}, materials: waiting.materials }, resident, '2026-04-03T01:00:00.000Z', clock).after;
    // 3 Apr 2026 is a Friday; 4–6 Apr is the Qingming holiday: 7, 8, 9, 10 and 13 Apr are the 5 working days.
    expect(back).toMatchObject({ state: 'submitted', receivedOn: '2026-04-03', answerDueOn: '2026-04-13' });
  });

  it('keeps the first submission time through every resubmission', () => {
    expect(submitted.firstReceivedAt).toBeUndefined();
    const waiting = requireCorrectionStep(submitted, [{ problem: '缺户口簿' }], clerk, '2026-03-04T01:00:00.000Z').after;
    const back = resubmitStep(waiting, ITEM, { answers: {}, materials: waiting.materials }, resident, '2026-03-05T01:00:00.000Z', clock).after;
    expect(back).toMatchObject({ receivedAt: '2026-03-05T01:00:00.000Z', firstReceivedAt: '2026-03-02T02:00:00.000Z' });
    const again = requireCorrectionStep(back, [{ problem: '照片模糊' }], clerk, '2026-03-06T01:00:00.000Z').after;
    const third = resubmitStep(again, ITEM, { answers: {}, materials: again.materials }, resident, '2026-03-09T01:00:00.000Z', clock).after;
    expect(third).toMatchObject({ receivedAt: '2026-03-09T01:00:00.000Z', firstReceivedAt: '2026-03-02T02:00:00.000Z' });
  });

  it('lets the system deem a neglected application accepted on the day of receipt', () => {
    const { after, event } = deemAcceptedStep(submitted, ITEM, '2026-03-10T00:00:00.000Z', clock);
    expect(after).toMatchObject({ state: 'under_review', acceptedOn: '2026-03-02', deemedAccepted: true });
    expect(event.actor.role).toBe('system');
  });

  it('keeps one verifiable chain across several steps', () => {
    const first = submitStep(draftCase(), ITEM, resident, '2026-03-02T02:00:00.000Z', clock);
    const second = requireCorrectionStep(first.after, [{ problem: '缺户口簿' }], clerk, '2026-03-03T01:00:00.000Z');
    const third = notAcceptStep(
      second.after,
      { reasons: ['不符合条件'], legalBasis: ['《行政许可法》第三十二条'], remedies: '可申请复议或提起诉讼' },
      clerk,
      '2026-03-04T01:00:00.000Z',
    );
    const events = [first.event, second.event, third.event];
    expect(verifyChain('case-1', events, third.after)).toEqual({ ok: true, events: 3 });
    expect(third.after.version).toBe(3);
  });
});
