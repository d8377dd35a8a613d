import { useState } from 'preact/hooks';
import { ApiError, type ApiIssue } from '../../../api/api-error.js';
import { errorText } from '../../../api/error-text.js';
import { useI18n } from '../../../i18n/i18n.js';

/**
 * The submit of a step's form: one run at a time, the attempt counted (the error summary takes
 * focus again on every failed try), field issues kept apart from a failure of the whole call.
 */
export function useStepSubmit(run: () => Promise<void>) {
  const { t } = useI18n();
  const [issues, setIssues] = useState<ApiIssue[]>([]);
  const [failure, setFailure] = useState<string>();
  const [attempt, setAttempt] = useState(0);
  const [busy, setBusy] = useState(false);
  const onSubmit = async (event: Event) => {
    event.preventDefault();
    if (busy) return;
    setBusy(true);
    setAttempt((n) => n + 1);
    try {
      await run();
      setIssues([]);
      setFailure(undefined);
    } catch (error) {
      if (error instanceof ApiError && error.issues.length > 0) {
        setIssues(error.issues);
        setFailure(undefined);
      } else {
        setIssues([]);
        setFailure(errorText(error, t));
      }
    } finally {
      setBusy(false);
    }
  };
  return { issues, setIssues, failure, setFailure, attempt, busy, onSubmit };
}

/** A refusal found in the browser, shaped like the API's, so both show the same way. */
export function localIssues(issues: ApiIssue[]): ApiError {
  return new ApiError(400, 'VALIDATION', '', undefined, issues);
}
