import type { MessageKey } from '../../i18n/messages/index.js';

/** The lookup form's fields, as typed. */
export interface TrackForm {
  code: string;
  phoneLast4: string;
}

/** A problem with one field of the form, as an i18n key. */
export interface TrackFormIssue {
  field: keyof TrackForm;
  key: MessageKey;
}

/**
 * The form as it is sent: trimmed, and with full-width digits (a Chinese input method's
 * default, "１２３４") turned into ASCII ones, so nobody is told their digits are not digits.
 */
export function normalizeTrackForm(form: TrackForm): TrackForm {
  const ascii = (text: string) => text.replace(/[０-９]/g, (d) => String.fromCharCode(d.charCodeAt(0) - 0xfee0));
  return { code: ascii(form.code).trim(), phoneLast4: ascii(form.phoneLast4).replace(/\s/g, '') };
}

/** Checks the form before asking the server: both fields, and exactly four digits for the phone. */
export function validateTrackForm(form: TrackForm): TrackFormIssue[] {
  const { code, phoneLast4 } = normalizeTrackForm(form);
  const issues: TrackFormIssue[] = [];
  if (!code) issues.push({ field: 'code', key: 'track.error.codeRequired' });
  if (!phoneLast4) issues.push({ field: 'phoneLast4', key: 'track.error.phoneRequired' });
  else if (!/^\d{4}$/.test(phoneLast4)) issues.push({ field: 'phoneLast4', key: 'track.error.phoneFormat' });
  return issues;
}
