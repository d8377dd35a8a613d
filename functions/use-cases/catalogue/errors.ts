import { NotFoundError } from '../../core/errors.js';

/** No township with this id (HTTP 404). */
export class TownshipNotFoundError extends NotFoundError {
  override name = 'TownshipNotFoundError';
  override readonly code = 'CATALOGUE_TOWNSHIP_NOT_FOUND';
  constructor(townshipId: string) {
    super(`no township ${townshipId}`, { townshipId });
  }
}

/** No county with this id (HTTP 404). */
export class CountyNotFoundError extends NotFoundError {
  override name = 'CountyNotFoundError';
  override readonly code = 'CATALOGUE_COUNTY_NOT_FOUND';
  constructor(countyId: string) {
    super(`no county ${countyId}`, { countyId });
  }
}
