import type { ApiIssue } from '../../../api/api-error.js';
import type { ProxyConsent } from '../../../api/intake.js';
import type { Translate } from '../../../i18n/i18n.js';
import type { ConsentDraft } from './application-draft.js';

/** How a resident can give a village proxy their consent. */
export const CONSENT_METHODS: readonly ProxyConsent['method'][] = ['signed_form', 'in_person', 'phone_call', 'video_call'];

/** Element ids of the consent form, the targets of error summary links. */
export const CONSENT_IDS = { method: 'consent-method', givenAt: 'consent-givenAt', note: 'consent-note' } as const;

/** The `datetime-local` value as an ISO instant (the browser's zone is the proxy's), or undefined. */
export function consentInstant(value: string): string | undefined {
  if (!/^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}/.test(value)) return undefined;
  const date = new Date(value);
  return Number.isNaN(date.getTime()) ? undefined : date.toISOString();
}

/** Problems with the consent form, at `proxyConsent.<field>`; consent given in the future is refused. */
export function consentIssues(consent: ConsentDraft, t: Translate, now = Date.now()): ApiIssue[] {
  const issues: ApiIssue[] = [];
  if (!consent.method) issues.push({ path: 'proxyConsent.method', message: t('intake.consent.methodRequired') });
  const at = consentInstant(consent.givenAt);
  if (!consent.givenAt) issues.push({ path: 'proxyConsent.givenAt', message: t('intake.consent.givenAtRequired') });
  else if (!at) issues.push({ path: 'proxyConsent.givenAt', message: t('intake.consent.givenAtInvalid') });
  // A few minutes' grace for a phone clock that runs ahead.
  else if (Date.parse(at) > now + 5 * 60_000) issues.push({ path: 'proxyConsent.givenAt', message: t('intake.consent.givenAtFuture') });
  if (consent.note.length > 500) issues.push({ path: 'proxyConsent.note', message: t('intake.consent.noteTooLong') });
  return issues;
}

/** The consent as the API takes it, or undefined while the form is incomplete. */
export function consentForServer(consent: ConsentDraft): ProxyConsent | undefined {
  const givenAt = consentInstant(consent.givenAt);
  if (!consent.method || !givenAt) return undefined;
  return { method: consent.method, givenAt, ...(consent.note.trim() ? { note: consent.note.trim() } : {}) };
}
