import { getCase, getItem, type CaseDetail, type ItemVersion } from '../../../api/intake.js';
import { useAsync } from '../../../api/use-async.js';
import { api } from '../../../services.js';

/** A case and the item version it was filed under (material names, field labels, time limits). */
export interface CaseWithItem {
  detail: CaseDetail;
  /** Null when the catalogue does not answer: the case is still shown, with ids for names. */
  item: ItemVersion | null;
}

/** Loads a case with its item version; `reload` after an action. */
export function useCaseDetail(caseId: string) {
  return useAsync(
    async (signal): Promise<CaseWithItem> => {
      const detail = await getCase(api, caseId, signal);
      const item = await getItem(api, detail.case.itemCode, signal, detail.case.itemVersion).catch((error: unknown) => {
        if (error instanceof DOMException && error.name === 'AbortError') throw error;
        return null;
      });
      return { detail, item };
      // Cases and items carry both languages: a language switch needs no reload.
    },
    [caseId],
  );
}
