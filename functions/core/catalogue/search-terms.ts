import { pinyin } from 'pinyin-pro';

/**
 * The pinyin people type for an item, computed when a version is saved and stored on the item
 * head: full pinyin and initials (低保 → `dibao`, `db`), one entry per text (the Chinese name
 * first, then each keyword). pinyin-pro picks the reading of polyphonic characters from the
 * word (银行 → yinhang). Only the server imports this file: the web matches the stored strings.
 */
export interface SearchTerms {
  pinyin: string[];
  initials: string[];
}

const HAN = /\p{Script=Han}/u;
const squash = (s: string) => s.toLowerCase().replace(/[^a-z0-9]/g, '');

export function searchTermsOf(texts: readonly string[]): SearchTerms {
  const terms: SearchTerms = { pinyin: [], initials: [] };
  for (const text of texts) {
    if (!HAN.test(text)) {
      terms.pinyin.push('');
      terms.initials.push('');
      continue;
    }
    terms.pinyin.push(squash(pinyin(text, { toneType: 'none', type: 'array', nonZh: 'consecutive' }).join('')));
    terms.initials.push(squash(pinyin(text, { pattern: 'first', toneType: 'none', type: 'array', nonZh: 'consecutive' }).join('')));
  }
  return terms;
}
