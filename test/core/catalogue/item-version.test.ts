import { describe, expect, it } from 'vitest';
import { ItemVersionSchema } from '../../../functions/core/catalogue/item-version.js';
import { OfficeSchema } from '../../../functions/core/catalogue/office.js';
import { itemInput, itemVersion, t } from './fixtures.js';

const pathsOf = (input: unknown) => {
  const result = ItemVersionSchema.safeParse(input);
  return result.success ? [] : result.error.issues.map((i) => `${i.path.join('.')}:${i.message}`);
};

describe('item version schema', () => {
  it('parses a valid item and fills the defaults', () => {
    const item = itemVersion();
    expect(item).toMatchObject({ preReviewLimitDays: 2, warningThresholdDays: 2, fee: { amountFen: 0 }, status: 'active', keywords: [] });
    expect(item.materials[0]).toMatchObject({ copies: 1, mayBeDeferred: false, maxSizeMb: 10 });
    expect(item.materials[0]!.acceptedFileTypes).toContain('application/pdf');
  });

  it.each([
    ['promised limit above the legal limit', { promisedLimitDays: 21 }, 'promisedLimitDays:catalogue.item.promisedExceedsLegal'],
    ['on-the-spot item with days', { caseType: 'on_the_spot' as const }, 'promisedLimitDays:catalogue.item.onTheSpotIsSameDay'],
    ['promised item with no days', { promisedLimitDays: 0 }, 'promisedLimitDays:catalogue.item.promisedNeedsDays'],
    ['forwarded without a department', { route: { kind: 'forward_to_county' } as never }, 'route.countyOfficeId:'],
    [
      'deferrable optional material',
      { materials: [{ id: 'x', name: t('x'), form: 'copy' as const, mandatory: false, mayBeDeferred: true }] },
      'materials.0.mayBeDeferred:catalogue.material.deferredMustBeMandatory',
    ],
    [
      'two materials with one id',
      { materials: [...itemInput().materials!, { id: 'idCard', name: t('again'), form: 'copy' as const, mandatory: true }] },
      'materials:catalogue.item.duplicateId',
    ],
    [
      'variant naming a missing material',
      { variants: [{ id: 'v', name: t('v'), when: { buildType: 'new' }, materialIds: ['nothing'] }] },
      'variants.0.materialIds.0:catalogue.item.unknownMaterial',
    ],
    [
      'variant on an unknown answer',
      { variants: [{ id: 'v', name: t('v'), when: { buildType: 'tent' } }] },
      'variants.0.when.buildType:catalogue.item.unknownAnswer',
    ],
    [
      'follow-up pointing at a later question',
      { questions: [...itemInput().questions!].reverse() },
      'questions.0.askWhen.buildType:catalogue.item.unknownAnswer',
    ],
    [
      'choice field without options',
      { formFields: [{ id: 'kind', label: t('类别'), type: 'choice' as const, required: true }] },
      'formFields.0.options:field.required',
    ],
    [
      'options on a text field',
      { formFields: [{ id: 'name', label: t('姓名'), type: 'text' as const, required: true, options: [{ value: 'a', label: t('a') }] }] },
      'formFields.0.options:catalogue.field.optionsOnlyForChoice',
    ],
    [
      'minimum above maximum',
      { formFields: [{ id: 'n', label: t('n'), type: 'number' as const, required: true, min: 5, max: 1 }] },
      'formFields.0.max:catalogue.field.maxBelowMin',
    ],
    ['lower-case item code', { code: 'zr-xk-1' }, 'code:field.catalogue.itemCode'],
  ])('refuses %s, naming the field', (_what, change, expected) => {
    expect(pathsOf(itemInput(change)).some((p) => p.startsWith(expected))).toBe(true);
  });

  it('accepts a promised limit equal to the legal limit', () => {
    expect(pathsOf(itemInput({ promisedLimitDays: 20 }))).toEqual([]);
  });
});

describe('office schema', () => {
  const office = { id: 'qingshi-social', countyId: 'qingshan', kind: 'township_office', section: 'social', townshipId: 'qingshi', name: t('社会事务办公室') };

  it.each([
    ['a township office', office, true],
    ['a county department', { id: 'county-amr', countyId: 'qingshan', kind: 'county_department', name: t('市场监管局') }, true],
    ['a county department in a township', { ...office, kind: 'county_department' }, false],
    ['a township office without a township', { ...office, townshipId: undefined }, false],
    ['a township office without a section', { ...office, section: undefined }, false],
  ])('%s is valid: %s', (_what, input, valid) => {
    expect(OfficeSchema.safeParse(input).success).toBe(valid);
  });
});
