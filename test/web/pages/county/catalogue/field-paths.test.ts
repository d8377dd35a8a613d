import { describe, expect, it } from 'vitest';
import { DEMO_ITEM_VERSIONS } from '../../../../../functions/demo/catalogue.js';
import { fieldIdOf, formPaths, targetOf } from '../../../../../web/src/pages/county/catalogue/field-paths.js';
import { draftFromVersion } from '../../../../../web/src/pages/county/catalogue/item-draft.js';

const draft = draftFromVersion(DEMO_ITEM_VERSIONS.find((v) => v.code === 'ZR-XK-0001')!, '2026-11-22');
const known = formPaths(draft, false);

describe('API issue paths to form fields', () => {
  it.each([
    ['promisedLimitDays', 'promisedLimitDays'],
    ['materials.2.name.zh-CN', 'materials.2.name.zh-CN'],
    ['materials.0.acceptedFileTypes.1', 'materials.0.acceptedFileTypes'],
    ['formFields.7.max', 'formFields.7.max'],
    ['formFields.0.options', 'formFields'],
    ['materials', 'materials'],
    ['variants.1.materialIds.0', 'materials'],
    ['variants.0.when.buildType', 'situations'],
    ['questions.1.askWhen.buildType', 'situations'],
    ['route.countyOfficeId', 'route.countyOfficeId'],
    ['fee', 'fee.amountFen'],
    ['legalBasis.0.en', 'legalBasis.0.en'],
    ['code', undefined],
    ['somethingElse', undefined],
  ])('%s → %s', (path, target) => {
    expect(targetOf(path, known)).toBe(target);
  });

  it('names inputs after their paths', () => {
    expect(fieldIdOf('materials.2.name.zh-CN')).toBe('item-materials-2-name-zh-CN');
    expect(formPaths(draft, true).has('code')).toBe(true);
  });
});
