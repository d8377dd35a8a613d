import { getCaseChecklist, getCaseDetail, getItemVersion, type CaseChecklist, type CaseDetail, type ItemVersion } from '../../../api/counter.js';
import type { ApiClient } from '../../../api/client.js';
import { chinaToday } from '../dates.js';

/** Everything the case page shows: the case, the item version it is under, and its checklist. */
export interface ReviewData {
  detail: CaseDetail;
  item: ItemVersion;
  checklist: CaseChecklist;
  today: string;
}

/** Loads a case, then its item version and the checklist for its situation answers. */
export async function loadReview(api: ApiClient, caseId: string, signal: AbortSignal): Promise<ReviewData> {
  const detail = await getCaseDetail(api, caseId, signal);
  const c = detail.case;
  const item = await getItemVersion(api, c.itemCode, c.itemVersion, signal);
  // Without situation questions, the checklist is the item's own list; with them, the API works it out.
  const checklist =
    item.questions.length === 0
      ? { variants: [], materials: item.materials, conditions: item.acceptanceConditions }
      : await getCaseChecklist(api, c.itemCode, c.itemVersion, c.variantAnswers, signal).catch(() => ({
          variants: [],
          materials: item.materials,
          conditions: item.acceptanceConditions,
        }));
  return { detail, item, checklist, today: chinaToday() };
}
