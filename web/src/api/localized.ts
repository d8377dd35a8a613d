import type { Lang } from '../i18n/lang.js';

/** A text the API may send as a plain string or as `{ 'zh-CN': ..., en: ... }`. */
export type LocalizedText = string | Partial<Record<Lang, string>>;

/** The text in `lang`, falling back to the other language, then to ''. */
export function pickText(value: unknown, lang: Lang): string {
  if (typeof value === 'string') return value;
  if (value && typeof value === 'object') {
    const v = value as Record<string, unknown>;
    const text = v[lang] ?? v['zh-CN'] ?? v.en;
    if (typeof text === 'string') return text;
  }
  return '';
}
