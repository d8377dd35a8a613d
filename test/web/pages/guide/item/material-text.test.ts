import { describe, expect, it } from 'vitest';
import { DEMO_ITEM_VERSIONS } from '../../../../../functions/demo/catalogue.js';
import { fileTypeNames, situationsOfMaterials } from '../../../../../web/src/pages/guide/item/material-text.js';

describe('material texts', () => {
  it.each([
    [
      ['application/pdf', 'image/jpeg', 'image/png', '.pdf', '.jpg', '.png'],
      ['PDF', 'JPG', 'PNG'],
    ],
    [
      ['.dwg', 'application/pdf'],
      ['DWG', 'PDF'],
    ],
    [
      ['.jpeg', 'image/tiff', 'application/zip'],
      ['JPG', 'TIFF', 'ZIP'],
    ],
  ])('names %j as %j', (types, names) => {
    expect(fileTypeNames(types)).toEqual(names);
  });

  it('marks the materials only some situations need, with those situations', () => {
    const homestead = DEMO_ITEM_VERSIONS.find((v) => v.code === 'ZR-XK-0001')!;
    const map = situationsOfMaterials(homestead);
    expect(map.get('oldHouseCert')).toEqual([{ 'zh-CN': '原址翻建', en: 'Rebuild on the old plot' }]);
    expect(map.get('landConversion')).toEqual([{ 'zh-CN': '占用农用地', en: 'Takes farmland' }]);
    expect(map.has('idCard')).toBe(false);
  });
});
