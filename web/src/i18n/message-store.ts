import { format, type MessageParams } from './format.js';
import { DEFAULT_LANG, type Lang } from './lang.js';
import type { MessageKey } from './messages/index.js';

type Texts = Readonly<Record<string, string>>;

/**
 * The app's strings come in parts (namespaces: `core` for the shell and the public pages, one per
 * workspace or journey), each in its own module per language, so a page downloads only what it shows.
 * A namespace is defined by importing its module (`i18n/messages/<name>.ts`): the entry imports
 * `core`, each lazily loaded page the namespaces its code speaks. zh-CN comes with that import;
 * English is a separate chunk fetched by `loadMessages('en')` when the page is shown in English.
 * `test/web/message-split.test.ts` checks on the real build that every page's chunks define every
 * key they use.
 */
interface Namespace {
  name: string;
  load: Record<Lang, () => Promise<Texts>>;
}

const namespaces = new Map<string, Namespace>();
const texts: Record<Lang, Record<string, string>> = { 'zh-CN': Object.create(null), en: Object.create(null) };
const loaded: Record<Lang, Set<string>> = { 'zh-CN': new Set(), en: new Set() };
const loading = new Map<string, Promise<void>>();

/**
 * Defines a namespace: its zh-CN strings now, its English on demand. English must give exactly
 * the zh-CN keys (the type checker enforces it; a unit test checks the placeholders).
 */
export function defineMessages<K extends string>(
  name: string,
  zhCN: Readonly<Record<K, string>>,
  en: () => Promise<Readonly<Record<NoInfer<K>, string>>>,
): void {
  if (namespaces.has(name)) return;
  namespaces.set(name, { name, load: { 'zh-CN': () => Promise.resolve(zhCN), en } });
  add(DEFAULT_LANG, name, zhCN);
}

/**
 * Makes every namespace defined so far readable in `lang`; one defined while this is on its way
 * (a page chunk arriving meanwhile) is fetched too before the promise settles. A failed download
 * rejects and may be tried again.
 */
export async function loadMessages(lang: Lang): Promise<void> {
  for (;;) {
    const missing = [...namespaces.values()].filter((n) => !loaded[lang].has(n.name));
    if (missing.length === 0) return;
    await Promise.all(missing.map((n) => loadOne(lang, n)));
  }
}

/** Whether every namespace defined so far can be read in `lang` without waiting. */
export function messagesLoaded(lang: Lang): boolean {
  for (const name of namespaces.keys()) if (!loaded[lang].has(name)) return false;
  return true;
}

/** The text of `key` in `lang`, or undefined where its namespace is not loaded in that language. */
export function messageIn(lang: Lang, key: MessageKey): string | undefined {
  return texts[lang][key];
}

/** `key` in `lang` with its placeholders filled; a key whose namespace is not loaded shows as itself, never as a blank. */
export function translate(lang: Lang, key: MessageKey, params?: MessageParams): string {
  return format(texts[lang][key] ?? key, params);
}

/** Whether `key` is a message of a namespace defined so far (for keys made from data, such as a step's action). */
export function hasMessage(key: string): key is MessageKey {
  return key in texts[DEFAULT_LANG];
}

/** The namespaces defined so far (tests and diagnostics). */
export function definedNamespaces(): string[] {
  return [...namespaces.keys()];
}

function loadOne(lang: Lang, namespace: Namespace): Promise<void> {
  const id = `${lang}\u0000${namespace.name}`;
  let pending = loading.get(id);
  if (!pending) {
    pending = namespace.load[lang]().then(
      (strings) => add(lang, namespace.name, strings),
      (error: unknown) => {
        loading.delete(id);
        throw error;
      },
    );
    loading.set(id, pending);
  }
  return pending;
}

function add(lang: Lang, name: string, strings: Texts): void {
  Object.assign(texts[lang], strings);
  loaded[lang].add(name);
}
