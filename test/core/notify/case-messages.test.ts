import { describe, expect, it } from 'vitest';
import { ACTION_NAMES, CASE_ACTIONS, type CaseAction } from '../../../functions/core/case/case-actions.js';
import type { CaseEvent } from '../../../functions/core/case/case-event.js';
import { lookupLinkOf, messagesFor, messageText } from '../../../functions/core/notify/case-messages.js';
import type { MessageAction } from '../../../functions/core/notify/message-templates.js';
import { fitsOneSms, smsSize } from '../../../functions/core/notify/sms-length.js';
import { draftCase } from '../case/fixtures.js';

const SITE = 'https://yw.anping.gov.cn';
const PUBLIC_ACTIONS = ACTION_NAMES.filter((a) => CASE_ACTIONS[a].public);
/** Said together with `complete`, which the same transaction writes. */
const SAID_BY_COMPLETE: CaseAction[] = ['deliver', 'deliver_electronically'];

const event = (action: CaseAction, seq: number, isPublic = CASE_ACTIONS[action].public as boolean): CaseEvent => ({
  caseId: 'case-1',
  seq,
  action,
  at: `2026-03-02T0${seq % 10}:00:00.000Z`,
  actor: { userId: 'u', role: 'clerk', name: '窗口' },
  fromState: 'submitted',
  toState: 'under_review',
  public: isPublic,
  prevHash: '0',
  hash: '1',
});

const decided = (lang?: 'zh-CN' | 'en', name = '张明') =>
  draftCase({
    caseNumber: 'QS-2026-000123',
    queryCode: 'ABCDEFGHJK',
    applicant: { kind: 'person', name, idNumber: '110101195001011234', phone: '13912345678', address: '青石镇一号' },
    dueDates: { promised: '2026-03-20', legal: '2026-04-01', provisional: false },
    ...(lang ? { lang } : {}),
  });

describe('messages to the applicant (core/notify)', () => {
  it.each(
    PUBLIC_ACTIONS.filter((a) => !SAID_BY_COMPLETE.includes(a)).flatMap(
      (a) =>
        [
          [a, 'zh-CN'],
          [a, 'en'],
        ] as const,
    ),
  )('%s has a %s text with the case number and the lookup link that fits one SMS', (action, lang) => {
    const text = messageText(action as MessageAction, decided(lang, '欧阳娜娜'), lang, SITE)!;
    expect(text).toContain('QS-2026-000123');
    expect(text).toContain(`${SITE}/t/ABCDEFGHJK`);
    expect(fitsOneSms(text), `${smsSize(text).units} > ${smsSize(text).limit}: ${text}`).toBe(true);
  });

  it('greets the applicant by name when it fits, and drops the greeting rather than sending two SMS', () => {
    expect(messageText('accept', decided('zh-CN'), 'zh-CN', SITE)).toBe(`张明：办件QS-2026-000123已受理，3月20日前办结。${SITE}/t/ABCDEFGHJK`);
    const business = decided('zh-CN', '安平县青石镇绿野农产品专业合作社');
    expect(messageText('accept', business, 'zh-CN', SITE)).toBe(`办件QS-2026-000123已受理，3月20日前办结。${SITE}/t/ABCDEFGHJK`);
    expect(messageText('accept', decided('en', 'Zhang Ming'), 'en', SITE)).toBe(
      `Dear Zhang Ming, Case QS-2026-000123 accepted; decision due by 2026-03-20. ${SITE}/t/ABCDEFGHJK`,
    );
  });

  it('writes one message per public event, in the language the applicant chose (zh-CN by default)', () => {
    const events = [event('submit', 1), event('record_original', 2), event('accept', 3), event('take', 4, false)];
    const zh = messagesFor(decided(), events, SITE);
    const en = messagesFor(decided('en'), events, SITE);
    expect(zh.map((m) => [m.messageId, m.action, m.lang, m.channel, m.to])).toEqual([
      ['case-1#1', 'submit', 'zh-CN', 'sms', '13912345678'],
      ['case-1#3', 'accept', 'zh-CN', 'sms', '13912345678'],
    ]);
    expect(en.map((m) => m.lang)).toEqual(['en', 'en']);
    // A Chinese name would turn the English SMS into UCS-2 (70 characters): it is left out then.
    expect(en[1]!.text).toMatch(/^Case QS-2026-000123 accepted/);
  });

  it('says delivery and completion in one message, the one of `complete`', () => {
    const messages = messagesFor(decided(), [event('deliver', 7), event('complete', 8)], SITE);
    expect(messages.map((m) => m.action)).toEqual(['complete']);
    expect(messages[0]!.text).toContain('已送达');
  });

  it('never carries personal data beyond the applicant’s own name', () => {
    const texts = PUBLIC_ACTIONS.flatMap((a) => messagesFor(decided(), [event(a, 1)], SITE).map((m) => m.text));
    for (const text of texts) {
      expect(text).not.toMatch(/110101195001011234|13912345678|青石镇一号/);
    }
  });

  it('counts SMS units by encoding: GSM text up to 160, anything Chinese up to 70', () => {
    expect(smsSize('a'.repeat(160))).toEqual({ units: 160, limit: 160 });
    expect(fitsOneSms('a'.repeat(161))).toBe(false);
    expect(smsSize('{}')).toEqual({ units: 4, limit: 160 });
    expect(smsSize('办'.repeat(70))).toEqual({ units: 70, limit: 70 });
    expect(fitsOneSms(`${'a'.repeat(70)}办`)).toBe(false);
    expect(lookupLinkOf('https://x.cn/', 'ABC')).toBe('https://x.cn/t/ABC');
  });
});
