/** The two languages of the app; zh-CN is the default. Same names as the API's `Accept-Language`. */
export const LANGS = ['zh-CN', 'en'] as const;
export type Lang = (typeof LANGS)[number];
export const DEFAULT_LANG: Lang = 'zh-CN';

const STORAGE_KEY = 'ow.lang';

export function isLang(value: unknown): value is Lang {
  return typeof value === 'string' && (LANGS as readonly string[]).includes(value);
}

/** The language chosen last time on this device, or zh-CN. */
export function storedLang(storage: Pick<Storage, 'getItem'> | undefined = safeLocalStorage()): Lang {
  try {
    const value = storage?.getItem(STORAGE_KEY);
    return isLang(value) ? value : DEFAULT_LANG;
  } catch {
    return DEFAULT_LANG;
  }
}

/** Remembers the language and sets `<html lang>`, so screen readers and fonts follow it. */
export function applyLang(lang: Lang, storage: Pick<Storage, 'setItem'> | undefined = safeLocalStorage()): void {
  try {
    storage?.setItem(STORAGE_KEY, lang);
  } catch {
    // Private mode or storage full: the choice then lasts for this page only.
  }
  if (typeof document !== 'undefined') document.documentElement.lang = lang;
  current = lang;
}

let current: Lang = DEFAULT_LANG;

/** The language in use now, for code outside components (the API client's Accept-Language). */
export function currentLang(): Lang {
  return current;
}

function safeLocalStorage(): Storage | undefined {
  try {
    return typeof localStorage === 'undefined' ? undefined : localStorage;
  } catch {
    return undefined;
  }
}
