import type { Case } from '../../core/case/case.js';
import type { IntakeDeps } from './intake-deps.js';

type Names = { 'zh-CN': string; en: string };
type Named = Pick<Case, 'itemCode' | 'itemVersion' | 'itemName'>;
const keyOf = (c: Named) => `${c.itemCode}@${c.itemVersion}`;

/**
 * The item names of the cases a list shows: the name each case carries (kept since it was
 * created), else, for cases stored before that, the version's name read once per distinct item,
 * all at once. A name that cannot be read is left out (the list shows the code).
 */
export async function itemNamesOf(deps: Pick<IntakeDeps, 'catalogue'>, cases: readonly Named[]): Promise<(c: Named) => Names | undefined> {
  const missing = new Map<string, Named>();
  for (const c of cases) if (!c.itemName && !missing.has(keyOf(c))) missing.set(keyOf(c), c);
  const read = await Promise.all(
    [...missing].map(async ([key, c]) => [key, await deps.catalogue.itemName(c.itemCode, c.itemVersion).catch(() => undefined)] as const),
  );
  const found = new Map(read);
  return (c) => c.itemName ?? found.get(keyOf(c));
}

/** The item name of one case (see itemNamesOf). */
export async function itemNameOf(deps: Pick<IntakeDeps, 'catalogue'>, c: Named): Promise<Names | undefined> {
  return (await itemNamesOf(deps, [c]))(c);
}
