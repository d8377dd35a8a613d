import { Checkbox } from '../../../../components/Checkbox/Checkbox.js';
import { SelectField } from '../../../../components/SelectField/SelectField.js';
import { TextField } from '../../../../components/TextField/TextField.js';
import { useI18n } from '../../../../i18n/i18n.js';
import { MATERIAL_FORMS, type MaterialForm } from '../enums.js';
import { fieldIdOf } from '../field-paths.js';
import { emptyMaterial, type MaterialDraft } from '../item-draft.js';
import { errorProp, PairFields, type FieldErrors } from './PairFields.js';
import { RowListEditor } from './RowListEditor.js';
import { pickText } from '../../../../api/localized.js';

/** The materials (申请材料) of an item: one fieldset a row, with add and remove. */
export function MaterialsEditor(props: { rows: MaterialDraft[]; onRows(rows: MaterialDraft[]): void; errors: FieldErrors }) {
  const { t, lang } = useI18n();
  const { errors } = props;
  return (
    <RowListEditor
      path="materials"
      testId="materials-editor"
      rowTestId="material-row"
      rows={props.rows}
      onRows={props.onRows}
      errors={errors}
      newRow={emptyMaterial}
      labels={{
        title: t('catalogue.edit.materials.title', { count: props.rows.length }),
        summary: (row, n) => t('catalogue.edit.materials.row', { n, name: pickText({ 'zh-CN': row.name.zh, en: row.name.en }, lang) || row.id }),
        detail: (row) =>
          [
            t(`guide.item.material.form.${row.form}`),
            row.mandatory ? t('guide.item.material.mandatory') : t('guide.item.material.optional'),
            ...(row.mayBeDeferred ? [t('guide.item.material.deferred')] : []),
          ].join(' · '),
        remove: (n) => t('catalogue.edit.materials.remove', { n }),
        add: t('catalogue.edit.materials.add'),
      }}
    >
      {(row, _i, set, at) => (
        <>
          <div class="row-editor__grid">
            <TextField
              id={fieldIdOf(`${at}.id`)}
              label={t('catalogue.edit.materials.id')}
              hint={t('catalogue.edit.idHint')}
              value={row.id}
              onValue={(id) => set({ id })}
              width="medium"
              {...errorProp(errors, `${at}.id`)}
            />
            <SelectField
              id={fieldIdOf(`${at}.form`)}
              label={t('catalogue.edit.materials.form')}
              value={row.form}
              options={MATERIAL_FORMS.map((form) => ({ value: form, label: t(`guide.item.material.form.${form}`) }))}
              onValue={(form) => set({ form: form as MaterialForm })}
              {...errorProp(errors, `${at}.form`)}
            />
          </div>
          <PairFields path={`${at}.name`} label={t('catalogue.edit.materials.name')} value={row.name} onValue={(name) => set({ name })} errors={errors} />
          <div class="row-editor__grid">
            <TextField
              id={fieldIdOf(`${at}.copies`)}
              label={t('catalogue.edit.materials.copies')}
              value={row.copies}
              onValue={(copies) => set({ copies })}
              inputMode="numeric"
              width="short"
              {...errorProp(errors, `${at}.copies`)}
            />
            <TextField
              id={fieldIdOf(`${at}.maxSizeMb`)}
              label={t('catalogue.edit.materials.maxSize')}
              value={row.maxSizeMb}
              onValue={(maxSizeMb) => set({ maxSizeMb })}
              inputMode="decimal"
              width="short"
              {...errorProp(errors, `${at}.maxSizeMb`)}
            />
          </div>
          <TextField
            id={fieldIdOf(`${at}.acceptedFileTypes`)}
            label={t('catalogue.edit.materials.types')}
            hint={t('catalogue.edit.materials.typesHint')}
            value={row.fileTypes}
            onValue={(fileTypes) => set({ fileTypes })}
            {...errorProp(errors, `${at}.acceptedFileTypes`)}
          />
          <div class="row-editor__checks">
            <Checkbox
              id={fieldIdOf(`${at}.mandatory`)}
              label={t('catalogue.edit.materials.mandatory')}
              checked={row.mandatory}
              onChecked={(mandatory) => set({ mandatory, ...(mandatory ? {} : { mayBeDeferred: false }) })}
            />
            <Checkbox
              id={fieldIdOf(`${at}.mayBeDeferred`)}
              label={t('catalogue.edit.materials.deferred')}
              checked={row.mayBeDeferred}
              onChecked={(mayBeDeferred) => set({ mayBeDeferred, ...(mayBeDeferred ? { mandatory: true } : {}) })}
            />
            {errors[`${at}.mayBeDeferred`] && <p class="text-field__error">{errors[`${at}.mayBeDeferred`]}</p>}
          </div>
          <PairFields path={`${at}.note`} label={t('catalogue.edit.materials.note')} value={row.note} onValue={(note) => set({ note })} errors={errors} />
        </>
      )}
    </RowListEditor>
  );
}
