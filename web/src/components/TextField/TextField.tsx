import type { JSX } from 'preact';
import { useI18n } from '../../i18n/i18n.js';
import './text-field.css';

export interface TextFieldProps {
  id: string;
  label: string;
  value: string;
  onValue(value: string): void;
  hint?: string;
  error?: string;
  type?: 'text' | 'password' | 'tel' | 'search' | 'date';
  /** Date fields: the earliest date accepted (YYYY-MM-DD). */
  min?: string;
  /** Date fields: the latest date accepted (YYYY-MM-DD). */
  max?: string;
  autoComplete?: string;
  inputMode?: JSX.HTMLAttributes['inputMode'];
  maxLength?: number;
  /** Size the box to the expected answer: 'short' for 4 digits, 'medium' for codes. */
  width?: 'short' | 'medium' | 'full';
  spellcheck?: boolean;
}

/** A labelled text input with an optional hint and error, both tied to it by aria-describedby. */
export function TextField(props: TextFieldProps) {
  const { t } = useI18n();
  const { id, label, hint, error, width = 'full' } = props;
  const hintId = hint ? `${id}-hint` : undefined;
  const errorId = error ? `${id}-error` : undefined;
  const describedBy = [hintId, errorId].filter(Boolean).join(' ') || undefined;
  return (
    <div class={`text-field${error ? ' text-field--error' : ''}`}>
      <label class="text-field__label" for={id}>
        {label}
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
      <input
        class={`text-field__input text-field__input--${width}`}
        id={id}
        name={id}
        type={props.type ?? 'text'}
        value={props.value}
        onInput={(event) => props.onValue(event.currentTarget.value)}
        aria-describedby={describedBy}
        aria-invalid={error ? true : undefined}
        autoComplete={props.autoComplete}
        inputMode={props.inputMode}
        maxLength={props.maxLength}
        min={props.min}
        max={props.max}
        spellcheck={props.spellcheck ?? false}
      />
    </div>
  );
}
