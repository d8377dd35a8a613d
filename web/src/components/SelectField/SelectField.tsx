import { useI18n } from '../../i18n/i18n.js';
import '../TextField/text-field.css';
import './select-field.css';

/** One choice of a select. */
export interface SelectOption {
  value: string;
  label: string;
}

/** A labelled native select with an optional hint and error, tied to it by aria-describedby. */
export function SelectField(props: {
  id: string;
  label: string;
  value: string;
  options: SelectOption[];
  onValue(value: string): void;
  hint?: string;
  error?: string;
  /** A first, empty choice ("— choose —"), for a value not chosen yet. */
  placeholder?: string;
}) {
  const { t } = useI18n();
  const { id, hint, error } = props;
  const describedBy = [hint ? `${id}-hint` : '', error ? `${id}-error` : ''].filter(Boolean).join(' ') || undefined;
  return (
    <div class={`text-field${error ? ' text-field--error' : ''}`}>
      <label class="text-field__label" for={id}>
        {props.label}
      </label>
      {hint && (
        <p class="text-field__hint" id={`${id}-hint`}>
          {hint}
        </p>
      )}
      {error && (
        <p class="text-field__error" id={`${id}-error`}>
          <span class="visually-hidden">{t('field.errorPrefix')}</span>
          {error}
        </p>
      )}
      <select
        class="select-field__select"
        id={id}
        name={id}
        value={props.value}
        onChange={(event) => props.onValue(event.currentTarget.value)}
        aria-describedby={describedBy}
        aria-invalid={error ? true : undefined}
      >
        {props.placeholder !== undefined && <option value="">{props.placeholder}</option>}
        {props.options.map((option) => (
          <option key={option.value} value={option.value}>
            {option.label}
          </option>
        ))}
      </select>
    </div>
  );
}
