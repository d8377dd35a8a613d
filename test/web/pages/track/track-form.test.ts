import { describe, expect, it } from 'vitest';
import { normalizeTrackForm, validateTrackForm } from '../../../../web/src/pages/track/track-form.js';

describe('validateTrackForm', () => {
  it.each([
    ['both filled', { code: 'QS-1', phoneLast4: '1234' }, []],
    ['spaces around', { code: ' QS-1 ', phoneLast4: ' 1234 ' }, []],
    ['nothing', { code: '', phoneLast4: '' }, ['code:track.error.codeRequired', 'phoneLast4:track.error.phoneRequired']],
    ['letters in the phone', { code: 'QS-1', phoneLast4: '12a4' }, ['phoneLast4:track.error.phoneFormat']],
    ['three digits', { code: 'QS-1', phoneLast4: '123' }, ['phoneLast4:track.error.phoneFormat']],
    ['full-width digits from a Chinese input method', { code: 'QS-1', phoneLast4: '１２３４' }, []],
    ['five digits', { code: 'QS-1', phoneLast4: '12345' }, ['phoneLast4:track.error.phoneFormat']],
  ])('%s', (_case, form, expected) => {
    expect(validateTrackForm(form).map((i) => `${i.field}:${i.key}`)).toEqual(expected);
  });
});

describe('normalizeTrackForm', () => {
  it('sends ASCII digits and no stray spaces', () => {
    expect(normalizeTrackForm({ code: ' QS２０２６ ', phoneLast4: '１２ ３４' })).toEqual({ code: 'QS2026', phoneLast4: '1234' });
  });
});
