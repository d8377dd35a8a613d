import type { ItemHead } from '../core/catalogue/item-summary.js';
import type { ItemVersion } from '../core/catalogue/item-version.js';
import type { OfferingRecord } from '../core/catalogue/offering.js';
import type { Office, Township } from '../core/catalogue/office.js';

/** A county of the deployment, as the catalogue lists it. */
export interface County {
  id: string;
  name: { 'zh-CN': string; en: string };
  /** Working days an office has to answer a poor rating (local rules: 5 in some cities, 15 in others); default 5. */
  rectificationReplyDays?: number;
}

/**
 * Where the catalogue lives: reference data (counties, townships, offices), item versions with
 * their index heads, and offering records. Versions and offering records are append-only.
 */
export interface CatalogueStore {
  putCounty(county: County): Promise<void>;
  listCounties(): Promise<County[]>;
  putTownship(township: Township): Promise<void>;
  getTownship(id: string): Promise<Township | undefined>;
  listTownships(countyId: string): Promise<Township[]>;
  putOffice(office: Office): Promise<void>;
  getOffice(id: string): Promise<Office | undefined>;
  listOffices(countyId: string): Promise<Office[]>;

  /** Every item of a county, as index heads (no full versions). */
  listItemHeads(countyId: string): Promise<ItemHead[]>;
  getItemHead(code: string): Promise<ItemHead | undefined>;
  /** All versions of an item, oldest first. */
  listVersions(code: string): Promise<ItemVersion[]>;
  getVersion(code: string, version: number): Promise<ItemVersion | undefined>;
  /**
   * Adds version n, which must be the next one: fails with ItemVersionConflictError (or
   * ItemExistsError for version 1) when someone else added it first.
   */
  addVersion(version: ItemVersion): Promise<void>;

  /** Offering records of an item in every township, in order. */
  listOfferings(code: string): Promise<OfferingRecord[]>;
  /** Both of the above by one read of the item's partition (a new application needs both). */
  listVersionsAndOfferings(code: string): Promise<{ versions: ItemVersion[]; offerings: OfferingRecord[] }>;
  /** Offering records of every item in one township. */
  listOfferingsOfTownship(townshipId: string): Promise<OfferingRecord[]>;
  /** Adds record `seq`, which must be the next one for (township, item); else OfferingConflictError. */
  addOffering(record: OfferingRecord): Promise<void>;
}
