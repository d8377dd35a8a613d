import type { ApiIssue } from '../../../api/api-error.js';
import type { ItemVersion, Material } from '../../../api/intake.js';
import { pickText } from '../../../api/localized.js';
import type { SummaryError } from '../../../components/ErrorSummary/ErrorSummary.js';
import { materialDomId } from '../../../components/FileUpload/FileUpload.js';
import { itemFormSummary, type FormAnswers } from '../../../components/ItemForm/ItemForm.js';
import type { Lang } from '../../../i18n/lang.js';
import { dueId } from './MaterialsChecklist.js';
import { overrideReasonId } from './OverrideFields.js';

const colon = (lang: Lang) => (lang === 'en' ? ': ' : '：');

/**
 * A 400 of the intake spread over the page: situation and form issues stay with ItemForm (it
 * shows them at their inputs); materials, 容缺 dates and overrides go to their rows; the summary
 * lists every one, in page order, linked to its input.
 */
export function walkInIssues(
  issues: ApiIssue[],
  ctx: { item: ItemVersion; variantAnswers: FormAnswers; materials: Material[]; deferred: { materialId: string }[]; overrideFields: string[]; lang: Lang },
) {
  const questions = itemFormSummary(ctx.item, ctx.variantAnswers, issues, ctx.lang, { show: 'questions' });
  const fields = itemFormSummary(ctx.item, ctx.variantAnswers, questions.rest, ctx.lang, { show: 'fields' });
  const rest = fields.rest;
  const byId: Record<string, string> = {};
  const materialErrors: SummaryError[] = [];
  const other: SummaryError[] = [];
  for (const issue of rest) {
    const material = /^materials\.([^.]+)/.exec(issue.path);
    const deferred = /^acceptNow\.deferred\.(\d+)\.dueOn$/.exec(issue.path);
    const override = /^overrides\.(\d+)\./.exec(issue.path);
    if (material) {
      const m = ctx.materials.find((x) => x.id === material[1]);
      byId[`materials.${material[1]}`] = issue.message;
      materialErrors.push({
        fieldId: materialDomId(material[1]!, 'walk-in-'),
        message: `${m ? pickText(m.name, ctx.lang) : material[1]}${colon(ctx.lang)}${issue.message}`,
      });
    } else if (deferred && ctx.deferred[Number(deferred[1])]) {
      const id = dueId(ctx.deferred[Number(deferred[1])]!.materialId);
      byId[id] = issue.message;
      materialErrors.push({ fieldId: id, message: issue.message });
    } else if (override && ctx.overrideFields[Number(override[1])]) {
      const id = overrideReasonId(ctx.overrideFields[Number(override[1])]!);
      byId[id] = issue.message;
      other.push({ fieldId: id, message: issue.message });
    } else other.push({ message: issue.message });
  }
  // Page order: situation questions, materials, form fields with their overrides, the rest.
  return { summary: [...questions.errors, ...materialErrors, ...fields.errors, ...other], byId };
}
