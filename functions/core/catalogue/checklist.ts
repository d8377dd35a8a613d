import type { FieldIssue } from '../errors.js';
import type { BilingualText } from './bilingual.js';
import type { ItemVersion } from './item-version.js';
import type { Material } from './material.js';
import type { SituationQuestion } from './situation.js';

/** Answers to an item's situation questions: question id → option value. */
export type SituationAnswers = Record<string, string>;

/** Exactly what one applicant must bring and meet, given their situation. */
export interface Checklist {
  /** Variants (情形) that apply, in catalogue order. */
  variants: { id: string; name: BilingualText }[];
  materials: Material[];
  conditions: BilingualText[];
  /** Only the answers to questions that were asked (follow-ups whose trigger did not fire are dropped). */
  answers: SituationAnswers;
}

export type ChecklistResult = { ok: true; checklist: Checklist } | { ok: false; issues: FieldIssue[] };

/** The questions asked given the answers so far, in order: a follow-up appears once its trigger is answered. */
export function askedQuestions(questions: readonly SituationQuestion[], answers: Readonly<Record<string, unknown>>): SituationQuestion[] {
  const asked: SituationQuestion[] = [];
  const kept: Record<string, unknown> = {};
  for (const question of questions) {
    if (!Object.entries(question.askWhen ?? {}).every(([ref, value]) => kept[ref] === value)) continue;
    asked.push(question);
    const answer = answers[question.id];
    if (typeof answer === 'string' && question.options.some((o) => o.value === answer)) kept[question.id] = answer;
  }
  return asked;
}

/**
 * The materials and conditions for one applicant. A material that some variant names belongs to
 * those variants only; every other material of the item applies to every case. Refuses (with
 * issues at `answers.<questionId>`) when an asked question is unanswered or has an unknown answer.
 */
export function checklistFor(item: ItemVersion, answers: Readonly<Record<string, unknown>>): ChecklistResult {
  const issues: FieldIssue[] = [];
  const kept: SituationAnswers = {};
  // Ask in order and keep only asked answers, so a stale follow-up answer cannot select a variant.
  for (const question of askedQuestions(item.questions, answers)) {
    const answer = answers[question.id];
    if (answer === undefined || answer === null || answer === '') {
      issues.push({ path: `answers.${question.id}`, message: 'catalogue.situation.unanswered', params: { question: question.id } });
    } else if (typeof answer !== 'string' || !question.options.some((o) => o.value === answer)) {
      issues.push({ path: `answers.${question.id}`, message: 'catalogue.situation.unknownOption', params: { question: question.id } });
    } else {
      kept[question.id] = answer;
    }
  }
  if (issues.length > 0) return { ok: false, issues };

  const applying = item.variants.filter((v) => Object.entries(v.when).every(([ref, value]) => kept[ref] === value));
  const claimed = new Set(item.variants.flatMap((v) => v.materialIds));
  const chosen = new Set(applying.flatMap((v) => v.materialIds));
  const materials = [...item.materials.filter((m) => !claimed.has(m.id) || chosen.has(m.id)), ...applying.flatMap((v) => v.extraMaterials)];
  const conditions = [...item.acceptanceConditions, ...applying.flatMap((v) => v.conditions)];
  return {
    ok: true,
    checklist: { variants: applying.map((v) => ({ id: v.id, name: v.name })), materials, conditions, answers: kept },
  };
}
