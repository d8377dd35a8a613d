import { useI18n } from '../../i18n/i18n.js';
import { MAX_RADIOS } from './item-form-model.js';
import '../TextField/text-field.css';
import './item-form.css';

/** One option of a choice, already in the page's language. */
export interface ChoiceOption {
  value: string;
  label: string;
}

/**
 * A labelled choice: radios in a fieldset (every option visible, big targets) for up to four
 * options, a select for more. `id` goes on the first radio or the select, so an error summary
 * link lands on it.
 */
export function ChoiceInput(props: {
  id: string;
  name: string;
  label: string;
  options: ChoiceOption[];
  value: string;
  onValue(value: string): void;
  required?: boolean;
  hint?: string;
  error?: string;
}) {
  const { t } = useI18n();
  const { id, label, hint, error, options } = props;
  const hintId = hint ? `${id}-hint` : undefined;
  const errorId = error ? `${id}-error` : undefined;
  const describedBy = [hintId, errorId].filter(Boolean).join(' ') || undefined;
  const marker = props.required ? <span class="item-form__required">{t('intake.form.required')}</span> : null;
  const extras = (
    <>
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
    </>
  );

  if (options.length > MAX_RADIOS) {
    return (
      <div class={`text-field${error ? ' text-field--error' : ''}`}>
        <label class="text-field__label" for={id}>
          {label}
          {marker}
        </label>
        {extras}
        <select
          class="item-form__select"
          id={id}
          name={props.name}
          value={props.value}
          onChange={(event) => props.onValue(event.currentTarget.value)}
          aria-describedby={describedBy}
          aria-invalid={error ? true : undefined}
          aria-required={props.required ? true : undefined}
        >
          <option value="">{t('intake.form.choose')}</option>
          {options.map((o) => (
            <option key={o.value} value={o.value}>
              {o.label}
            </option>
          ))}
        </select>
      </div>
    );
  }

  return (
    <div class={`text-field${error ? ' text-field--error' : ''}`}>
      <fieldset class="item-form__fieldset" aria-describedby={describedBy}>
        <legend class="text-field__label item-form__legend">
          {label}
          {marker}
        </legend>
        {extras}
        <div class="item-form__radios">
          {options.map((o, index) => {
            const optionId = index === 0 ? id : `${id}-${o.value}`;
            return (
              <div class="item-form__radio" key={o.value}>
                <input
                  class="item-form__radio-input"
                  type="radio"
                  id={optionId}
                  name={props.name}
                  value={o.value}
                  checked={props.value === o.value}
                  onChange={() => props.onValue(o.value)}
                  aria-invalid={error ? true : undefined}
                />
                <label class="item-form__radio-label" for={optionId}>
                  {o.label}
                </label>
              </div>
            );
          })}
        </div>
      </fieldset>
    </div>
  );
}
