import { ConflictError, NotFoundError, RuleViolationError } from '../errors.js';

/** No item with this code in the catalogue (HTTP 404). */
export class ItemNotFoundError extends NotFoundError {
  override name = 'ItemNotFoundError';
  override readonly code = 'CATALOGUE_ITEM_NOT_FOUND';
  constructor(code: string) {
    super(`no catalogue item ${code}`, { code });
  }
}

/** The item exists but has no such version, or none in force on the date asked (HTTP 404). */
export class ItemVersionNotFoundError extends NotFoundError {
  override name = 'ItemVersionNotFoundError';
  override readonly code = 'CATALOGUE_VERSION_NOT_FOUND';
  constructor(code: string, what: string) {
    super(`item ${code} has no version ${what}`, { code, what });
  }
}

/** Someone else added a version first, or the edit was based on an older version (HTTP 409). */
export class ItemVersionConflictError extends ConflictError {
  override name = 'ItemVersionConflictError';
  constructor(code: string, latest: number) {
    super(`item ${code} is already at version ${latest}`, 'CATALOGUE_VERSION_CONFLICT', { code, latest });
  }
}

/** An item with this code already exists (HTTP 409). */
export class ItemExistsError extends ConflictError {
  override name = 'ItemExistsError';
  constructor(code: string) {
    super(`item ${code} already exists`, 'CATALOGUE_ITEM_EXISTS', { code });
  }
}

/** Someone else changed the item's offering in this township first (HTTP 409). */
export class OfferingConflictError extends ConflictError {
  override name = 'OfferingConflictError';
  constructor(code: string, townshipId: string) {
    super(`offering of ${code} in ${townshipId} changed meanwhile`, 'CATALOGUE_OFFERING_CONFLICT', { code, townshipId });
  }
}

/** The township does not take in new applications for the item on that date (HTTP 422). */
export class ItemNotOfferedError extends RuleViolationError {
  override name = 'ItemNotOfferedError';
  constructor(code: string, townshipId: string, reason: string) {
    super(`item ${code} is not offered in ${townshipId}: ${reason}`, 'CATALOGUE_ITEM_NOT_OFFERED', { code, townshipId, reason });
  }
}

/** The change would not change anything: granting what is granted, recalling what is recalled (HTTP 422). */
export class OfferingUnchangedError extends RuleViolationError {
  override name = 'OfferingUnchangedError';
  constructor(code: string, townshipId: string, action: string) {
    super(`item ${code} in ${townshipId} is already ${action}`, 'CATALOGUE_OFFERING_UNCHANGED', { code, townshipId, action });
  }
}
