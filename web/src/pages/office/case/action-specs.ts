import type { ItemVersion } from '../../../api/counter.js';
import { SUSPENSION_PROCEDURES, type ClockView, type OfficeAction, type OfficeCase } from '../../../api/office.js';
import { placeName } from '../../../api/places.js';
import type { Translate } from '../../../i18n/i18n.js';
import { translate } from '../../../i18n/message-store.js';
// The decision's remedies template is read here, outside any component: this module brings its namespace.
import '../../../i18n/messages/office.js';
import type { MessageKey } from '../../../i18n/messages/index.js';

/** What a form knows about the case it acts on. */
export interface ActionContext {
  c: OfficeCase;
  item: ItemVersion;
  clock?: ClockView;
  today: string;
  /** An office's or department's name by id, in the page's language. */
  officeName(id: string): string;
}

/** One input of an action form; values are kept as the strings the inputs hold. */
export interface FieldSpec {
  /** The body key it fills, and (with the action) the input's id. */
  name: string;
  kind: 'text' | 'textarea' | 'lines' | 'date' | 'select' | 'radio' | 'number' | 'checkbox';
  label: MessageKey;
  hint?: MessageKey;
  required?: boolean;
  options?: (t: Translate) => { value: string; label: string }[];
  initial?: (ctx: ActionContext) => string;
}

/** Which preview the confirmation step shows. */
export type PreviewKind = 'suspend' | 'extend' | 'decision';

export interface ActionSpec {
  fields: FieldSpec[];
  /** Checks beyond "required", by field name. */
  check?(values: Record<string, string>, t: Translate, ctx: ActionContext): Record<string, string | undefined>;
  body(values: Record<string, string>): Record<string, unknown>;
  preview?: PreviewKind;
  /** A step that cannot be undone; its confirm button says so by its words. */
  final?: boolean;
}

/** The longest extension §42 allows unless the item says otherwise. */
export const DEFAULT_MAX_EXTENSION = 10;
/** The most working days this case's one extension may add (kept on the case from its item version). */
export const maxExtensionOf = (c: Pick<OfficeCase, 'limits'>) => c.limits?.legalExtensionDays ?? DEFAULT_MAX_EXTENSION;

export const splitLines = (text: string) =>
  text
    .split('\n')
    .map((line) => line.trim())
    .filter(Boolean);

const outcomeOptions = (t: Translate) => [
  { value: 'grant', label: t('office.outcome.grant') },
  { value: 'refuse', label: t('office.outcome.refuse') },
];
const reasonField = (label: MessageKey = 'office.field.reason'): FieldSpec => ({ name: 'reason', kind: 'textarea', label, required: true });
// Reasons are required for a refusal (checked with the outcome); a grant may give them.
const reasons: FieldSpec = { name: 'reasons', kind: 'lines', label: 'office.field.reasons', hint: 'office.field.lines.hint' };
const refusalNeeds = (values: Record<string, string>, t: Translate, names: ('reasons' | 'remedies')[]) =>
  Object.fromEntries(
    names
      .filter((name) => values.outcome === 'refuse' && splitLines(values[name] ?? '').length === 0)
      .map((name) => [name, t('office.error.required', { label: t(`office.field.${name}`) })]),
  );
const legalBasis: FieldSpec = {
  name: 'legalBasis',
  kind: 'lines',
  label: 'office.field.legalBasis',
  hint: 'office.field.basis.hint',
  required: true,
  initial: (ctx) => ctx.c.review?.proposal?.legalBasis.join('\n') ?? ctx.item.legalBasis.map((b) => b['zh-CN']).join('\n'),
};
// Printed on the decision as typed: Chinese by default, as the official document is.
const remedies: FieldSpec = {
  name: 'remedies',
  kind: 'textarea',
  label: 'office.field.remedies',
  hint: 'office.field.remedies.hint',
  initial: (ctx) => translate('zh-CN', 'office.decision.remediesTemplate', { county: placeName(ctx.c.countyId, 'zh-CN') }),
};
const text = (values: Record<string, string>, name: string) => values[name]?.trim() ?? '';

const decideSpec: ActionSpec = {
  fields: [
    {
      name: 'outcome',
      kind: 'radio',
      label: 'office.field.outcome',
      required: true,
      options: outcomeOptions,
      initial: (ctx) => ctx.c.review?.proposal?.outcome ?? '',
    },
    { ...reasons, initial: (ctx) => ctx.c.review?.proposal?.reasons.join('\n') ?? '' },
    legalBasis,
    remedies,
  ],
  check: (values, t) => refusalNeeds(values, t, ['reasons', 'remedies']),
  body: (v) => ({
    outcome: v.outcome,
    reasons: splitLines(v.reasons ?? ''),
    legalBasis: splitLines(v.legalBasis ?? ''),
    ...(v.outcome === 'refuse' ? { remedies: text(v, 'remedies') } : {}),
  }),
  preview: 'decision',
  final: true,
};

/** Every back-office action's form: its inputs, extra checks, the body it sends and its preview. */
export const ACTION_SPECS: Record<OfficeAction, ActionSpec> = {
  take: { fields: [], body: () => ({}) },
  record_opinion: {
    fields: [{ name: 'opinion', kind: 'textarea', label: 'office.field.opinion', required: true, initial: (ctx) => ctx.c.review?.opinion ?? '' }],
    body: (v) => ({ opinion: text(v, 'opinion') }),
  },
  request_info: { fields: [{ name: 'text', kind: 'textarea', label: 'office.field.text', required: true }], body: (v) => ({ text: text(v, 'text') }) },
  suspend: {
    fields: [
      {
        name: 'procedure',
        kind: 'select',
        label: 'office.field.procedure',
        required: true,
        options: (t) => SUSPENSION_PROCEDURES.map((p) => ({ value: p, label: t(`office.procedure.${p}`) })),
      },
      reasonField(),
      { name: 'start', kind: 'date', label: 'office.field.start', required: true, initial: (ctx) => ctx.today },
      { name: 'expectedEnd', kind: 'date', label: 'office.field.expectedEnd', required: true },
    ],
    check: (v, t) => (v.start && v.expectedEnd && v.expectedEnd < v.start ? { expectedEnd: t('office.error.endBeforeStart') } : {}),
    body: (v) => ({ procedure: v.procedure, reason: text(v, 'reason'), start: v.start, expectedEnd: v.expectedEnd }),
    preview: 'suspend',
  },
  resume: {
    fields: [{ name: 'lastPausedDay', kind: 'date', label: 'office.field.lastPausedDay', hint: 'office.field.lastPausedDay.hint' }],
    body: (v) => (v.lastPausedDay ? { lastPausedDay: v.lastPausedDay } : {}),
  },
  request_extension: {
    fields: [{ name: 'workingDays', kind: 'number', label: 'office.field.workingDays', hint: 'office.field.workingDays.hint', required: true }, reasonField()],
    check: (v, t, ctx) => {
      const max = maxExtensionOf(ctx.c);
      const n = Number(v.workingDays);
      return v.workingDays && !(Number.isInteger(n) && n >= 1 && n <= max) ? { workingDays: t('office.error.days', { max }) } : {};
    },
    body: (v) => ({ workingDays: Number(v.workingDays), reason: text(v, 'reason') }),
    preview: 'extend',
  },
  approve_extension: { fields: [], body: () => ({}), preview: 'extend' },
  refuse_extension: { fields: [reasonField('office.field.refusal')], body: (v) => ({ reason: text(v, 'reason') }) },
  propose: {
    fields: [{ name: 'outcome', kind: 'radio', label: 'office.field.outcome', required: true, options: outcomeOptions }, reasons, legalBasis],
    check: (values, t) => refusalNeeds(values, t, ['reasons']),
    body: (v) => ({ outcome: v.outcome, reasons: splitLines(v.reasons ?? ''), legalBasis: splitLines(v.legalBasis ?? '') }),
  },
  withdraw_proposal: { fields: [reasonField()], body: (v) => ({ reason: text(v, 'reason') }) },
  reject_proposal: { fields: [reasonField()], body: (v) => ({ reason: text(v, 'reason') }) },
  return_to_counter: { fields: [reasonField()], body: (v) => ({ reason: text(v, 'reason') }) },
  forward: { fields: [{ name: 'note', kind: 'textarea', label: 'office.field.note' }], body: (v) => (text(v, 'note') ? { note: text(v, 'note') } : {}) },
  return_to_township: { fields: [reasonField()], body: (v) => ({ reason: text(v, 'reason') }) },
  decide: decideSpec,
  decide_forwarded: decideSpec,
  terminate: { fields: [reasonField()], body: (v) => ({ reason: text(v, 'reason') }), final: true },
  revoke_decision: { fields: [reasonField()], body: (v) => ({ reason: text(v, 'reason') }), final: true },
  // 整改: what the office did about a poor rating; the applicant sees it on their case page.
  reply_rectification: {
    fields: [
      { name: 'text', kind: 'textarea', label: 'rectify.reply.text', required: true },
      { name: 'contactedApplicant', kind: 'checkbox', label: 'rectify.reply.contacted' },
    ],
    body: (v) => ({ text: text(v, 'text'), contactedApplicant: v.contactedApplicant === 'yes' }),
    final: true,
  },
};

/** The input id of a field of an action's form. */
export const fieldId = (action: OfficeAction, name: string) => `${action.replace(/_/g, '-')}-${name}`;

/** The field an API issue path names (`reasons.0` → `reasons`), if the form has it. */
export function fieldOfPath(spec: ActionSpec, path: string): string | undefined {
  const head = path.split('.')[0] ?? '';
  return spec.fields.some((f) => f.name === head) ? head : undefined;
}
