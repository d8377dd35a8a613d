import type { FormField } from '../../api/intake.js';
import { pickText } from '../../api/localized.js';
import { useI18n } from '../../i18n/i18n.js';
import { ChoiceInput } from './ChoiceInput.js';
import { inputHints } from './item-form-model.js';

/** Longer answers (addresses, long texts) get a box that shows them whole. */
const isLong = (field: FormField) => field.type === 'address' || (field.type === 'text' && (field.maxLength ?? 500) > 100);

/** One form field of an item, by its type, with its label, help, required marker and error. */
export function FieldInput(props: { field: FormField; id: string; value: string; onValue(value: string): void; error?: string; autofill: boolean }) {
  const { t, lang } = useI18n();
  const { field, id, error } = props;
  const label = pickText(field.label, lang);
  const hint = field.help ? pickText(field.help, lang) : rangeHint(field, t);

  if (field.type === 'choice') {
    return (
      <ChoiceInput
        id={id}
        name={id}
        label={label}
        options={(field.options ?? []).map((o) => ({ value: o.value, label: pickText(o.label, lang) }))}
        value={props.value}
        onValue={props.onValue}
        required={field.required}
        {...(hint ? { hint } : {})}
        {...(error ? { error } : {})}
      />
    );
  }

  const hintId = hint ? `${id}-hint` : undefined;
  const errorId = error ? `${id}-error` : undefined;
  const common = {
    id,
    name: id,
    value: props.value,
    'aria-describedby': [hintId, errorId].filter(Boolean).join(' ') || undefined,
    'aria-invalid': error ? true : undefined,
    'aria-required': field.required ? true : undefined,
    spellcheck: false,
  };
  const hints = inputHints(field, props.autofill);
  const width = field.type === 'number' ? 'short' : field.type === 'text' || field.type === 'address' ? 'full' : 'medium';
  return (
    <div class={`text-field${error ? ' text-field--error' : ''}`} data-field-type={field.type}>
      <label class="text-field__label" for={id}>
        {label}
        {field.required && <span class="item-form__required">{t('intake.form.required')}</span>}
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
      {isLong(field) ? (
        <textarea
          {...common}
          class="text-field__input text-field__input--full item-form__textarea"
          rows={field.type === 'address' ? 2 : 4}
          maxLength={field.maxLength}
          autoComplete={hints.autoComplete}
          onInput={(event) => props.onValue(event.currentTarget.value)}
        />
      ) : (
        <input
          {...common}
          class={`text-field__input text-field__input--${width}`}
          type={hints.type}
          inputMode={'inputMode' in hints ? hints.inputMode : undefined}
          autoComplete={hints.autoComplete}
          autoCapitalize={'autoCapitalize' in hints ? hints.autoCapitalize : undefined}
          maxLength={field.type === 'id_number' || field.type === 'credit_code' ? 18 : field.type === 'phone' ? 20 : field.maxLength}
          onInput={(event) => props.onValue(event.currentTarget.value)}
        />
      )}
    </div>
  );
}

// A number field without help still says what it accepts, so nobody learns it from an error.
function rangeHint(field: FormField, t: ReturnType<typeof useI18n>['t']): string | undefined {
  if (field.type !== 'number') return undefined;
  if (field.min !== undefined && field.max !== undefined) return t('intake.form.range', { min: field.min, max: field.max });
  if (field.min !== undefined) return t('intake.form.min', { min: field.min });
  if (field.max !== undefined) return t('intake.form.max', { max: field.max });
  return undefined;
}
