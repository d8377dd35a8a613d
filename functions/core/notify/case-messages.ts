import type { Case } from '../case/case.js';
import type { CaseEvent } from '../case/case-event.js';
import { fitsOneSms } from './sms-length.js';
import { GREETINGS, MESSAGE_LANGS, TEMPLATES, type MessageAction, type MessageLang } from './message-templates.js';

/** One message to the applicant, as the outbox keeps it and the notifier sends it. */
export interface OutboxMessage {
  /** The case event it announces: `<caseId>#<seq>`; one message per event. */
  messageId: string;
  caseId: string;
  caseNumber: string;
  countyId: string;
  townshipId: string;
  seq: number;
  action: string;
  lang: MessageLang;
  /** SMS to the applicant's phone; e-mail once the case records an address (the SES sender is ready). */
  channel: 'sms' | 'email';
  /** The applicant's own phone number or address (never logged or listed in full). */
  to: string;
  text: string;
  createdAt: string;
}

/** The short lookup link on every message: the site's /t/<query code> opens the lookup page filled in. */
export const lookupLinkOf = (siteUrl: string, queryCode: string) => `${siteUrl.replace(/\/+$/, '')}/t/${queryCode}`;

/** The applicant's language, zh-CN unless they chose English at submission. */
export const langOf = (c: Pick<Case, 'lang'>): MessageLang => (c.lang && (MESSAGE_LANGS as readonly string[]).includes(c.lang) ? c.lang : 'zh-CN');

/** "12月20日" in Chinese, the ISO date in English: short, and unambiguous in both. */
function formatDue(isoDate: string | undefined, lang: MessageLang): string | undefined {
  if (!isoDate) return undefined;
  if (lang === 'en') return isoDate;
  const [, month, day] = isoDate.split('-');
  return `${Number(month)}月${Number(day)}日`;
}

/** The message text: greeting with the applicant's own name when it still fits one SMS, else without. */
export function messageText(action: MessageAction, c: Case, lang: MessageLang, siteUrl: string): string | undefined {
  const template = TEMPLATES[lang][action];
  if (!template) return undefined;
  const due = formatDue(c.dueDates?.promised, lang);
  const body = template({ no: c.caseNumber, link: lookupLinkOf(siteUrl, c.queryCode), ...(due ? { due } : {}) });
  const greeted = GREETINGS[lang](c.applicant.name.trim()) + body;
  return fitsOneSms(greeted) ? greeted : body;
}

/**
 * The messages a state change owes the applicant: one per new public event that has a text,
 * in the applicant's language, to the applicant's phone. Pure, so the store can write them in
 * the same transaction as the change (transactional outbox).
 */
export function messagesFor(c: Case, events: readonly CaseEvent[], siteUrl: string): OutboxMessage[] {
  const lang = langOf(c);
  const phone = c.applicant.phone?.trim();
  if (!phone) return [];
  return events
    .filter((e) => e.public)
    .flatMap((e) => {
      const text = messageText(e.action as MessageAction, c, lang, siteUrl);
      if (!text) return [];
      return [
        {
          messageId: `${c.caseId}#${e.seq}`,
          caseId: c.caseId,
          caseNumber: c.caseNumber,
          countyId: c.countyId,
          townshipId: c.townshipId,
          seq: e.seq,
          action: e.action,
          lang,
          channel: 'sms' as const,
          to: phone,
          text,
          createdAt: e.at,
        },
      ];
    });
}
