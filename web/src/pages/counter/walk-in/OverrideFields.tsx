import type { FormField } from '../../../api/intake.js';
import { pickText } from '../../../api/localized.js';
import { Checkbox } from '../../../components/Checkbox/Checkbox.js';
import { TextField } from '../../../components/TextField/TextField.js';
import { useI18n } from '../../../i18n/i18n.js';

/** A clerk's decision to take a number whose check digit fails, and why (recorded on the case). */
export interface OverrideEntry {
  on: boolean;
  reason: string;
}

export const overrideBoxId = (fieldId: string) => `walk-in-override-${fieldId}`;
export const overrideReasonId = (fieldId: string) => `walk-in-override-${fieldId}-reason`;

/** Fields whose national checksum the counter (only the counter) may override. */
export const isChecksumField = (field: FormField) => field.type === 'id_number' || field.type === 'credit_code';

/**
 * Offered only for an ID number or credit code the server refused: old cards carry misprinted
 * check digits, and the clerk who has the card in hand may take the number with a reason.
 */
export function OverrideFields(props: {
  fields: FormField[];
  overrides: Record<string, OverrideEntry>;
  onChange(fieldId: string, patch: Partial<OverrideEntry>): void;
  errors: Record<string, string>;
}) {
  const { t, lang } = useI18n();
  if (props.fields.length === 0) return null;
  return (
    <div class="walk-in-overrides" data-testid="walk-in-overrides">
      {props.fields.map((field) => {
        const entry = props.overrides[field.id] ?? { on: false, reason: '' };
        const label = pickText(field.label, lang);
        return (
          <fieldset key={field.id} class="walk-in-override">
            <legend>{t('counter.walkIn.override.legend', { label })}</legend>
            <p class="field-hint">{t('counter.walkIn.override.hint')}</p>
            <Checkbox
              id={overrideBoxId(field.id)}
              label={t('counter.walkIn.override.confirm', { label })}
              checked={entry.on}
              onChecked={(on) => props.onChange(field.id, { on })}
            />
            {entry.on && (
              <TextField
                id={overrideReasonId(field.id)}
                label={t('counter.walkIn.override.reason')}
                hint={t('counter.walkIn.override.reasonHint')}
                value={entry.reason}
                onValue={(reason) => props.onChange(field.id, { reason })}
                error={props.errors[overrideReasonId(field.id)]}
                maxLength={200}
              />
            )}
          </fieldset>
        );
      })}
    </div>
  );
}
