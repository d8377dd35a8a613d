import { useI18n } from '../../i18n/i18n.js';
import './radio-group.css';

/** One answer of a radio group. */
export interface RadioOption {
  value: string;
  label: string;
}

/**
 * A question answered by one of a few options: a fieldset whose legend is the question, so a
 * screen reader reads the question with every option. `id` goes on the first radio, which is
 * where an error summary link lands.
 */
export function RadioGroup(props: {
  id: string;
  legend: string;
  options: RadioOption[];
  value: string | undefined;
  onValue(value: string): void;
  hint?: string;
  error?: string;
  /** Options side by side (short answers such as yes / no). */
  inline?: boolean;
}) {
  const { t } = useI18n();
  const { id, hint, error } = props;
  const describedBy = [hint ? `${id}-hint` : '', error ? `${id}-error` : ''].filter(Boolean).join(' ') || undefined;
  return (
    <fieldset class={`radio-group${error ? ' radio-group--error' : ''}`} aria-describedby={describedBy}>
      <legend class="radio-group__legend">{props.legend}</legend>
      {hint && (
        <p class="radio-group__hint" id={`${id}-hint`}>
          {hint}
        </p>
      )}
      {error && (
        <p class="radio-group__error" id={`${id}-error`}>
          <span class="visually-hidden">{t('field.errorPrefix')}</span>
          {error}
        </p>
      )}
      <div class={`radio-group__options${props.inline ? ' radio-group__options--inline' : ''}`}>
        {props.options.map((option, index) => {
          const optionId = index === 0 ? id : `${id}-${option.value}`;
          return (
            <div class="radio-group__option" key={option.value}>
              <input
                class="radio-group__input"
                type="radio"
                id={optionId}
                name={id}
                value={option.value}
                checked={props.value === option.value}
                onChange={() => props.onValue(option.value)}
              />
              <label class="radio-group__label" for={optionId}>
                {option.label}
              </label>
            </div>
          );
        })}
      </div>
    </fieldset>
  );
}
