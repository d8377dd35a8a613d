import type { Office, Township } from '../../core/catalogue/office.js';
import type { CatalogueDeps } from './deps.js';
import { resolveCounty } from './resolve-county.js';

/** The townships of a county, by id. */
export async function listTownships(deps: CatalogueDeps, input: { countyId?: string }): Promise<Township[]> {
  const { countyId } = await resolveCounty(deps, input);
  return (await deps.catalogue.listTownships(countyId)).sort((a, b) => a.id.localeCompare(b.id));
}

/** The offices of a county (county departments and every township's offices), optionally of one township. */
export async function listOffices(deps: CatalogueDeps, input: { countyId?: string; townshipId?: string }): Promise<Office[]> {
  const { countyId } = await resolveCounty(deps, input);
  const offices = await deps.catalogue.listOffices(countyId);
  return offices
    .filter((o) => !input.townshipId || o.townshipId === input.townshipId)
    .sort((a, b) => (a.townshipId ?? '').localeCompare(b.townshipId ?? '') || a.id.localeCompare(b.id));
}
