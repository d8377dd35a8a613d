import type { SupervisionOrder, SupervisionStatus } from '../core/supervision/supervision-order.js';
import type { Page } from './case-store.js';

/**
 * Reading supervision orders (督办单). They are written only in a case's transaction (as a
 * CaseSideRecord of kind `supervision_order`), so an order and its case event exist together.
 */
export interface SupervisionStore {
  get(orderId: string): Promise<SupervisionOrder | undefined>;
  /** A county's orders, newest issued first, optionally in some statuses only. */
  listForCounty(countyId: string, options: { limit: number; cursor?: string; statuses?: readonly SupervisionStatus[] }): Promise<Page<SupervisionOrder>>;
  /** Orders addressed to an office, earliest reply deadline first. */
  listForOffice(officeId: string, options: { limit: number; cursor?: string; statuses?: readonly SupervisionStatus[] }): Promise<Page<SupervisionOrder>>;
  /** Orders on one case, oldest first. */
  listForCase(caseId: string): Promise<SupervisionOrder[]>;
}
