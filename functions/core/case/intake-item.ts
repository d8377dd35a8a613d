import type { ItemLimits } from './intake-clock.js';

/** One material of an item version's checklist, as intake needs it. */
export interface IntakeMaterial {
  id: string;
  name: { 'zh-CN': string; en: string };
  mandatory: boolean;
  /** 容缺: may be missing at acceptance with a commitment to supply it later. */
  mayBeDeferred: boolean;
  acceptedFileTypes: string[];
  maxSizeMb: number;
}

/** The item version a case is taken in under, reduced to what intake needs. */
export interface IntakeItem extends ItemLimits {
  code: string;
  version: number;
  name: { 'zh-CN': string; en: string };
  /** Office the accepted case is routed to (the township office that reviews it). */
  handlingOfficeId: string;
  /** Who decides: the township's approval office (one seal), or the county department for forwarded items. */
  decidingOfficeId: string;
  /** The two offices' names, as lists and notices show them (kept on the case so nothing looks them up). */
  handlingOfficeName?: { 'zh-CN': string; en: string };
  decidingOfficeName?: { 'zh-CN': string; en: string };
  route: 'township_decides' | 'forward_to_county';
  preReviewLimitDays: number;
  warningThresholdDays: number;
  materials: IntakeMaterial[];
  /** The form's fields (id and type), to find the applicant in the answers. */
  formFields: { id: string; type: string }[];
}
