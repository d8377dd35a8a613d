import type { ApiIssue } from '../../../api/api-error.js';
import type { ItemVersion, SubmitBody } from '../../../api/intake.js';
import { answersForServer, keepAskedAnswers } from '../../../components/ItemForm/item-form-model.js';
import type { ApplicationDraft } from './application-draft.js';
import { consentForServer } from './consent.js';

/**
 * The application as `POST /api/cases` takes it: answers without blanks, situation answers to
 * asked questions only, files of the checklist's materials only (a material dropped by a
 * changed answer is not sent), and the proxy's consent.
 */
export function submitBodyOf(draft: ApplicationDraft, item: Pick<ItemVersion, 'formFields' | 'questions'>, isProxy: boolean): SubmitBody {
  const materials = (draft.checklist?.materials ?? [])
    .map((m) => ({ materialId: m.id, fileIds: (draft.materials[m.id] ?? []).map((f) => f.fileId) }))
    .filter((m) => m.fileIds.length > 0);
  const consent = isProxy ? consentForServer(draft.consent) : undefined;
  return {
    itemCode: draft.itemCode,
    townshipId: draft.townshipId,
    variantAnswers: keepAskedAnswers(item.questions, draft.variantAnswers),
    answers: answersForServer(item.formFields, draft.answers),
    materials,
    ...(consent ? { proxyConsent: consent } : {}),
  };
}

/**
 * The API names a file problem by its place in the request (`materials.2.fileIds.0`); the
 * page shows it at the material, so the index is turned back into the material's id.
 */
export function issuesByMaterial(issues: readonly ApiIssue[], body: Pick<SubmitBody, 'materials'>): ApiIssue[] {
  return issues.map((issue) => {
    const match = /^materials\.(\d+)(\..*)?$/.exec(issue.path);
    const materialId = match ? body.materials[Number(match[1])]?.materialId : undefined;
    return materialId ? { ...issue, path: `materials.${materialId}` } : issue;
  });
}

/** The row of the check page an issue belongs to (its id there), by the issue's path. */
export function checkRowOf(path: string): string | undefined {
  const [head, id] = path.split('.');
  if (head === 'answers' && id) return `check-answers-${id}`;
  if (head === 'variantAnswers' && id) return `check-question-${id}`;
  if (head === 'materials' && id) return `check-material-${id}`;
  if (head === 'proxyConsent') return 'check-consent';
  return undefined;
}
