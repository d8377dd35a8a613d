import { ValidationError } from '../../core/errors.js';
import type { Township } from '../../core/catalogue/office.js';
import type { CatalogueDeps } from './deps.js';
import { CountyNotFoundError, TownshipNotFoundError } from './errors.js';

/**
 * Which county's catalogue a request is about: the township's county, else the county asked
 * for, else the only county of the deployment (a county runs its own catalogue).
 */
export async function resolveCounty(
  deps: CatalogueDeps,
  input: { countyId?: string; townshipId?: string },
): Promise<{ countyId: string; township?: Township }> {
  if (input.townshipId) {
    const township = await deps.catalogue.getTownship(input.townshipId);
    if (!township || (input.countyId && township.countyId !== input.countyId)) throw new TownshipNotFoundError(input.townshipId);
    return { countyId: township.countyId, township };
  }
  const counties = await deps.catalogue.listCounties();
  if (input.countyId) {
    if (!counties.some((c) => c.id === input.countyId)) throw new CountyNotFoundError(input.countyId);
    return { countyId: input.countyId };
  }
  if (counties.length === 1) return { countyId: counties[0]!.id };
  throw new ValidationError([{ path: 'query.county', message: 'field.required' }]);
}
