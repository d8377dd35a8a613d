import type { SupervisionStore } from '../../ports/supervision-store.js';
import type { IntakeDeps } from '../intake/intake-deps.js';

/** Supervision use cases work on cases (through runCaseAction) and read the orders' own records. */
export interface SupervisionDeps extends IntakeDeps {
  supervision: SupervisionStore;
}
