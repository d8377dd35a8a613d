import type { CaseLimits } from '../core/case/case.js';
import type { IntakeItem } from '../core/case/intake-item.js';

export type ApplicationChannel = 'online' | 'counter' | 'proxy';

export interface TownshipInfo {
  id: string;
  /** Two-letter code used in case numbers (QS-2026-000123). */
  code: string;
  countyId: string;
  name: { 'zh-CN': string; en: string };
}

/** What intake needs from the catalogue, whatever the catalogue's own model looks like. */
export interface IntakeCatalogue {
  township(townshipId: string): Promise<TownshipInfo | undefined>;
  /** County settings that time limits depend on (e.g. the rectification reply deadline). */
  county(countyId: string): Promise<{ id: string; rectificationReplyDays?: number } | undefined>;
  /** An office's name (the county department that decides a forwarded item). */
  office(officeId: string): Promise<{ id: string; name: { 'zh-CN': string; en: string } } | undefined>;
  /**
   * The item version in force for new applications in the township on the date, with the
   * materials of the variant the answers select; undefined when the township does not offer it.
   * Throws ValidationError (paths `variantAnswers.<question>`) when a variant question is unanswered.
   */
  itemForNewCase(itemCode: string, townshipId: string, onDate: string, variantAnswers: Record<string, string>): Promise<IntakeItem | undefined>;
  /** The version a case in flight was taken in under (its rules do not change after a recall or edit). */
  itemForCase(itemCode: string, version: number, townshipId: string, variantAnswers: Record<string, string>): Promise<IntakeItem>;
  /** The limits of an item version alone (one keyed read, cached), for cases stored before they carried them. */
  itemLimits(itemCode: string, version: number): Promise<CaseLimits>;
  /** The name of an item version alone (one keyed read, cached: versions never change), for cases that do not carry it. */
  itemName(itemCode: string, version: number): Promise<{ 'zh-CN': string; en: string } | undefined>;
  /** Checks form answers against the version's fields; throws ValidationError with paths `answers.<fieldId>`. */
  validateAnswers(
    itemCode: string,
    version: number,
    answers: Record<string, unknown>,
    overrides: { fieldId: string; reason: string }[],
    channel: ApplicationChannel,
  ): Promise<Record<string, unknown>>;
}
