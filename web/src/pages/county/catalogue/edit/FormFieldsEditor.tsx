import { Button } from '../../../../components/Button/Button.js';
import { Checkbox } from '../../../../components/Checkbox/Checkbox.js';
import { SelectField } from '../../../../components/SelectField/SelectField.js';
import { TextArea } from '../../../../components/TextArea/TextArea.js';
import { TextField } from '../../../../components/TextField/TextField.js';
import { useI18n } from '../../../../i18n/i18n.js';
import { FIELD_TYPES, type FieldType } from '../enums.js';
import { fieldIdOf } from '../field-paths.js';
import { emptyFormField, type FormFieldDraft } from '../item-draft.js';
import { errorProp, PairFields, type FieldErrors } from './PairFields.js';
import { useFocusAfterRender } from './use-focus.js';
import { CollapsibleRow, isRowOpen } from './CollapsibleRow.js';
import { useState } from 'preact/hooks';
import { pickText } from '../../../../api/localized.js';

/** The application form's fields: id, label, type, required, options of a choice, help; add and remove. */
export function FormFieldsEditor(props: { rows: FormFieldDraft[]; onRows(rows: FormFieldDraft[]): void; errors: FieldErrors }) {
  const { t, lang } = useI18n();
  const [opened, setOpened] = useState<ReadonlySet<string>>(new Set());
  const toggle = (key: string, open: boolean) =>
    setOpened((now) => {
      const next = new Set(now);
      if (open) next.add(key);
      else next.delete(key);
      return next;
    });
  const focusLater = useFocusAfterRender();
  const { rows, errors } = props;
  const set = (i: number, patch: Partial<FormFieldDraft>) => props.onRows(rows.map((r, j) => (j === i ? { ...r, ...patch } : r)));
  return (
    <fieldset class={`row-list${errors.formFields ? ' row-list--error' : ''}`} data-testid="fields-editor">
      <legend class="row-list__legend" id={fieldIdOf('formFields')} tabIndex={-1}>
        {t('catalogue.edit.fields.title', { count: rows.length })}
      </legend>
      {errors.formFields && <p class="text-field__error">{errors.formFields}</p>}
      {rows.map((row, i) => {
        const at = `formFields.${i}`;
        const n = i + 1;
        return (
          <CollapsibleRow
            key={row.key}
            testId={`field-row-${i}`}
            summary={t('catalogue.edit.fields.row', { n, name: pickText({ 'zh-CN': row.label.zh, en: row.label.en }, lang) || row.id })}
            detail={[t(`catalogue.fieldType.${row.type}`), row.required ? t('guide.item.fields.required') : t('guide.item.fields.optional')].join(' · ')}
            open={isRowOpen(row.key, opened, errors, at)}
            onOpen={(open) => toggle(row.key, open)}
          >
            <div class="row-editor__grid">
              <TextField
                id={fieldIdOf(`${at}.id`)}
                label={t('catalogue.edit.fields.id')}
                hint={t('catalogue.edit.idHint')}
                value={row.id}
                onValue={(id) => set(i, { id })}
                width="medium"
                {...errorProp(errors, `${at}.id`)}
              />
              <SelectField
                id={fieldIdOf(`${at}.type`)}
                label={t('catalogue.edit.fields.type')}
                value={row.type}
                options={FIELD_TYPES.map((type) => ({ value: type, label: t(`catalogue.fieldType.${type}`) }))}
                onValue={(type) => set(i, { type: type as FieldType })}
                {...errorProp(errors, `${at}.type`)}
              />
            </div>
            <PairFields
              path={`${at}.label`}
              label={t('catalogue.edit.fields.label')}
              value={row.label}
              onValue={(label) => set(i, { label })}
              errors={errors}
            />
            <div class="row-editor__checks">
              <Checkbox
                id={fieldIdOf(`${at}.required`)}
                label={t('catalogue.edit.fields.required')}
                checked={row.required}
                onChecked={(required) => set(i, { required })}
              />
            </div>
            {row.type === 'choice' && (
              <TextArea
                id={fieldIdOf(`${at}.options`)}
                label={t('catalogue.edit.fields.options')}
                hint={t('catalogue.edit.fields.optionsHint')}
                value={row.options}
                onValue={(options) => set(i, { options })}
                rows={4}
                {...errorProp(errors, `${at}.options`)}
              />
            )}
            {row.type === 'number' && (
              <div class="row-editor__grid">
                <TextField
                  id={fieldIdOf(`${at}.min`)}
                  label={t('catalogue.edit.fields.min')}
                  value={row.min}
                  onValue={(min) => set(i, { min })}
                  inputMode="decimal"
                  width="short"
                  {...errorProp(errors, `${at}.min`)}
                />
                <TextField
                  id={fieldIdOf(`${at}.max`)}
                  label={t('catalogue.edit.fields.max')}
                  value={row.max}
                  onValue={(max) => set(i, { max })}
                  inputMode="decimal"
                  width="short"
                  {...errorProp(errors, `${at}.max`)}
                />
              </div>
            )}
            {(row.type === 'text' || row.type === 'address') && (
              <TextField
                id={fieldIdOf(`${at}.maxLength`)}
                label={t('catalogue.edit.fields.maxLength')}
                value={row.maxLength}
                onValue={(maxLength) => set(i, { maxLength })}
                inputMode="numeric"
                width="short"
                {...errorProp(errors, `${at}.maxLength`)}
              />
            )}
            <PairFields path={`${at}.help`} label={t('catalogue.edit.fields.help')} value={row.help} onValue={(help) => set(i, { help })} errors={errors} />
            <Button
              variant="quiet"
              onClick={() => {
                props.onRows(rows.filter((_, j) => j !== i));
                focusLater(fieldIdOf('formFields'));
              }}
            >
              {t('catalogue.edit.fields.remove', { n })}
            </Button>
          </CollapsibleRow>
        );
      })}
      <Button
        variant="secondary"
        onClick={() => {
          const row = emptyFormField();
          toggle(row.key, true);
          props.onRows([...rows, row]);
          focusLater(fieldIdOf(`formFields.${rows.length}.id`));
        }}
      >
        {t('catalogue.edit.fields.add')}
      </Button>
    </fieldset>
  );
}
