import type { HandOver } from '../../../api/results.js';
import type { MessageKey } from '../../../i18n/messages/index.js';

/** What the clerk has filled in so far on the hand-over form. */
export interface HandOverDraft {
  method: 'window' | 'post';
  recipientKind: 'applicant' | 'authorised';
  name: string;
  idChecked: boolean;
  carrier: string;
  trackingNumber: string;
  /** YYYY-MM-DD, China date. */
  on: string;
}

/** The form's input ids: error summary links land on them. */
export const HAND_OVER_FIELDS = {
  method: 'handout-method',
  recipientKind: 'handout-recipient',
  name: 'handout-name',
  idChecked: 'handout-id-checked',
  carrier: 'handout-carrier',
  trackingNumber: 'handout-tracking',
  on: 'handout-date',
} as const;
export type HandOverField = keyof typeof HAND_OVER_FIELDS;

/** At the window to the applicant in person, today: the usual case, the name ready to check against the ID. */
export function initialDraft(applicantName: string, today: string): HandOverDraft {
  return { method: 'window', recipientKind: 'applicant', name: applicantName, idChecked: false, carrier: '', trackingNumber: '', on: today };
}

/**
 * Who collects it changes whose name goes in: the applicant's is filled in for them, an authorised
 * person's is typed (the applicant's name is never left standing in for someone else's).
 */
export function withRecipientKind(draft: HandOverDraft, kind: HandOverDraft['recipientKind'], applicantName: string): HandOverDraft {
  if (kind === draft.recipientKind) return draft;
  if (kind === 'authorised') return { ...draft, recipientKind: kind, name: draft.name.trim() === applicantName ? '' : draft.name, idChecked: false };
  return { ...draft, recipientKind: kind, name: draft.name.trim() ? draft.name : applicantName, idChecked: false };
}

/**
 * Checks the draft as the API would, so the clerk hears every problem at once; gives the body to
 * send when there is none. The API still checks (and may refuse a date before the decision).
 */
export function checkHandOver(draft: HandOverDraft, today: string): { errors: Partial<Record<HandOverField, MessageKey>>; body?: HandOver } {
  const errors: Partial<Record<HandOverField, MessageKey>> = {};
  const on = draft.on.trim();
  if (!/^\d{4}-\d{2}-\d{2}$/.test(on)) errors.on = 'handout.error.date';
  else if (on > today) errors.on = 'handout.error.dateFuture';
  if (draft.method === 'window') {
    if (!draft.name.trim()) errors.name = 'handout.error.name';
    if (!draft.idChecked) errors.idChecked = 'handout.error.idChecked';
  } else {
    if (!draft.carrier.trim()) errors.carrier = 'handout.error.carrier';
    if (!draft.trackingNumber.trim()) errors.trackingNumber = 'handout.error.trackingNumber';
  }
  if (Object.keys(errors).length > 0) return { errors };
  const body: HandOver =
    draft.method === 'window'
      ? { method: 'window', recipient: { kind: draft.recipientKind, name: draft.name.trim(), idChecked: true }, on }
      : { method: 'post', carrier: draft.carrier.trim(), trackingNumber: draft.trackingNumber.trim(), on };
  return { errors, body };
}

/** The form field an API issue is about (its `path`), if any. */
export function fieldOfIssue(path: string): HandOverField | undefined {
  if (path.startsWith('recipient.name')) return 'name';
  if (path.startsWith('recipient.idChecked')) return 'idChecked';
  if (path.startsWith('recipient')) return 'recipientKind';
  if (path === 'carrier' || path === 'trackingNumber' || path === 'on') return path;
  if (path === 'method') return 'method';
  return undefined;
}
