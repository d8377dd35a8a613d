import { listOffices } from '../../../api/catalogue-item.js';
import type { ApiClient } from '../../../api/client.js';
import { getCaseChecklist, getItemVersion, type CaseChecklist, type ItemVersion } from '../../../api/counter.js';
import { getOfficeCase, type OfficeCaseDetail } from '../../../api/office.js';
import type { Office } from '../../../../../functions/core/catalogue/office.js';
import { chinaToday } from '../../counter/dates.js';

/** Everything the office case page shows: the case with its clock and allowed actions, its item version and checklist. */
export interface OfficeCaseData {
  detail: OfficeCaseDetail;
  item: ItemVersion;
  checklist: CaseChecklist;
  /** The county's offices, to name the handling office and a forwarded case's department (empty if unavailable). */
  offices: Office[];
  today: string;
}

/** Loads the case, then the item version it was taken in under, and the checklist for its situation answers. */
export async function loadOfficeCase(api: ApiClient, caseId: string, signal: AbortSignal): Promise<OfficeCaseData> {
  const [detail, offices] = await Promise.all([getOfficeCase(api, caseId, signal), listOffices(api, signal).catch(() => [])]);
  const c = detail.case;
  const item = await getItemVersion(api, c.itemCode, c.itemVersion, signal);
  const fallback = { variants: [], materials: item.materials, conditions: item.acceptanceConditions };
  const checklist =
    item.questions.length === 0 ? fallback : await getCaseChecklist(api, c.itemCode, c.itemVersion, c.variantAnswers, signal).catch(() => fallback);
  return { detail, item, checklist, offices, today: chinaToday() };
}
