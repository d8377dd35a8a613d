import { describe, expect, it } from 'vitest';
import { FIELD_TYPES as CORE_FIELD_TYPES } from '../../../../../functions/core/catalogue/form-field.js';
import {
  CASE_TYPES as CORE_CASE_TYPES,
  DELIVERY_OPTIONS as CORE_DELIVERY,
  ITEM_CATEGORIES,
  RESULT_TYPES as CORE_RESULTS,
} from '../../../../../functions/core/catalogue/item-version.js';
import { MATERIAL_FORMS as CORE_FORMS } from '../../../../../functions/core/catalogue/material.js';
import { OFFERING_ACTIONS as CORE_ACTIONS } from '../../../../../functions/core/catalogue/offering.js';
import * as web from '../../../../../web/src/pages/county/catalogue/enums.js';

describe('the browser’s copy of the catalogue lists', () => {
  it.each([
    ['categories', web.CATEGORIES, ITEM_CATEGORIES],
    ['case types', web.CASE_TYPES, CORE_CASE_TYPES],
    ['material forms', web.MATERIAL_FORMS, CORE_FORMS],
    ['field types', web.FIELD_TYPES, CORE_FIELD_TYPES],
    ['result types', web.RESULT_TYPES, CORE_RESULTS],
    ['delivery options', web.DELIVERY_OPTIONS, CORE_DELIVERY],
    ['offering actions', web.OFFERING_ACTIONS, CORE_ACTIONS],
  ])('%s match the core', (_, mine, core) => {
    expect([...mine]).toEqual([...core]);
  });
});
