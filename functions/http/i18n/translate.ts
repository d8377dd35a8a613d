import type { Lang } from './lang.js';
import { commonMessages } from './messages/common.js';

export type MessageCatalog = Record<string, Record<Lang, string>>;

const catalog: MessageCatalog = { ...commonMessages };

/** Adds a feature's messages; keys must be unique across features. */
export function registerMessages(messages: MessageCatalog): void {
  for (const [key, value] of Object.entries(messages)) {
    if (catalog[key] && JSON.stringify(catalog[key]) !== JSON.stringify(value)) {
      throw new Error(`Message key registered twice with different text: ${key}`);
    }
    catalog[key] = value;
  }
}

/** Marker that zod-i18n.ts puts in front of a message it carries in both languages. */
export const BILINGUAL_PREFIX = '\u0000i18n:';

/**
 * Turns a message key (or a bilingual zod message, or plain text) into text in `lang`,
 * filling `{name}` placeholders from params.
 */
export function translate(keyOrText: string, lang: Lang, params: Record<string, string | number> = {}): string {
  let text: string;
  if (keyOrText.startsWith(BILINGUAL_PREFIX)) {
    const both = JSON.parse(keyOrText.slice(BILINGUAL_PREFIX.length)) as Record<Lang, string>;
    text = both[lang];
  } else {
    text = catalog[keyOrText]?.[lang] ?? keyOrText;
  }
  return text.replace(/\{(\w+)\}/g, (whole, name: string) => (name in params ? String(params[name]) : whole));
}

export function hasMessage(key: string): boolean {
  return key in catalog;
}
