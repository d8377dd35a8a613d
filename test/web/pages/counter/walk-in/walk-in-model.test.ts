import { describe, expect, it } from 'vitest';
import type { Material } from '../../../../../web/src/api/intake.js';
import {
  createAttemptKeys,
  emptyEntry,
  matchItems,
  materialsBody,
  missingMaterials,
  type MaterialEntry,
} from '../../../../../web/src/pages/counter/walk-in/walk-in-model.js';

const material = (id: string, more: Partial<Material> = {}): Material => ({
  id,
  name: { 'zh-CN': id, en: id },
  form: 'copy',
  copies: 1,
  mandatory: true,
  mayBeDeferred: false,
  acceptedFileTypes: ['image/jpeg'],
  maxSizeMb: 10,
  ...more,
});
const file = (fileId: string) => ({ fileId, name: `${fileId}.jpg`, contentType: 'image/jpeg', size: 10 });
const MATERIALS = [material('idCard'), material('hukou'), material('bankCard', { mayBeDeferred: true }), material('disability', { mandatory: false })];
const entries = (over: Record<string, Partial<MaterialEntry>>) => Object.fromEntries(Object.entries(over).map(([id, e]) => [id, { ...emptyEntry(), ...e }]));

describe('missingMaterials', () => {
  it.each([
    ['nothing held', {}, ['idCard', 'hukou'], ['bankCard']],
    ['originals checked, bank card undecided', { idCard: { original: true }, hukou: { original: true } }, [], ['bankCard']],
    ['a scan stands in for the original', { idCard: { files: [file('a')] }, hukou: { original: true } }, [], ['bankCard']],
    ['the bank card deferred', { idCard: { original: true }, hukou: { original: true }, bankCard: { defer: true } }, [], []],
    [
      'deferring a material that may not be deferred does nothing',
      { idCard: { defer: true }, hukou: { original: true }, bankCard: { original: true } },
      ['idCard'],
      [],
    ],
  ])('%s', (_name, over, blocking, undecided) => {
    const missing = missingMaterials(MATERIALS, entries(over));
    expect([missing.blocking.map((m) => m.id), missing.undecided.map((m) => m.id)]).toEqual([blocking, undecided]);
  });
});

describe('materialsBody', () => {
  it('sends scans, checked originals, and 容缺 only for deferrable materials still missing', () => {
    const body = materialsBody(
      MATERIALS,
      entries({
        idCard: { original: true, files: [file('f1'), file('f2')] },
        hukou: { original: true, defer: true, dueOn: '2026-04-01' },
        bankCard: { defer: true, dueOn: '2026-04-01' },
      }),
    );
    expect(body).toEqual({
      materials: [{ materialId: 'idCard', fileIds: ['f1', 'f2'] }],
      originalsChecked: ['idCard', 'hukou'],
      deferred: [{ materialId: 'bankCard', dueOn: '2026-04-01' }],
    });
  });
});

describe('createAttemptKeys', () => {
  it('reuses the key for the same body (double click, retry), takes a new one for a changed body, and forgets on reset', () => {
    let n = 0;
    const keys = createAttemptKeys(() => `key-${++n}`);
    const first = keys.keyFor({ a: 1 });
    expect(keys.keyFor({ a: 1 })).toBe(first);
    const second = keys.keyFor({ a: 2 });
    expect(second).not.toBe(first);
    keys.reset();
    expect(keys.keyFor({ a: 2 })).not.toBe(second);
  });

  it('makes keys the API accepts', () => {
    expect(createAttemptKeys().keyFor({})).toMatch(/^[A-Za-z0-9._:-]{8,128}$/);
  });
});

describe('matchItems', () => {
  const items = [
    { code: 'MZ-JF-0001', name: { 'zh-CN': '最低生活保障审核确认', en: 'Minimum living allowance (dibao)' }, keywords: ['低保', 'dibao'] },
    { code: 'MZ-GG-0003', name: { 'zh-CN': '高龄津贴申领', en: 'Old-age allowance (80 and over)' }, keywords: ['高龄'] },
  ];
  it.each([
    ['低保', ['MZ-JF-0001']],
    ['高龄', ['MZ-GG-0003']],
    ['mz-gg', ['MZ-GG-0003']],
    ['old age', []],
    ['old-age', ['MZ-GG-0003']],
    ['  ', ['MZ-JF-0001', 'MZ-GG-0003']],
    ['allowance', ['MZ-JF-0001', 'MZ-GG-0003']],
  ])('%j finds %j', (query, codes) => {
    expect(matchItems(items, query).map((i) => i.code)).toEqual(codes);
  });
});
