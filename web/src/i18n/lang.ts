/** The two languages of the app; zh-CN is the default. Same names as the API's `Accept-Language`. */
export const LANGS = ['zh-CN', 'en'] as const;
export type Lang = (typeof LANGS)[number];
export const DEFAULT_LANG: Lang = 'zh-CN';

const STORAGE_KEY = 'ow.lang';

export function isLang(value: unknown): value is Lang {
  return typeof value === 'string' && (LANGS as readonly string[]).includes(value);
}

/** The language chosen last time on this device, if one was chosen. */
export function storedLang(storage: Pick<Storage, 'getItem'> | undefined = safeLocalStorage()): Lang | undefined {
  try {
    const value = storage?.getItem(STORAGE_KEY);
    return isLang(value) ? value : undefined;
  } catch {
    return undefined;
  }
}

/** The browser's language as one of ours: English when its first preference is English, zh-CN otherwise. */
export function browserLang(languages: readonly string[] | undefined = browserLanguages()): Lang {
  const first = languages?.find((tag) => typeof tag === 'string' && tag.trim() !== '');
  return first && /^en(-|$)/i.test(first.trim()) ? 'en' : DEFAULT_LANG;
}

/** The language a page opens in: the user's own choice if there is one, else the browser's. */
export function initialLang(
  storage: Pick<Storage, 'getItem'> | undefined = safeLocalStorage(),
  languages: readonly string[] | undefined = browserLanguages(),
): Lang {
  return storedLang(storage) ?? browserLang(languages);
}

/** Sets `<html lang>`, so screen readers and fonts follow it; the language the page speaks now. */
export function applyLang(lang: Lang): void {
  if (typeof document !== 'undefined') document.documentElement.lang = lang;
  current = lang;
}

/** Remembers a language the user chose, so it wins over the browser's next time. */
export function rememberLang(lang: Lang, storage: Pick<Storage, 'setItem'> | undefined = safeLocalStorage()): void {
  try {
    storage?.setItem(STORAGE_KEY, lang);
  } catch {
    // Private mode or storage full: the choice then lasts for this page only.
  }
}

let current: Lang = DEFAULT_LANG;

/** The language in use now, for code outside components (the API client's Accept-Language). */
export function currentLang(): Lang {
  return current;
}

function browserLanguages(): readonly string[] | undefined {
  if (typeof navigator === 'undefined') return undefined;
  return navigator.languages?.length ? navigator.languages : navigator.language ? [navigator.language] : undefined;
}

function safeLocalStorage(): Storage | undefined {
  try {
    return typeof localStorage === 'undefined' ? undefined : localStorage;
  } catch {
    return undefined;
  }
}
