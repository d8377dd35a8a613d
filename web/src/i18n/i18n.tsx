import { createContext, type ComponentChildren } from 'preact';
import { useCallback, useContext, useMemo, useState } from 'preact/hooks';
import type { MessageParams } from './format.js';
import { applyLang, DEFAULT_LANG, initialLang, rememberLang, type Lang } from './lang.js';
import { loadMessages, translate } from './message-store.js';
import './messages/core.js';
import type { MessageKey } from './messages/index.js';

/** Looks a key up in the current language and fills its placeholders. */
export type Translate = (key: MessageKey, params?: MessageParams) => string;

interface I18n {
  lang: Lang;
  /** Switches once the new language's strings for every page shown so far are there; rejects if they cannot be fetched. */
  setLang(lang: Lang): Promise<void>;
  t: Translate;
}

const I18nContext = createContext<I18n | null>(null);

/**
 * Holds the language for the whole app: the one chosen before on this device, else the browser's
 * (English or zh-CN). `initial`'s strings must already be loaded (main.tsx waits for them).
 */
export function I18nProvider(props: { children: ComponentChildren; initial?: Lang }) {
  const [lang, setLangState] = useState<Lang>(() => {
    const initial = props.initial ?? initialLang();
    applyLang(initial);
    return initial;
  });
  const setLang = useCallback(async (next: Lang) => {
    await loadMessages(next);
    rememberLang(next);
    applyLang(next);
    setLangState(next);
  }, []);
  const value = useMemo<I18n>(() => ({ lang, setLang, t: (key, params) => translate(lang, key, params) }), [lang, setLang]);
  return <I18nContext.Provider value={value}>{props.children}</I18nContext.Provider>;
}

/** The current language, its switch and `t`. */
export function useI18n(): I18n {
  const value = useContext(I18nContext);
  if (!value) throw new Error('useI18n needs an <I18nProvider> above it');
  return value;
}

/**
 * The language of a printed document (an official sheet is zh-CN whatever the page's language),
 * its switch, and `td` translating into it. The switch waits for the other language's strings;
 * where they cannot be fetched the sheet stays as it is and the button can be pressed again.
 */
export function useDocumentLang(): { docLang: Lang; setDocLang(lang: Lang): void; toggleDocLang(): void; td: Translate } {
  const [docLang, setShown] = useState<Lang>(DEFAULT_LANG);
  const setDocLang = useCallback((next: Lang) => {
    loadMessages(next).then(
      () => setShown(next),
      () => undefined,
    );
  }, []);
  const toggleDocLang = useCallback(() => setDocLang(docLang === 'zh-CN' ? 'en' : 'zh-CN'), [docLang, setDocLang]);
  const td = useMemo<Translate>(() => (key, params) => translate(docLang, key, params), [docLang]);
  return { docLang, setDocLang, toggleDocLang, td };
}
