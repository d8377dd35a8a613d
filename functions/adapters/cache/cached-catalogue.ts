import type { ItemVersion } from '../../core/catalogue/item-version.js';
import type { CatalogueStore } from '../../ports/catalogue-store.js';
import { ttlCache } from './ttl-cache.js';

/** How long reference data (counties, townships, offices) is reused before it is read again. */
export const REFERENCE_TTL_MS = 60_000;

/**
 * The catalogue with its rarely changing parts cached in the process: item versions forever (a
 * published version never changes), reference data for a minute (cleared by a write here).
 * Offerings and item heads are read every time: a grant or recall applies at once.
 */
export function cachedCatalogue(store: CatalogueStore): CatalogueStore {
  const versions = new Map<string, Promise<ItemVersion | undefined>>();
  const reference = ttlCache<unknown>(REFERENCE_TTL_MS);
  const cached = <T>(key: string, load: () => Promise<T>) => reference.get(key, load) as Promise<T>;
  const clearing =
    <A extends unknown[]>(write: (...args: A) => Promise<void>) =>
    async (...args: A) => {
      await write(...args);
      reference.clear();
    };
  return {
    ...store,
    putCounty: clearing(store.putCounty.bind(store)),
    putTownship: clearing(store.putTownship.bind(store)),
    putOffice: clearing(store.putOffice.bind(store)),
    listCounties: () => cached('counties', () => store.listCounties()),
    getTownship: (id) => cached(`township:${id}`, () => store.getTownship(id)),
    listTownships: (countyId) => cached(`townships:${countyId}`, () => store.listTownships(countyId)),
    getOffice: (id) => cached(`office:${id}`, () => store.getOffice(id)),
    listOffices: (countyId) => cached(`offices:${countyId}`, () => store.listOffices(countyId)),
    getVersion(code, version) {
      const key = `${code}@${version}`;
      let hit = versions.get(key);
      if (!hit) {
        hit = store.getVersion(code, version);
        versions.set(key, hit);
        // Absent or failed reads are not kept: the version may be added in a moment.
        hit.then(
          (v) => v ?? versions.delete(key),
          () => versions.delete(key),
        );
      }
      return hit;
    },
  };
}
