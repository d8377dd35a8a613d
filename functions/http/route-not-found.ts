import { NotFoundError } from '../core/errors.js';

/** No route matches the path (as opposed to a missing record). */
export class RouteNotFoundError extends NotFoundError {
  override name = 'RouteNotFoundError';
  override readonly code = 'ROUTE_NOT_FOUND';
  constructor(path: string) {
    super(`no route for ${path}`, { path });
  }
}
