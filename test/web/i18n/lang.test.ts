import { describe, expect, it } from 'vitest';
import { browserLang, initialLang, rememberLang, storedLang } from '../../../web/src/i18n/lang.js';

/** A Map behind the Storage calls lang.ts uses. */
const memoryStorage = () => {
  const map = new Map<string, string>();
  return {
    map,
    getItem: (key: string) => map.get(key) ?? null,
    setItem: (key: string, value: string) => void map.set(key, value),
  };
};

describe('the language a page opens in', () => {
  it('follows an English browser on the first visit', () => {
    expect(initialLang(memoryStorage(), ['en-US', 'zh-CN'])).toBe('en');
    expect(initialLang(memoryStorage(), ['en'])).toBe('en');
    expect(initialLang(memoryStorage(), ['EN-gb'])).toBe('en');
  });

  it('is zh-CN for any other browser, or when the browser says nothing', () => {
    expect(initialLang(memoryStorage(), ['zh-CN', 'en-US'])).toBe('zh-CN');
    expect(initialLang(memoryStorage(), ['fr-FR', 'en'])).toBe('zh-CN');
    expect(initialLang(memoryStorage(), ['eng'])).toBe('zh-CN');
    expect(initialLang(memoryStorage(), [])).toBe('zh-CN');
    expect(browserLang(['', 'en'])).toBe('en');
  });

  it('keeps an explicit choice over the browser, both ways', () => {
    const chose = memoryStorage();
    rememberLang('zh-CN', chose);
    expect(initialLang(chose, ['en-US'])).toBe('zh-CN');
    rememberLang('en', chose);
    expect(initialLang(chose, ['zh-CN'])).toBe('en');
  });

  it('remembers nothing until the user chooses, and ignores a stored value that is no language of ours', () => {
    const storage = memoryStorage();
    initialLang(storage, ['en-US']);
    expect(storage.map.size).toBe(0);
    expect(storedLang(storage)).toBeUndefined();
    storage.map.set('ow.lang', 'fr');
    expect(initialLang(storage, ['en-US'])).toBe('en');
  });

  it('survives storage that throws (private mode)', () => {
    const broken = {
      getItem: () => {
        throw new Error('denied');
      },
    };
    expect(initialLang(broken, ['en-US'])).toBe('en');
  });
});
