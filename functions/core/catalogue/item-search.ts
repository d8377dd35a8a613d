import type { BilingualText } from './bilingual.js';

/** What the one catalogue search looks at: code, both names, keywords and their stored pinyin. */
export interface Searchable {
  code: string;
  name: BilingualText | Record<string, string> | string;
  keywords?: string[];
  /** From the item head (core/catalogue/search-terms.ts): index 0 is the Chinese name, then the keywords. */
  search?: { pinyin: string[]; initials: string[] };
}

/** How well an item answers a query, best first. */
export const RANKS = { exactCode: 0, namePrefix: 1, initials: 2, pinyin: 3, keyword: 4, contains: 5 } as const;

const norm = (s: string) => s.toLowerCase().replace(/[\s'’·]+/g, '');

/** The rank of the item for the query, or undefined when it does not match at all. */
export function rankOf(item: Searchable, query: string): number | undefined {
  const q = norm(query);
  if (!q) return RANKS.contains;
  const code = norm(item.code);
  if (code === q) return RANKS.exactCode;
  const names = (typeof item.name === 'string' ? [item.name] : Object.values(item.name)).map(norm);
  if (names.some((n) => n.startsWith(q))) return RANKS.namePrefix;
  const initials = item.search?.initials ?? [];
  const full = item.search?.pinyin ?? [];
  if (initials[0] && initials[0].startsWith(q)) return RANKS.initials;
  if (full[0] && full[0].startsWith(q)) return RANKS.pinyin;
  const keywords = (item.keywords ?? []).map(norm);
  const keywordHit = keywords.some((k, i) => k.startsWith(q) || Boolean(initials[i + 1]?.startsWith(q)) || Boolean(full[i + 1]?.startsWith(q)));
  if (keywordHit) return RANKS.keyword;
  if ([code, ...names, ...keywords, ...full].some((s) => s.includes(q))) return RANKS.contains;
  return undefined;
}

/**
 * The one catalogue search (the API's `q`, the guide, the apply picker, the counter): by code,
 * name, keyword, full pinyin and initials, ranked exact code, name prefix, initials, pinyin,
 * keyword, then anything containing the query; ties keep the given order.
 */
export function searchItems<T extends Searchable>(items: readonly T[], query: string): T[] {
  if (!norm(query)) return [...items];
  return items
    .map((item, index) => ({ item, index, rank: rankOf(item, query) }))
    .filter((r): r is { item: T; index: number; rank: number } => r.rank !== undefined)
    .sort((a, b) => a.rank - b.rank || a.index - b.index)
    .map((r) => r.item);
}
