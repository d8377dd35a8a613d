import { createContext, type ComponentChildren } from 'preact';
import { useCallback, useContext, useMemo, useState } from 'preact/hooks';
import { format, type MessageParams } from './format.js';
import { applyLang, initialLang, rememberLang, type Lang } from './lang.js';
import { MESSAGES, type MessageKey } from './messages/index.js';

/** Looks a key up in the current language and fills its placeholders. */
export type Translate = (key: MessageKey, params?: MessageParams) => string;

interface I18n {
  lang: Lang;
  setLang(lang: Lang): void;
  t: Translate;
}

const I18nContext = createContext<I18n | null>(null);

/** Holds the language for the whole app: the one chosen before on this device, else the browser's (English or zh-CN). */
export function I18nProvider(props: { children: ComponentChildren; initial?: Lang }) {
  const [lang, setLangState] = useState<Lang>(() => {
    const initial = props.initial ?? initialLang();
    applyLang(initial);
    return initial;
  });
  const setLang = useCallback((next: Lang) => {
    rememberLang(next);
    applyLang(next);
    setLangState(next);
  }, []);
  const value = useMemo<I18n>(() => {
    const catalogue = MESSAGES[lang];
    return { lang, setLang, t: (key, params) => format(catalogue[key], params) };
  }, [lang, setLang]);
  return <I18nContext.Provider value={value}>{props.children}</I18nContext.Provider>;
}

/** The current language, its switch and `t`. */
export function useI18n(): I18n {
  const value = useContext(I18nContext);
  if (!value) throw new Error('useI18n needs an <I18nProvider> above it');
  return value;
}
