import type { ApiIssue } from '../../api/api-error.js';
import { pickText } from '../../api/localized.js';
import { useI18n } from '../../i18n/i18n.js';
import '../TextField/text-field.css';
import { ChoiceInput } from './ChoiceInput.js';
import { FieldInput } from './FieldInput.js';
import {
  answerPath,
  askedQuestions,
  fieldDomId,
  issueAt,
  keepAskedAnswers,
  questionDomId,
  variantPath,
  type FormAnswers,
  type ItemFormSource,
} from './item-form-model.js';
import './item-form.css';

export { fieldDomId, questionDomId, itemFormSummary, answersForServer, keepAskedAnswers, type FormAnswers, type ItemFormSource } from './item-form-model.js';

export interface ItemFormProps {
  /** The item version (or the checklist): its `questions` and `formFields`. */
  item: ItemFormSource;
  /** Form answers, field id → text as typed. */
  answers: FormAnswers;
  /** Situation answers, question id → option value. */
  variantAnswers: FormAnswers;
  /** Issues of a 400 answer; `answers.<fieldId>` and `variantAnswers.<questionId>` are shown at their input. */
  issues?: readonly ApiIssue[];
  onAnswersChange?(answers: FormAnswers): void;
  /** Gets the answers with those to questions no longer asked already dropped. */
  onVariantAnswersChange?(variantAnswers: FormAnswers): void;
  /** Which part to show: the situation questions, the form fields, or both (questions first). */
  show?: 'questions' | 'fields' | 'both';
  /** Prefix of the element ids, when two forms share a page. */
  idPrefix?: string;
  /** Offer the browser's autofill (name, phone, address): off when filling in for someone else. */
  autofill?: boolean;
}

/**
 * An item's application form, controlled: the situation questions (a follow-up appears once the
 * answer it depends on is given) and the form fields by type, each with its label in the page's
 * language, help, required marker and the server's issue beside it.
 */
export function ItemForm(props: ItemFormProps) {
  const { lang } = useI18n();
  const { item, answers, variantAnswers, issues, show = 'both', idPrefix = '', autofill = true } = props;
  const questions = show === 'fields' ? [] : askedQuestions(item.questions, variantAnswers);
  const fields = show === 'questions' ? [] : item.formFields;

  const setVariant = (questionId: string, value: string) =>
    props.onVariantAnswersChange?.(keepAskedAnswers(item.questions, { ...variantAnswers, [questionId]: value }));
  const setAnswer = (fieldId: string, value: string) => props.onAnswersChange?.({ ...answers, [fieldId]: value });

  return (
    <div class="item-form" data-testid="item-form">
      {questions.map((q) => (
        <ChoiceInput
          key={q.id}
          id={questionDomId(q.id, idPrefix)}
          name={questionDomId(q.id, idPrefix)}
          label={pickText(q.text, lang)}
          options={q.options.map((o) => ({ value: o.value, label: pickText(o.label, lang) }))}
          value={variantAnswers[q.id] ?? ''}
          onValue={(value) => setVariant(q.id, value)}
          required
          {...(q.help ? { hint: pickText(q.help, lang) } : {})}
          {...(issueAt(issues, variantPath(q.id)) ? { error: issueAt(issues, variantPath(q.id))! } : {})}
        />
      ))}
      {fields.map((field) => (
        <FieldInput
          key={field.id}
          field={field}
          id={fieldDomId(field.id, idPrefix)}
          value={answers[field.id] ?? ''}
          onValue={(value) => setAnswer(field.id, value)}
          autofill={autofill}
          {...(issueAt(issues, answerPath(field.id)) ? { error: issueAt(issues, answerPath(field.id))! } : {})}
        />
      ))}
    </div>
  );
}
