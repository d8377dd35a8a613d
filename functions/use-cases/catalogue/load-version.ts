import { ItemNotFoundError, ItemVersionNotFoundError } from '../../core/catalogue/errors.js';
import type { ItemVersion } from '../../core/catalogue/item-version.js';
import type { LocalDate } from '../../core/catalogue/local-date.js';
import { resolveVersion } from '../../core/catalogue/resolve-version.js';
import type { CatalogueDeps } from './deps.js';

/** Which version to read: a given number, else the one in force on `at`. */
export interface VersionChoice {
  version?: number;
  at: LocalDate;
}

/** All versions of an item, oldest first; 404 when the item does not exist. */
export async function loadVersions(deps: CatalogueDeps, code: string): Promise<ItemVersion[]> {
  const versions = await deps.catalogue.listVersions(code);
  if (versions.length === 0) throw new ItemNotFoundError(code);
  return versions;
}

/** The chosen version of an item, with all of its versions; 404 when there is none. */
export async function loadVersion(deps: CatalogueDeps, code: string, choice: VersionChoice) {
  const versions = await loadVersions(deps, code);
  const version = choice.version !== undefined ? versions.find((v) => v.version === choice.version) : resolveVersion(versions, choice.at);
  if (!version) {
    throw new ItemVersionNotFoundError(code, choice.version !== undefined ? String(choice.version) : `in force on ${choice.at}`);
  }
  return { version, versions };
}
