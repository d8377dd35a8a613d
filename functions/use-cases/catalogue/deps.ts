import type { CatalogueStore } from '../../ports/catalogue-store.js';

/** What the catalogue use cases need. */
export interface CatalogueDeps {
  catalogue: CatalogueStore;
}
