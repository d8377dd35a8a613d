import type { ApiClient } from '../../api/client.js';
import { getCaseDetail, getItemVersion } from '../../api/counter.js';
import { getNotice, type NoticeContent, type NoticeKind } from '../../api/notices.js';
import type { BilingualText } from '../../../../functions/core/catalogue/bilingual.js';

/** A notice, with the labels of the form fields a correction notice names (the API gives their ids). */
export interface LoadedNotice {
  notice: NoticeContent;
  fieldLabels: Record<string, BilingualText>;
}

export async function loadNotice(api: ApiClient, caseId: string, kind: NoticeKind, signal: AbortSignal): Promise<LoadedNotice> {
  const notice = await getNotice(api, caseId, kind, signal);
  const fieldLabels: Record<string, BilingualText> = {};
  if (notice.items?.some((i) => i.fieldId)) {
    try {
      const { case: c } = await getCaseDetail(api, caseId, signal);
      const item = await getItemVersion(api, c.itemCode, c.itemVersion, signal);
      for (const field of item.formFields) fieldLabels[field.id] = field.label;
    } catch (error) {
      if (signal.aborted) throw error;
      // Without the labels the items still print, with their problem text.
    }
  }
  return { notice, fieldLabels };
}
