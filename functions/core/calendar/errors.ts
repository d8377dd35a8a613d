import { ConflictError, NotFoundError } from '../errors.js';

/** No calendar has been entered for the year (HTTP 404). */
export class CalendarYearNotFoundError extends NotFoundError {
  override name = 'CalendarYearNotFoundError';
  override readonly code: string = 'CALENDAR_YEAR_NOT_FOUND';
  constructor(readonly year: number) {
    super(`no calendar for ${year}`, { year });
  }
}

/** A year was to be created without a version, but it exists: send its version to change it (HTTP 409). */
export class CalendarYearExistsError extends ConflictError {
  override name = 'CalendarYearExistsError';
  constructor(readonly year: number) {
    super(`calendar ${year} already exists`, 'CALENDAR_YEAR_EXISTS', { year });
  }
}

/** The year was changed since the version the caller read (HTTP 409). */
export class CalendarVersionConflictError extends ConflictError {
  override name = 'CalendarVersionConflictError';
  constructor(
    readonly year: number,
    expectedVersion: number,
  ) {
    super(`calendar ${year} is no longer at version ${expectedVersion}`, 'VERSION_CONFLICT', { year });
  }
}
