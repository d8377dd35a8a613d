import type { Principal } from '../../core/auth/principal.js';
import { chinaDateOf, type LocalDate } from '../../core/catalogue/local-date.js';
import type { ItemContent, ItemVersion } from '../../core/catalogue/item-version.js';
import { nextVersion } from '../../core/catalogue/new-version.js';
import { checkReferences, requireCounty } from './check-references.js';
import type { CatalogueDeps } from './deps.js';
import { loadVersions } from './load-version.js';

export interface SaveItemInput {
  content: ItemContent;
  effectiveFrom: LocalDate;
  changeNote: string;
}

export interface WriteContext {
  actor: Principal;
  now: Date;
}

/** Creates an item: version 1. 409 if the code exists. */
export async function createItem(deps: CatalogueDeps, input: SaveItemInput, ctx: WriteContext): Promise<ItemVersion> {
  requireCounty(ctx.actor, input.content.countyId);
  await checkReferences(deps, input.content);
  const version = nextVersion(await deps.catalogue.listVersions(input.content.code), input, meta(ctx));
  await deps.catalogue.addVersion(version);
  return version;
}

/**
 * Edits an item: adds version n+1 based on `baseVersion`, which must be the latest (409 if
 * stale, or if someone else adds the version first). Cases already submitted keep their version.
 */
export async function editItem(deps: CatalogueDeps, input: SaveItemInput & { baseVersion: number }, ctx: WriteContext): Promise<ItemVersion> {
  const existing = await loadVersions(deps, input.content.code);
  requireCounty(ctx.actor, existing[0]!.countyId);
  requireCounty(ctx.actor, input.content.countyId);
  await checkReferences(deps, input.content);
  const version = nextVersion(existing, input, meta(ctx));
  await deps.catalogue.addVersion(version);
  return version;
}

const meta = (ctx: WriteContext) => ({ today: chinaDateOf(ctx.now), recordedAt: ctx.now.toISOString(), recordedBy: ctx.actor.userId });
