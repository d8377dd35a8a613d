import { ApiError, type ApiIssue } from '../../../api/api-error.js';
import { errorText } from '../../../api/error-text.js';
import type { SummaryError } from '../../../components/ErrorSummary/ErrorSummary.js';
import type { Translate } from '../../../i18n/i18n.js';

/** How an answer to a case went wrong, as the page must show it. */
export type ActionFailure =
  /** 409: someone acted on the case since it was loaded; only a reload helps. */
  | { kind: 'conflict' }
  /** 400: problems with what was typed, by field. */
  | { kind: 'issues'; issues: ApiIssue[] }
  /** 422 and the rest: a refusal to show as it is (its message is in the user's language). */
  | { kind: 'refused'; code: string; message: string };

/** Sorts a failed call into what the page does about it. */
export function failureOf(error: unknown, t: Translate): ActionFailure {
  if (error instanceof ApiError && error.status === 409) return { kind: 'conflict' };
  if (error instanceof ApiError && error.status === 400 && error.issues.length > 0) return { kind: 'issues', issues: error.issues };
  return { kind: 'refused', code: error instanceof ApiError ? error.code : 'UNEXPECTED', message: errorText(error, t) };
}

/**
 * Field errors and summary entries from API issues; `fieldOf` maps an issue path to the id of
 * the input it concerns (undefined: the summary lists it without a link).
 */
export function issuesToErrors(issues: ApiIssue[], fieldOf: (path: string) => string | undefined) {
  const byField: Record<string, string> = {};
  const summary: SummaryError[] = [];
  for (const issue of issues) {
    const fieldId = fieldOf(issue.path);
    if (fieldId && !byField[fieldId]) byField[fieldId] = issue.message;
    summary.push(fieldId ? { fieldId, message: issue.message } : { message: issue.message });
  }
  return { byField, summary };
}

/** What an answer form tells the page. */
export interface AnswerCallbacks {
  /** The step was recorded; the page reloads the case and offers the notice. */
  onDone(outcome: 'accepted' | 'correction' | 'notAccepted'): void;
  /** Problems to list in the error summary (an empty list clears it). */
  onErrors(errors: SummaryError[]): void;
  onConflict(): void;
}
