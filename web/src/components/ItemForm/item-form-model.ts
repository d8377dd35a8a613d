import { askedQuestions } from '../../../../functions/core/catalogue/checklist.js';
import type { ApiIssue } from '../../api/api-error.js';
import type { FormField, SituationQuestion } from '../../api/intake.js';
import { pickText } from '../../api/localized.js';
import type { Lang } from '../../i18n/lang.js';
import type { SummaryError } from '../ErrorSummary/ErrorSummary.js';

export { askedQuestions };

/** What ItemForm needs of an item version: its situation questions and its form fields. */
export interface ItemFormSource {
  formFields: readonly FormField[];
  questions: readonly SituationQuestion[];
}

/** Answers as the form holds them: every value a string, as typed (the server coerces numbers). */
export type FormAnswers = Record<string, string>;

/** The element id of a form field's input (the first radio for a radio group). */
export const fieldDomId = (fieldId: string, prefix = '') => `${prefix}field-${fieldId}`;
/** The element id of a situation question's first radio, or its select. */
export const questionDomId = (questionId: string, prefix = '') => `${prefix}question-${questionId}`;

/** The issue paths ItemForm shows, as the API names them. */
export const answerPath = (fieldId: string) => `answers.${fieldId}`;
export const variantPath = (questionId: string) => `variantAnswers.${questionId}`;

/** The first issue message at `path`, if any. */
export function issueAt(issues: readonly ApiIssue[] | undefined, path: string): string | undefined {
  return issues?.find((i) => i.path === path)?.message;
}

/**
 * Answers to questions that are still asked: changing "新建" to "翻建" drops the answer to the
 * follow-up that only "新建" asks, so a stale answer cannot pick a variant on the server.
 */
export function keepAskedAnswers(questions: readonly SituationQuestion[], answers: FormAnswers): FormAnswers {
  const asked = new Set(askedQuestions(questions, answers).map((q) => q.id));
  return Object.fromEntries(Object.entries(answers).filter(([id]) => asked.has(id)));
}

/** Form answers as sent: blanks left out (the server counts a blank as missing anyway), values trimmed. */
export function answersForServer(fields: readonly FormField[], answers: FormAnswers): Record<string, string> {
  const out: Record<string, string> = {};
  for (const field of fields) {
    const value = answers[field.id]?.trim();
    if (value) out[field.id] = value;
  }
  return out;
}

/**
 * The error summary's entries for the issues ItemForm shows, in the order of the page, each led
 * by its question or field label (a bare "此项必填" would not say which) and linked to its input.
 * Issues at other paths are returned in `rest` for the page to place.
 */
export function itemFormSummary(
  source: ItemFormSource,
  variantAnswers: FormAnswers,
  issues: readonly ApiIssue[],
  lang: Lang,
  options: { prefix?: string; show?: 'questions' | 'fields' | 'both' } = {},
): { errors: SummaryError[]; rest: ApiIssue[] } {
  const { prefix = '', show = 'both' } = options;
  const errors: SummaryError[] = [];
  const used = new Set<string>();
  const add = (path: string, label: string, fieldId: string) => {
    const message = issueAt(issues, path);
    if (!message) return;
    used.add(path);
    // A message that already names its field ("公民身份号码校验位不正确") needs no label in front.
    const text = message.toLowerCase().includes(label.toLowerCase()) ? message : `${label}${lang === 'en' ? ': ' : '：'}${message}`;
    errors.push({ message: text, fieldId });
  };
  if (show !== 'fields') {
    for (const q of askedQuestions(source.questions, variantAnswers)) add(variantPath(q.id), pickText(q.text, lang), questionDomId(q.id, prefix));
  }
  if (show !== 'questions') {
    for (const f of source.formFields) add(answerPath(f.id), pickText(f.label, lang), fieldDomId(f.id, prefix));
  }
  return { errors, rest: issues.filter((i) => !used.has(i.path)) };
}

/** Up to this many options are shown as radios (all visible at once); more become a select. */
export const MAX_RADIOS = 4;

/** The browser hints that make a phone show the right keyboard and offer the right autofill. */
export function inputHints(field: FormField, autofill: boolean) {
  const off = 'off';
  switch (field.type) {
    case 'phone':
      return { type: 'tel', inputMode: 'tel', autoComplete: autofill ? 'tel-national' : off } as const;
    case 'number':
      return { type: 'text', inputMode: 'decimal', autoComplete: off } as const;
    case 'id_number':
    case 'credit_code':
      // Not numeric: the last character may be X (ID) or a letter (credit code).
      return { type: 'text', inputMode: 'text', autoComplete: off, autoCapitalize: 'characters' } as const;
    case 'date':
      return { type: 'date', autoComplete: off } as const;
    case 'address':
      return { type: 'text', autoComplete: autofill ? 'street-address' : off } as const;
    default:
      return { type: 'text', autoComplete: autofill && NAME_FIELD_IDS.includes(field.id) ? 'name' : off } as const;
  }
}

const NAME_FIELD_IDS = ['applicantName', 'name', 'operatorName'];
