import type { MessageKey } from '../../../i18n/messages/index.js';
import { draftToBody, parseOptions, type ItemDraft, type TextPair } from './item-draft.js';

/** A problem the form finds before sending: the API path of the field and a message key. */
export interface DraftIssue {
  path: string;
  key: MessageKey;
  params?: Record<string, string | number>;
  /** Which field, when the message alone would not say (one of several rows, one of two languages). */
  where?: { key: MessageKey; params?: Record<string, string | number> };
}

type Where = DraftIssue['where'];

const ITEM_CODE = /^[0-9A-Z][0-9A-Z-]{3,39}$/;
const LOCAL_ID = /^[a-zA-Z][a-zA-Z0-9_-]{0,47}$/;
const SECTION = /^[a-z][a-z0-9_]{1,31}$/;
const FILE_TYPE = /^(\.[a-z0-9]{1,8}|[a-z]+\/[a-z0-9.+-]+)$/;
const OPTION_VALUE = /^[a-zA-Z0-9_-]{1,48}$/;
const DATE = /^\d{4}-\d{2}-\d{2}$/;

const isWhole = (n: number, min: number, max: number) => Number.isInteger(n) && n >= min && n <= max;

/**
 * The checks the catalogue would make, made first in the browser so the administrator hears of
 * them at once and by the field: required texts in both languages, whole working days, promised
 * ≤ legal, ids and file types in the catalogue's formats, an effective date not before today.
 * The server checks again; its answer is shown the same way.
 */
export function checkDraft(draft: ItemDraft, context: { today: string; creating: boolean; latestEffective?: string }): DraftIssue[] {
  const issues: DraftIssue[] = [];
  const add = (path: string, key: MessageKey, params?: Record<string, string | number>, where?: Where) =>
    issues.push({ path, key, ...(params ? { params } : {}), ...(where ? { where } : {}) });
  const both = (path: string, p: TextPair, where: Where) => {
    if (!p.zh.trim()) add(`${path}.zh-CN`, 'catalogue.edit.error.zhRequired', undefined, where);
    if (!p.en.trim()) add(`${path}.en`, 'catalogue.edit.error.enRequired', undefined, where);
  };
  const half = (path: string, p: TextPair, where: Where) => {
    if (p.zh.trim() && !p.en.trim()) add(`${path}.en`, 'catalogue.edit.error.enRequired', undefined, where);
    if (!p.zh.trim() && p.en.trim()) add(`${path}.zh-CN`, 'catalogue.edit.error.zhRequired', undefined, where);
  };
  const body = draftToBody(draft);

  if (context.creating && !ITEM_CODE.test(body.code)) add('code', 'catalogue.edit.error.code');
  both('name', draft.name, { key: 'catalogue.edit.name' });
  if (!SECTION.test(body.handlingSection)) add('handlingSection', 'catalogue.edit.error.section');
  if (draft.routeKind === 'forward_to_county' && !draft.countyOfficeId) add('route.countyOfficeId', 'catalogue.edit.error.countyOffice');

  const days = ['legalLimitDays', 'promisedLimitDays', 'preReviewLimitDays', 'warningThresholdDays'] as const;
  for (const field of days) if (!isWhole(body[field] as number, 0, 365)) add(field, 'catalogue.edit.error.days', undefined, { key: `catalogue.edit.${field}` });
  const [legal, promised] = [body.legalLimitDays as number, body.promisedLimitDays as number];
  if (isWhole(legal, 0, 365) && isWhole(promised, 0, 365)) {
    if (promised > legal) add('promisedLimitDays', 'catalogue.edit.error.promisedOverLegal', { legal });
    else if (draft.caseType === 'on_the_spot' && promised !== 0) add('promisedLimitDays', 'catalogue.edit.error.onTheSpotZero');
    else if (draft.caseType === 'promised' && promised < 1) add('promisedLimitDays', 'catalogue.edit.error.promisedAtLeastOne');
  }

  draft.acceptanceConditions.forEach((row, i) => half(`acceptanceConditions.${i}`, row, { key: 'catalogue.edit.conditions.row', params: { n: i + 1 } }));
  if (body.legalBasis.length === 0) add('legalBasis', 'catalogue.edit.error.legalBasis');
  draft.legalBasis.forEach((row, i) => half(`legalBasis.${i}`, row, { key: 'catalogue.edit.basis.row', params: { n: i + 1 } }));

  const materialIds = new Set<string>();
  draft.materials.forEach((m, i) => {
    const at = `materials.${i}`;
    const row: Where = { key: 'catalogue.edit.where.material', params: { n: i + 1 } };
    const mark = (path: string, key: MessageKey, params?: Record<string, string | number>) => add(path, key, params, row);
    const id = m.id.trim();
    if (!LOCAL_ID.test(id)) mark(`${at}.id`, 'catalogue.edit.error.localId');
    else if (materialIds.has(id)) mark(`${at}.id`, 'catalogue.edit.error.duplicateId', { id });
    materialIds.add(id);
    both(`${at}.name`, m.name, { key: 'catalogue.edit.where.materialName', params: { n: i + 1 } });
    const material = body.materials?.[i];
    if (!isWhole(material?.copies ?? Number.NaN, 1, 20)) mark(`${at}.copies`, 'catalogue.edit.error.copies');
    const size = material?.maxSizeMb ?? Number.NaN;
    if (!(size > 0 && size <= 100)) mark(`${at}.maxSizeMb`, 'catalogue.edit.error.maxSize');
    const types = material?.acceptedFileTypes ?? [];
    if (types.length === 0 || types.some((type) => !FILE_TYPE.test(type))) mark(`${at}.acceptedFileTypes`, 'catalogue.edit.error.fileTypes');
    if (m.mayBeDeferred && !m.mandatory) mark(`${at}.mayBeDeferred`, 'catalogue.edit.error.deferredMandatory');
    half(`${at}.note`, m.note, { key: 'catalogue.edit.where.materialNote', params: { n: i + 1 } });
  });

  const fieldIds = new Set<string>();
  draft.formFields.forEach((f, i) => {
    const at = `formFields.${i}`;
    const row: Where = { key: 'catalogue.edit.where.field', params: { n: i + 1 } };
    const mark = (path: string, key: MessageKey, params?: Record<string, string | number>) => add(path, key, params, row);
    const id = f.id.trim();
    if (!LOCAL_ID.test(id)) mark(`${at}.id`, 'catalogue.edit.error.localId');
    else if (fieldIds.has(id)) mark(`${at}.id`, 'catalogue.edit.error.duplicateId', { id });
    fieldIds.add(id);
    both(`${at}.label`, f.label, { key: 'catalogue.edit.where.fieldLabel', params: { n: i + 1 } });
    half(`${at}.help`, f.help, { key: 'catalogue.edit.where.fieldHelp', params: { n: i + 1 } });
    if (f.type === 'choice') {
      const options = parseOptions(f.options);
      const values = options.map((o) => o.value);
      const bad = options.some((o) => !OPTION_VALUE.test(o.value) || !o.label['zh-CN'] || !o.label.en);
      if (options.length === 0 || bad) mark(`${at}.options`, 'catalogue.edit.error.options');
      else if (new Set(values).size !== values.length) mark(`${at}.options`, 'catalogue.edit.error.duplicateOption');
    }
    const range = body.formFields?.[i] as { min?: number; max?: number; maxLength?: number } | undefined;
    if (range?.min !== undefined && Number.isNaN(range.min)) mark(`${at}.min`, 'catalogue.edit.error.number');
    if (range?.max !== undefined && Number.isNaN(range.max)) mark(`${at}.max`, 'catalogue.edit.error.number');
    else if (range?.min !== undefined && range.max !== undefined && range.min > range.max) mark(`${at}.max`, 'catalogue.edit.error.maxBelowMin');
    if (range?.maxLength !== undefined && !isWhole(range.maxLength, 1, 2000)) mark(`${at}.maxLength`, 'catalogue.edit.error.maxLength');
  });

  const fen = body.fee?.amountFen ?? Number.NaN;
  if (!/^\d+(\.\d{1,2})?$/.test(draft.feeYuan.trim()) || !(fen >= 0)) add('fee.amountFen', 'catalogue.edit.error.fee');
  half('fee.note', draft.feeNote, { key: 'catalogue.edit.feeNote' });
  both('result.name', draft.resultName, { key: 'catalogue.edit.resultName' });
  if (draft.deliveryOptions.length === 0) add('deliveryOptions', 'catalogue.edit.error.delivery');

  const date = body.effectiveFrom;
  if (!DATE.test(date) || Number.isNaN(Date.parse(`${date}T00:00:00Z`))) add('effectiveFrom', 'catalogue.edit.error.date');
  else if (date < context.today) add('effectiveFrom', 'catalogue.edit.error.datePast', { today: context.today });
  else if (context.latestEffective && date < context.latestEffective) {
    add('effectiveFrom', 'catalogue.edit.error.dateBeforeLatest', { latest: context.latestEffective });
  }
  if (!body.changeNote) add('changeNote', 'catalogue.edit.error.changeNote');
  return issues;
}
