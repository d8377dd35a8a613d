import type { SituationQuestion } from '../../../api/catalogue-item.js';
import type { ItemVersion } from '../../../api/catalogue-item.js';
import type { ItemWrite } from '../../../api/catalogue-admin.js';
import { DEFAULT_FILE_TYPES, type FieldType, type MaterialForm } from './enums.js';

/** Two inputs, one per language. */
export interface TextPair {
  zh: string;
  en: string;
}

/** One material row of the editor; every input as typed. `key` keeps the row's identity for the UI. */
export interface MaterialDraft {
  key: string;
  id: string;
  name: TextPair;
  form: MaterialForm;
  copies: string;
  mandatory: boolean;
  mayBeDeferred: boolean;
  /** Comma-separated MIME types or extensions. */
  fileTypes: string;
  maxSizeMb: string;
  note: TextPair;
}

/** One application-form field row of the editor. */
export interface FormFieldDraft {
  key: string;
  id: string;
  label: TextPair;
  type: FieldType;
  required: boolean;
  /** Choice fields: one option a line, `value | 中文 | English`. */
  options: string;
  help: TextPair;
  min: string;
  max: string;
  maxLength: string;
}

/** Everything the edit form holds, as typed. Situation questions and variants pass through unchanged. */
export interface ItemDraft {
  code: string;
  name: TextPair;
  keywords: string;
  category: string;
  handlingSection: string;
  routeKind: string;
  countyOfficeId: string;
  caseType: string;
  legalLimitDays: string;
  promisedLimitDays: string;
  preReviewLimitDays: string;
  warningThresholdDays: string;
  acceptanceConditions: (TextPair & { key: string })[];
  materials: MaterialDraft[];
  formFields: FormFieldDraft[];
  feeYuan: string;
  feeNote: TextPair;
  legalBasis: (TextPair & { key: string })[];
  resultType: string;
  resultName: TextPair;
  deliveryOptions: string[];
  status: 'active' | 'abolished';
  effectiveFrom: string;
  changeNote: string;
  questions: SituationQuestion[];
  variants: ItemVersion['variants'];
}

let nextKey = 0;
/** A key for a new row, unique in this page. */
export const rowKey = () => `row-${(nextKey += 1)}`;

const pair = (text?: { 'zh-CN': string; en: string }): TextPair => ({ zh: text?.['zh-CN'] ?? '', en: text?.en ?? '' });
const num = (value: number | undefined) => (value === undefined ? '' : String(value));

/** A blank material row. */
export const emptyMaterial = (): MaterialDraft => ({
  key: rowKey(),
  id: '',
  name: { zh: '', en: '' },
  form: 'copy',
  copies: '1',
  mandatory: true,
  mayBeDeferred: false,
  fileTypes: DEFAULT_FILE_TYPES.join(', '),
  maxSizeMb: '10',
  note: { zh: '', en: '' },
});

/** A blank form-field row. */
export const emptyFormField = (): FormFieldDraft => ({
  key: rowKey(),
  id: '',
  label: { zh: '', en: '' },
  type: 'text',
  required: true,
  options: '',
  help: { zh: '', en: '' },
  min: '',
  max: '',
  maxLength: '',
});

/** A blank row of a text list (conditions, legal basis). */
export const emptyTextRow = () => ({ key: rowKey(), zh: '', en: '' });

/** The form for a new item. */
export function emptyDraft(today: string): ItemDraft {
  return {
    code: '',
    name: { zh: '', en: '' },
    keywords: '',
    category: 'public_service',
    handlingSection: '',
    routeKind: 'township_decides',
    countyOfficeId: '',
    caseType: 'promised',
    legalLimitDays: '20',
    promisedLimitDays: '10',
    preReviewLimitDays: '2',
    warningThresholdDays: '2',
    acceptanceConditions: [],
    materials: [],
    formFields: [],
    feeYuan: '0',
    feeNote: { zh: '', en: '' },
    legalBasis: [emptyTextRow()],
    resultType: 'certificate',
    resultName: { zh: '', en: '' },
    deliveryOptions: ['window'],
    status: 'active',
    effectiveFrom: today,
    changeNote: '',
    questions: [],
    variants: [],
  };
}

/** The form filled from a version, to make the next one; effective from today or the base's date, whichever is later. */
export function draftFromVersion(version: ItemVersion, today: string): ItemDraft {
  return {
    code: version.code,
    name: pair(version.name),
    keywords: version.keywords.join(', '),
    category: version.category,
    handlingSection: version.handlingSection,
    routeKind: version.route.kind,
    countyOfficeId: version.route.kind === 'forward_to_county' ? version.route.countyOfficeId : '',
    caseType: version.caseType,
    legalLimitDays: num(version.legalLimitDays),
    promisedLimitDays: num(version.promisedLimitDays),
    preReviewLimitDays: num(version.preReviewLimitDays),
    warningThresholdDays: num(version.warningThresholdDays),
    acceptanceConditions: version.acceptanceConditions.map((c) => ({ key: rowKey(), ...pair(c) })),
    materials: version.materials.map((m) => ({
      key: rowKey(),
      id: m.id,
      name: pair(m.name),
      form: m.form,
      copies: num(m.copies),
      mandatory: m.mandatory,
      mayBeDeferred: m.mayBeDeferred,
      fileTypes: m.acceptedFileTypes.join(', '),
      maxSizeMb: num(m.maxSizeMb),
      note: pair(m.note),
    })),
    formFields: version.formFields.map((f) => ({
      key: rowKey(),
      id: f.id,
      label: pair(f.label),
      type: f.type,
      required: f.required,
      options: (f.options ?? []).map((o) => `${o.value} | ${o.label['zh-CN']} | ${o.label.en}`).join('\n'),
      help: pair(f.help),
      min: num(f.min),
      max: num(f.max),
      maxLength: num(f.maxLength),
    })),
    feeYuan: String(version.fee.amountFen / 100),
    feeNote: pair(version.fee.note),
    legalBasis: version.legalBasis.map((b) => ({ key: rowKey(), ...pair(b) })),
    resultType: version.result.type,
    resultName: pair(version.result.name),
    deliveryOptions: [...version.deliveryOptions],
    status: version.status,
    effectiveFrom: version.effectiveFrom > today ? version.effectiveFrom : today,
    changeNote: '',
    questions: version.questions,
    variants: version.variants,
  };
}

/** Options typed one a line as `value | 中文 | English`; a line without all three parts is kept whole so the check can name it. */
export function parseOptions(text: string): { value: string; label: { 'zh-CN': string; en: string } }[] {
  return text
    .split('\n')
    .map((line) => line.trim())
    .filter(Boolean)
    .map((line) => {
      const [value = '', zh = '', en = ''] = line.split('|').map((part) => part.trim());
      return { value, label: { 'zh-CN': zh, en } };
    });
}

const bilingual = (p: TextPair) => ({ 'zh-CN': p.zh.trim(), en: p.en.trim() });
const optionalBilingual = (p: TextPair) => (p.zh.trim() || p.en.trim() ? bilingual(p) : undefined);
const list = (text: string) =>
  text
    .split(/[,，\s]+/)
    .map((part) => part.trim())
    .filter(Boolean);
const toNumber = (text: string) => (text.trim() === '' ? Number.NaN : Number(text.trim()));
const optionalNumber = (text: string) => (text.trim() === '' ? undefined : toNumber(text));
const filled = (p: TextPair) => p.zh.trim() !== '' || p.en.trim() !== '';

/** The request body for the draft; numbers as numbers, empty optional texts left out, blank list rows dropped. */
export function draftToBody(draft: ItemDraft): ItemWrite {
  const feeNote = optionalBilingual(draft.feeNote);
  return {
    code: draft.code.trim(),
    name: bilingual(draft.name),
    keywords: list(draft.keywords.replace(/[、；;]/g, ',')).filter((k, i, all) => all.indexOf(k) === i),
    category: draft.category as ItemWrite['category'],
    handlingSection: draft.handlingSection.trim(),
    route: draft.routeKind === 'forward_to_county' ? { kind: 'forward_to_county', countyOfficeId: draft.countyOfficeId } : { kind: 'township_decides' },
    caseType: draft.caseType as ItemWrite['caseType'],
    legalLimitDays: toNumber(draft.legalLimitDays),
    promisedLimitDays: toNumber(draft.promisedLimitDays),
    preReviewLimitDays: toNumber(draft.preReviewLimitDays),
    warningThresholdDays: toNumber(draft.warningThresholdDays),
    acceptanceConditions: draft.acceptanceConditions.filter(filled).map(bilingual),
    materials: draft.materials.map((m) => {
      const note = optionalBilingual(m.note);
      return {
        id: m.id.trim(),
        name: bilingual(m.name),
        form: m.form,
        copies: toNumber(m.copies),
        mandatory: m.mandatory,
        mayBeDeferred: m.mayBeDeferred,
        acceptedFileTypes: list(m.fileTypes),
        maxSizeMb: toNumber(m.maxSizeMb),
        ...(note ? { note } : {}),
      };
    }),
    formFields: draft.formFields.map((f) => {
      const help = optionalBilingual(f.help);
      const [min, max, maxLength] = [optionalNumber(f.min), optionalNumber(f.max), optionalNumber(f.maxLength)];
      return {
        id: f.id.trim(),
        label: bilingual(f.label),
        type: f.type,
        required: f.required,
        ...(f.type === 'choice' ? { options: parseOptions(f.options) } : {}),
        ...(help ? { help } : {}),
        ...(f.type === 'number' && min !== undefined ? { min } : {}),
        ...(f.type === 'number' && max !== undefined ? { max } : {}),
        ...((f.type === 'text' || f.type === 'address') && maxLength !== undefined ? { maxLength } : {}),
      };
    }),
    questions: draft.questions,
    variants: draft.variants,
    fee: { amountFen: Math.round(toNumber(draft.feeYuan) * 100), ...(feeNote ? { note: feeNote } : {}) },
    legalBasis: draft.legalBasis.filter(filled).map(bilingual),
    result: { type: draft.resultType as ItemWrite['result']['type'], name: bilingual(draft.resultName) },
    deliveryOptions: draft.deliveryOptions as ItemWrite['deliveryOptions'],
    status: draft.status,
    effectiveFrom: draft.effectiveFrom.trim(),
    changeNote: draft.changeNote.trim(),
  };
}
