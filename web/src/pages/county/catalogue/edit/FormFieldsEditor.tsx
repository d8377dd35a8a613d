import { Checkbox } from '../../../../components/Checkbox/Checkbox.js';
import { SelectField } from '../../../../components/SelectField/SelectField.js';
import { TextArea } from '../../../../components/TextArea/TextArea.js';
import { TextField } from '../../../../components/TextField/TextField.js';
import { useI18n } from '../../../../i18n/i18n.js';
import { FIELD_TYPES, type FieldType } from '../enums.js';
import { fieldIdOf } from '../field-paths.js';
import { emptyFormField, type FormFieldDraft } from '../item-draft.js';
import { errorProp, PairFields, type FieldErrors } from './PairFields.js';
import { RowListEditor } from './RowListEditor.js';
import { pickText } from '../../../../api/localized.js';

/** The application form's fields: id, label, type, required, options of a choice, help; add and remove. */
export function FormFieldsEditor(props: { rows: FormFieldDraft[]; onRows(rows: FormFieldDraft[]): void; errors: FieldErrors }) {
  const { t, lang } = useI18n();
  const { errors } = props;
  return (
    <RowListEditor
      path="formFields"
      testId="fields-editor"
      rowTestId="field-row"
      rows={props.rows}
      onRows={props.onRows}
      errors={errors}
      newRow={emptyFormField}
      labels={{
        title: t('catalogue.edit.fields.title', { count: props.rows.length }),
        summary: (row, n) => t('catalogue.edit.fields.row', { n, name: pickText({ 'zh-CN': row.label.zh, en: row.label.en }, lang) || row.id }),
        detail: (row) => [t(`catalogue.fieldType.${row.type}`), row.required ? t('guide.item.fields.required') : t('guide.item.fields.optional')].join(' · '),
        remove: (n) => t('catalogue.edit.fields.remove', { n }),
        add: t('catalogue.edit.fields.add'),
      }}
    >
      {(row, _i, set, at) => (
        <>
          <div class="row-editor__grid">
            <TextField
              id={fieldIdOf(`${at}.id`)}
              label={t('catalogue.edit.fields.id')}
              hint={t('catalogue.edit.idHint')}
              value={row.id}
              onValue={(id) => set({ id })}
              width="medium"
              {...errorProp(errors, `${at}.id`)}
            />
            <SelectField
              id={fieldIdOf(`${at}.type`)}
              label={t('catalogue.edit.fields.type')}
              value={row.type}
              options={FIELD_TYPES.map((type) => ({ value: type, label: t(`catalogue.fieldType.${type}`) }))}
              onValue={(type) => set({ type: type as FieldType })}
              {...errorProp(errors, `${at}.type`)}
            />
          </div>
          <PairFields path={`${at}.label`} label={t('catalogue.edit.fields.label')} value={row.label} onValue={(label) => set({ label })} errors={errors} />
          <div class="row-editor__checks">
            <Checkbox
              id={fieldIdOf(`${at}.required`)}
              label={t('catalogue.edit.fields.required')}
              checked={row.required}
              onChecked={(required) => set({ required })}
            />
          </div>
          {row.type === 'choice' && (
            <TextArea
              id={fieldIdOf(`${at}.options`)}
              label={t('catalogue.edit.fields.options')}
              hint={t('catalogue.edit.fields.optionsHint')}
              value={row.options}
              onValue={(options) => set({ options })}
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
                onValue={(min) => set({ min })}
                inputMode="decimal"
                width="short"
                {...errorProp(errors, `${at}.min`)}
              />
              <TextField
                id={fieldIdOf(`${at}.max`)}
                label={t('catalogue.edit.fields.max')}
                value={row.max}
                onValue={(max) => set({ max })}
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
              onValue={(maxLength) => set({ maxLength })}
              inputMode="numeric"
              width="short"
              {...errorProp(errors, `${at}.maxLength`)}
            />
          )}
          <PairFields path={`${at}.help`} label={t('catalogue.edit.fields.help')} value={row.help} onValue={(help) => set({ help })} errors={errors} />
        </>
      )}
    </RowListEditor>
  );
}
