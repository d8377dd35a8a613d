import { describe, expect, it } from 'vitest';
import { DEMO_ITEM_VERSIONS } from '../../../../../functions/demo/catalogue.js';
import { checkDraft } from '../../../../../web/src/pages/county/catalogue/item-check.js';
import { draftFromVersion, emptyFormField, emptyMaterial, type ItemDraft } from '../../../../../web/src/pages/county/catalogue/item-draft.js';

const TODAY = '2026-11-22';
const homestead = DEMO_ITEM_VERSIONS.find((v) => v.code === 'ZR-XK-0001')!;
const base = (): ItemDraft => ({ ...draftFromVersion(homestead, TODAY), changeNote: '调整' });
const paths = (draft: ItemDraft, context: Partial<Parameters<typeof checkDraft>[1]> = {}) =>
  checkDraft(draft, { today: TODAY, creating: false, ...context }).map((i) => `${i.path} ${i.key}`);

describe('checkDraft', () => {
  it.each<[string, (d: ItemDraft) => ItemDraft, string]>([
    ['promised above legal', (d) => ({ ...d, promisedLimitDays: '21' }), 'promisedLimitDays catalogue.edit.error.promisedOverLegal'],
    ['an on-the-spot item with days', (d) => ({ ...d, caseType: 'on_the_spot' }), 'promisedLimitDays catalogue.edit.error.onTheSpotZero'],
    ['a promised item with 0 days', (d) => ({ ...d, promisedLimitDays: '0' }), 'promisedLimitDays catalogue.edit.error.promisedAtLeastOne'],
    ['days not whole', (d) => ({ ...d, legalLimitDays: '2.5' }), 'legalLimitDays catalogue.edit.error.days'],
    ['days missing', (d) => ({ ...d, warningThresholdDays: '' }), 'warningThresholdDays catalogue.edit.error.days'],
    ['the English name missing', (d) => ({ ...d, name: { ...d.name, en: ' ' } }), 'name.en catalogue.edit.error.enRequired'],
    [
      'a condition in one language only',
      (d) => ({ ...d, acceptanceConditions: [{ key: 'k', zh: '条件', en: '' }] }),
      'acceptanceConditions.0.en catalogue.edit.error.enRequired',
    ],
    ['no legal basis', (d) => ({ ...d, legalBasis: [] }), 'legalBasis catalogue.edit.error.legalBasis'],
    [
      'a bad file type',
      (d) => ({ ...d, materials: d.materials.map((m, i) => (i === 2 ? { ...m, fileTypes: 'pdf' } : m)) }),
      'materials.2.acceptedFileTypes catalogue.edit.error.fileTypes',
    ],
    [
      'a material id twice',
      (d) => ({ ...d, materials: [...d.materials, { ...emptyMaterial(), id: 'idCard', name: { zh: '甲', en: 'A' } }] }),
      'materials.9.id catalogue.edit.error.duplicateId',
    ],
    [
      'a new material without a name',
      (d) => ({ ...d, materials: [...d.materials, { ...emptyMaterial(), id: 'extra', name: { zh: '', en: 'Extra' } }] }),
      'materials.9.name.zh-CN catalogue.edit.error.zhRequired',
    ],
    [
      '0 copies',
      (d) => ({ ...d, materials: d.materials.map((m, i) => (i === 0 ? { ...m, copies: '0' } : m)) }),
      'materials.0.copies catalogue.edit.error.copies',
    ],
    [
      'an optional material that may come later',
      (d) => ({ ...d, materials: d.materials.map((m, i) => (i === 0 ? { ...m, mandatory: false, mayBeDeferred: true } : m)) }),
      'materials.0.mayBeDeferred catalogue.edit.error.deferredMandatory',
    ],
    [
      'a choice without options',
      (d) => ({ ...d, formFields: [...d.formFields, { ...emptyFormField(), id: 'kind', label: { zh: '类', en: 'Kind' }, type: 'choice' as const }] }),
      `formFields.${homestead.formFields.length}.options catalogue.edit.error.options`,
    ],
    [
      'a range upside down',
      (d) => ({ ...d, formFields: d.formFields.map((f) => (f.id === 'floors' ? { ...f, min: '5', max: '3' } : f)) }),
      `formFields.${homestead.formFields.findIndex((f) => f.id === 'floors')}.max catalogue.edit.error.maxBelowMin`,
    ],
    ['a fee with three decimals', (d) => ({ ...d, feeYuan: '1.005' }), 'fee.amountFen catalogue.edit.error.fee'],
    ['no delivery option', (d) => ({ ...d, deliveryOptions: [] }), 'deliveryOptions catalogue.edit.error.delivery'],
    ['an effective date in the past', (d) => ({ ...d, effectiveFrom: '2026-11-21' }), 'effectiveFrom catalogue.edit.error.datePast'],
    ['no change note', (d) => ({ ...d, changeNote: ' ' }), 'changeNote catalogue.edit.error.changeNote'],
    [
      'a forwarded item without its department',
      (d) => ({ ...d, routeKind: 'forward_to_county', countyOfficeId: '' }),
      'route.countyOfficeId catalogue.edit.error.countyOffice',
    ],
  ])('refuses %s, at the field', (_, change, expected) => {
    expect(paths(change(base()))).toEqual([expected]);
  });

  it('checks the code only when creating, and an edit’s date against the base version', () => {
    expect(paths({ ...base(), code: 'bad' })).toEqual([]);
    expect(paths({ ...base(), code: 'bad' }, { creating: true })).toEqual(['code catalogue.edit.error.code']);
    expect(paths({ ...base(), effectiveFrom: '2026-12-01' }, { latestEffective: '2027-01-01' })).toEqual([
      'effectiveFrom catalogue.edit.error.dateBeforeLatest',
    ]);
  });

  it('says which row a row’s problem is in', () => {
    const draft = base();
    draft.materials[3] = { ...draft.materials[3]!, name: { zh: '', en: 'x' } };
    expect(checkDraft(draft, { today: TODAY, creating: false })).toEqual([
      { path: 'materials.3.name.zh-CN', key: 'catalogue.edit.error.zhRequired', where: { key: 'catalogue.edit.where.materialName', params: { n: 4 } } },
    ]);
  });
});
