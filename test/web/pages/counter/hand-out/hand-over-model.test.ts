import { describe, expect, it } from 'vitest';
import { checkHandOver, fieldOfIssue, initialDraft, withRecipientKind } from '../../../../../web/src/pages/counter/hand-out/hand-over-model.js';

const TODAY = '2026-03-04';

describe('the hand-over form', () => {
  const fresh = initialDraft('张明', TODAY);

  it('starts at the window, to the applicant in person, today', () => {
    expect(fresh).toMatchObject({ method: 'window', recipientKind: 'applicant', name: '张明', idChecked: false, on: TODAY });
  });

  it('will not record a hand-over before the ID is seen', () => {
    expect(checkHandOver(fresh, TODAY)).toEqual({ errors: { idChecked: 'handout.error.idChecked' } });
    expect(checkHandOver({ ...fresh, idChecked: true }, TODAY).body).toEqual({
      method: 'window',
      recipient: { kind: 'applicant', name: '张明', idChecked: true },
      on: TODAY,
    });
  });

  it('clears the applicant’s name for an authorised person, and puts it back for the applicant', () => {
    const authorised = withRecipientKind({ ...fresh, idChecked: true }, 'authorised', '张明');
    expect(authorised).toMatchObject({ recipientKind: 'authorised', name: '', idChecked: false });
    expect(checkHandOver(authorised, TODAY).errors).toEqual({ name: 'handout.error.name', idChecked: 'handout.error.idChecked' });
    const typed = { ...authorised, name: ' 李四 ', idChecked: true };
    expect(checkHandOver(typed, TODAY).body).toMatchObject({ recipient: { kind: 'authorised', name: '李四' } });
    expect(withRecipientKind(typed, 'applicant', '张明').name).toBe(' 李四 ');
    expect(withRecipientKind({ ...authorised, name: '' }, 'applicant', '张明').name).toBe('张明');
  });

  it.each([
    ['', 'handout.error.date'],
    ['4/3/2026', 'handout.error.date'],
    ['2026-03-05', 'handout.error.dateFuture'],
  ])('refuses the date %j', (on, key) => {
    expect(checkHandOver({ ...fresh, idChecked: true, on }, TODAY).errors).toEqual({ on: key });
  });

  it('by post needs the carrier and the tracking number, and nothing of the window', () => {
    const post = { ...fresh, method: 'post' as const };
    expect(checkHandOver(post, TODAY).errors).toEqual({ carrier: 'handout.error.carrier', trackingNumber: 'handout.error.trackingNumber' });
    expect(checkHandOver({ ...post, carrier: '中国邮政 EMS', trackingNumber: ' 1234567890123 ', on: '2026-03-03' }, TODAY).body).toEqual({
      method: 'post',
      carrier: '中国邮政 EMS',
      trackingNumber: '1234567890123',
      on: '2026-03-03',
    });
  });

  it.each([
    ['recipient.name', 'name'],
    ['recipient.idChecked', 'idChecked'],
    ['recipient.kind', 'recipientKind'],
    ['on', 'on'],
    ['trackingNumber', 'trackingNumber'],
    ['version', undefined],
  ])('maps the API issue at %s to the %s field', (path, field) => {
    expect(fieldOfIssue(path)).toBe(field);
  });
});
