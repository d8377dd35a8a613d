import { useEffect, useRef } from 'preact/hooks';
import { useI18n } from '../../i18n/i18n.js';
import './error-summary.css';

/** One problem to list: its text and, when it belongs to a field, that field's id. */
export interface SummaryError {
  message: string;
  fieldId?: string;
}

/**
 * GOV.UK's error summary: appears above the form after a failed submit, takes focus so screen
 * readers read it at once, and each entry links to (and focuses) the field to correct.
 * `attempt` changes on every submit, so focus returns here even when the errors are the same.
 */
export function ErrorSummary(props: { errors: SummaryError[]; attempt: number }) {
  const { t } = useI18n();
  const ref = useRef<HTMLDivElement>(null);
  const { errors, attempt } = props;

  useEffect(() => {
    if (errors.length > 0) ref.current?.focus();
  }, [attempt, errors.length > 0]);

  if (errors.length === 0) return null;
  return (
    <div class="error-summary" ref={ref} tabIndex={-1} aria-labelledby="error-summary-title" data-testid="error-summary">
      <div role="alert">
        <h2 class="error-summary__title" id="error-summary-title">
          {t('errorSummary.title')}
        </h2>
        <ul class="error-summary__list">
          {errors.map((error) => (
            <li key={`${error.fieldId ?? ''}:${error.message}`}>
              {error.fieldId ? (
                <a href={`#${error.fieldId}`} onClick={(event) => focusField(event, error.fieldId!)}>
                  {error.message}
                </a>
              ) : (
                error.message
              )}
            </li>
          ))}
        </ul>
      </div>
    </div>
  );
}

// Focus the field, but scroll its label into view too: the label says what the field is.
function focusField(event: MouseEvent, id: string) {
  const field = document.getElementById(id);
  if (!field) return;
  event.preventDefault();
  const label = document.querySelector(`label[for="${CSS.escape(id)}"]`);
  (label ?? field).scrollIntoView();
  field.focus({ preventScroll: true });
}
