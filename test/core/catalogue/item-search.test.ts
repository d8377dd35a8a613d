import { describe, expect, it } from 'vitest';
import { RANKS, rankOf, searchItems } from '../../../functions/core/catalogue/item-search.js';
import { searchTermsOf } from '../../../functions/core/catalogue/search-terms.js';

const item = (code: string, zh: string, en: string, keywords: string[] = []) => ({
  code,
  name: { 'zh-CN': zh, en },
  keywords,
  search: searchTermsOf([zh, ...keywords]),
});

describe('pinyin of item names and keywords (computed on save)', () => {
  it('gives full pinyin and initials, name first, then each keyword', () => {
    expect(searchTermsOf(['高龄津贴申领', '低保'])).toEqual({ pinyin: ['gaolingjintieshenling', 'dibao'], initials: ['gljtsl', 'db'] });
  });
  it('reads polyphonic characters from the word', () => {
    expect(searchTermsOf(['银行卡', '重庆', '长者']).pinyin).toEqual(['yinhangka', 'chongqing', 'zhangzhe']);
  });
  it('leaves texts without Chinese characters empty, keeping the positions', () => {
    expect(searchTermsOf(['居民', 'dibao'])).toEqual({ pinyin: ['jumin', ''], initials: ['jm', ''] });
  });
});

describe('the one catalogue search', () => {
  const dibao = item('MZ-JF-0001', '最低生活保障申请', 'Minimum living allowance', ['低保']);
  const gaoling = item('MZ-GG-0003', '高龄津贴申领', 'Old-age allowance', ['高龄']);
  const build = item('ZR-XK-0002', '乡村建设规划许可', 'Rural planning permit', ['建房', '盖房']);
  const db = item('DB-0001', '独生子女证明', 'Only-child certificate');
  const all = [build, gaoling, dibao, db];

  it.each([
    ['db', 'MZ-JF-0001'],
    ['dibao', 'MZ-JF-0001'],
    ['gljt', 'MZ-GG-0003'],
    ['GLJT', 'MZ-GG-0003'],
    ['gaoling', 'MZ-GG-0003'],
    ['gl', 'MZ-GG-0003'],
    ['低保', 'MZ-JF-0001'],
    ['mz-gg-0003', 'MZ-GG-0003'],
    ['建房', 'ZR-XK-0002'],
    ['gaifang', 'ZR-XK-0002'],
    ['old-age', 'MZ-GG-0003'],
  ])('%s finds %s', (q, code) => {
    expect(searchItems(all, q).map((i) => i.code)).toContain(code);
  });

  it('ranks an exact code first, then name prefix, initials, keyword', () => {
    expect(rankOf(db, 'db-0001')).toBe(RANKS.exactCode);
    expect(rankOf(gaoling, '高龄津')).toBe(RANKS.namePrefix);
    expect(rankOf(gaoling, 'gljt')).toBe(RANKS.initials);
    expect(rankOf(gaoling, 'gaolingjin')).toBe(RANKS.pinyin);
    expect(rankOf(dibao, 'db')).toBe(RANKS.keyword);
    expect(rankOf(dibao, '生活')).toBe(RANKS.contains);
    expect(rankOf(build, 'gljt')).toBeUndefined();
    // "db": 低保's keyword initials beat a code that merely contains the letters (独生子女证明 is dsznzm).
    expect(searchItems(all, 'db').map((i) => i.code)).toEqual(['MZ-JF-0001', 'DB-0001']);
  });

  it('returns everything for an empty query, in the given order', () => {
    expect(searchItems(all, '  ')).toEqual(all);
  });
});
