import { isDeepStrictEqual } from 'node:util';
import { TABLE_INDEXES } from '../../functions/adapters/dynamodb/table-definition.js';
import { itemSize } from './dynamo-item-size.js';

type Item = Record<string, unknown>;
type Index = (typeof TABLE_INDEXES)[number];

/** Write units of so many bytes: one per KB started, at least one. */
const units = (bytes: number) => Math.max(1, Math.ceil(bytes / 1024));

/**
 * An item's entry in an index (its keys and the attributes the index projects, or the whole item
 * when every index projected ALL), or none when the item is not in it.
 */
export function indexEntryOf(item: Item | undefined, index: Index, projectAll = false): Item | undefined {
  if (!item || typeof item[index.partition] !== 'string' || typeof item[index.sort] !== 'string') return undefined;
  if (projectAll) return item;
  const entry: Item = { pk: item.pk, sk: item.sk, [index.partition]: item[index.partition], [index.sort]: item[index.sort] };
  if (index.projection.type === 'INCLUDE') for (const name of index.projection.attributes) if (name in item) entry[name] = item[name];
  return entry;
}

/**
 * The write units DynamoDB bills for one item going from `before` to `after` (absent: not there),
 * by the developer guide: the table, the larger of the two sizes; each index, one write of the
 * entry when it appears, disappears or changes in place, two (a delete and a put) when its key
 * moves, none when its entry stays the same. A transaction bills twice all of it.
 */
export function writeUnitsOf(before: Item | undefined, after: Item | undefined, transactional = false, options: { projectAll?: boolean } = {}) {
  const times = transactional ? 2 : 1;
  const table = units(Math.max(before ? itemSize(before) : 0, after ? itemSize(after) : 0)) * times;
  const indexes: Record<string, number> = {};
  for (const index of TABLE_INDEXES) {
    const old = indexEntryOf(before, index, options.projectAll);
    const next = indexEntryOf(after, index, options.projectAll);
    let n = 0;
    if (old && next) {
      const moved = old[index.partition] !== next[index.partition] || old[index.sort] !== next[index.sort];
      if (moved) n = units(itemSize(old)) + units(itemSize(next));
      else if (!isDeepStrictEqual(old, next)) n = units(Math.max(itemSize(old), itemSize(next)));
    } else if (old || next) {
      n = units(itemSize((old ?? next)!));
    }
    if (n) indexes[index.name] = n * times;
  }
  return { table, indexes };
}
