import type { z } from 'zod';
import type { FormField } from './form-field.js';
import type { Material } from './material.js';
import type { SituationQuestion, Variant } from './situation.js';

interface RefinableItem {
  caseType: 'on_the_spot' | 'promised';
  legalLimitDays: number;
  promisedLimitDays: number;
  materials: Material[];
  formFields: FormField[];
  questions: SituationQuestion[];
  variants: Variant[];
}

type Ctx = z.RefinementCtx;

const issue = (ctx: Ctx, path: (string | number)[], message: string, params?: Record<string, string | number>) =>
  ctx.addIssue({ code: 'custom', path, message, ...(params ? { params } : {}) });

function duplicates(ids: string[]): Set<string> {
  const seen = new Set<string>();
  const twice = new Set<string>();
  for (const id of ids) (seen.has(id) ? twice : seen).add(id);
  return twice;
}

/**
 * The rules that tie an item's fields together: limits, unique ids, and that variants and
 * follow-up questions only point at questions, options and materials that exist.
 */
export function refineItemContent(item: RefinableItem, ctx: Ctx): void {
  if (item.promisedLimitDays > item.legalLimitDays) {
    issue(ctx, ['promisedLimitDays'], 'catalogue.item.promisedExceedsLegal', { legal: item.legalLimitDays });
  }
  if (item.caseType === 'on_the_spot' && item.promisedLimitDays !== 0) {
    issue(ctx, ['promisedLimitDays'], 'catalogue.item.onTheSpotIsSameDay');
  }
  if (item.caseType === 'promised' && item.promisedLimitDays < 1) {
    issue(ctx, ['promisedLimitDays'], 'catalogue.item.promisedNeedsDays');
  }

  const extraIds = item.variants.flatMap((v) => v.extraMaterials.map((m) => m.id));
  const materialIds = item.materials.map((m) => m.id);
  for (const [list, ids] of [
    ['materials', [...materialIds, ...extraIds]],
    ['formFields', item.formFields.map((f) => f.id)],
    ['questions', item.questions.map((q) => q.id)],
    ['variants', item.variants.map((v) => v.id)],
  ] as const) {
    for (const id of duplicates([...ids])) issue(ctx, [list], 'catalogue.item.duplicateId', { id });
  }

  const known = new Set(materialIds);
  const answered = new Map<string, Set<string>>();
  item.questions.forEach((q, qi) => {
    for (const [ref, value] of Object.entries(q.askWhen ?? {})) {
      // Only earlier questions: keeps the questionnaire an ordered walk without cycles.
      if (!answered.get(ref)?.has(value)) issue(ctx, ['questions', qi, 'askWhen', ref], 'catalogue.item.unknownAnswer', { question: ref, value });
    }
    answered.set(q.id, new Set(q.options.map((o) => o.value)));
  });
  item.variants.forEach((v, vi) => {
    for (const [ref, value] of Object.entries(v.when)) {
      if (!answered.get(ref)?.has(value)) issue(ctx, ['variants', vi, 'when', ref], 'catalogue.item.unknownAnswer', { question: ref, value });
    }
    v.materialIds.forEach((id, mi) => {
      if (!known.has(id)) issue(ctx, ['variants', vi, 'materialIds', mi], 'catalogue.item.unknownMaterial', { id });
    });
  });
}
