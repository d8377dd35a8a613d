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

/** Checks the form before asking the server: both fields, and exactly four digits for the phone. */
export function validateTrackForm(form: TrackForm): TrackFormIssue[] {
  const issues: TrackFormIssue[] = [];
  if (!form.code.trim()) issues.push({ field: 'code', key: 'track.error.codeRequired' });
  const phone = form.phoneLast4.trim();
  if (!phone) issues.push({ field: 'phoneLast4', key: 'track.error.phoneRequired' });
  else if (!/^\d{4}$/.test(phone)) issues.push({ field: 'phoneLast4', key: 'track.error.phoneFormat' });
  return issues;
}
