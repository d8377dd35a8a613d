import { TextArea } from '../../../../components/TextArea/TextArea.js';
import { TextField } from '../../../../components/TextField/TextField.js';
import { useI18n } from '../../../../i18n/i18n.js';
import { fieldIdOf } from '../field-paths.js';
import type { TextPair } from '../item-draft.js';

/** Field errors of the edit form by API path, already in the reader's language. */
export type FieldErrors = Record<string, string>;

/**
 * A text the catalogue keeps in both languages: two labelled inputs side by side on a wide
 * screen, with ids from the API paths (`name.zh-CN`, `name.en`) so errors find them.
 */
export function PairFields(props: {
  path: string;
  label: string;
  value: TextPair;
  onValue(value: TextPair): void;
  errors: FieldErrors;
  hint?: string;
  multiline?: boolean;
}) {
  const { t } = useI18n();
  const { path, value } = props;
  const Input = props.multiline ? TextArea : TextField;
  return (
    <div class="pair-fields">
      <Input
        id={fieldIdOf(`${path}.zh-CN`)}
        label={t('catalogue.edit.inZh', { label: props.label })}
        value={value.zh}
        onValue={(zh) => props.onValue({ ...value, zh })}
        {...(props.hint ? { hint: props.hint } : {})}
        {...(props.errors[`${path}.zh-CN`] ? { error: props.errors[`${path}.zh-CN`] } : {})}
      />
      <Input
        id={fieldIdOf(`${path}.en`)}
        label={t('catalogue.edit.inEn', { label: props.label })}
        value={value.en}
        onValue={(en) => props.onValue({ ...value, en })}
        {...(props.errors[`${path}.en`] ? { error: props.errors[`${path}.en`] } : {})}
      />
    </div>
  );
}

/** The error of a path as a prop, or no prop at all. */
export const errorProp = (errors: FieldErrors, path: string) => (errors[path] ? { error: errors[path] } : {});
