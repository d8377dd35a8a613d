import type { BilingualText } from './bilingual.js';
import type { CaseType, ItemCategory, ItemStatus, ItemVersion } from './item-version.js';
import type { LocalDate } from './local-date.js';
import type { MaterialForm } from './material.js';
import type { SearchTerms } from './search-terms.js';

/** What a list of items shows about one version: enough to browse without loading each version. */
export interface VersionSummary {
  version: number;
  effectiveFrom: LocalDate;
  name: BilingualText;
  keywords: string[];
  /** Pinyin of the Chinese name and keywords, for the catalogue search (absent on heads saved before it). */
  search?: SearchTerms;
  category: ItemCategory;
  caseType: CaseType;
  legalLimitDays: number;
  promisedLimitDays: number;
  status: ItemStatus;
  handlingSection: string;
  routeKind: ItemVersion['route']['kind'];
  feeFen: number;
  materials: { id: string; name: BilingualText; form: MaterialForm; mandatory: boolean; mayBeDeferred: boolean }[];
}

/** The catalogue's index entry for an item: every version's summary, kept beside the versions. */
export interface ItemHead {
  code: string;
  countyId: string;
  latestVersion: number;
  versions: VersionSummary[];
}

/**
 * The list view of one version. Its pinyin comes from pinyin-pro, the largest library of the API
 * (about 450 KB minified), so the module that uses it is loaded here, on the first summary a
 * process makes (a version saved, an item's history), not when the API starts.
 */
export async function summarize(version: ItemVersion): Promise<VersionSummary> {
  const { searchTermsOf } = await import('./search-terms.js');
  return {
    version: version.version,
    effectiveFrom: version.effectiveFrom,
    name: version.name,
    keywords: version.keywords,
    search: searchTermsOf([version.name['zh-CN'], ...version.keywords]),
    category: version.category,
    caseType: version.caseType,
    legalLimitDays: version.legalLimitDays,
    promisedLimitDays: version.promisedLimitDays,
    status: version.status,
    handlingSection: version.handlingSection,
    routeKind: version.route.kind,
    feeFen: version.fee.amountFen,
    materials: version.materials.map((m) => ({
      id: m.id,
      name: m.name,
      form: m.form,
      mandatory: m.mandatory,
      mayBeDeferred: m.mayBeDeferred,
    })),
  };
}
