import { useI18n } from '../../i18n/i18n.js';
import '../TextField/text-field.css';
import './text-area.css';

/** A labelled multi-line input with an optional hint and error, tied to it like TextField's. */
export function TextArea(props: {
  id: string;
  label: string;
  value: string;
  onValue(value: string): void;
  hint?: string;
  error?: string;
  rows?: number;
  maxLength?: number;
}) {
  const { t } = useI18n();
  const { id, hint, error } = props;
  const hintId = hint ? `${id}-hint` : undefined;
  const errorId = error ? `${id}-error` : undefined;
  return (
    <div class={`text-field${error ? ' text-field--error' : ''}`}>
      <label class="text-field__label" for={id}>
        {props.label}
      </label>
      {hint && (
        <p class="text-field__hint" id={hintId}>
          {hint}
        </p>
      )}
      {error && (
        <p class="text-field__error" id={errorId}>
          <span class="visually-hidden">{t('field.errorPrefix')}</span>
          {error}
        </p>
      )}
      <textarea
        class="text-field__input text-area"
        id={id}
        name={id}
        rows={props.rows ?? 4}
        value={props.value}
        onInput={(event) => props.onValue(event.currentTarget.value)}
        aria-describedby={[hintId, errorId].filter(Boolean).join(' ') || undefined}
        aria-invalid={error ? true : undefined}
        maxLength={props.maxLength}
      />
    </div>
  );
}
