import type { Lang } from '../../../i18n/lang.js';

/** A share as a percentage with one decimal, or a dash when there is nothing to count. */
export function percent(value: number | null | undefined, lang: Lang): string {
  if (value === null || value === undefined) return '—';
  return new Intl.NumberFormat(lang, { style: 'percent', maximumFractionDigits: 1 }).format(value);
}

export const count = (value: number, lang: Lang) => new Intl.NumberFormat(lang).format(value);

/** A share of `part` in `whole`, or null. */
export const share = (part: number, whole: number) => (whole > 0 ? part / whole : null);
