import { Button } from '../../../../components/Button/Button.js';
import { Checkbox } from '../../../../components/Checkbox/Checkbox.js';
import { SelectField } from '../../../../components/SelectField/SelectField.js';
import { TextField } from '../../../../components/TextField/TextField.js';
import { useI18n } from '../../../../i18n/i18n.js';
import { MATERIAL_FORMS, type MaterialForm } from '../enums.js';
import { fieldIdOf } from '../field-paths.js';
import { emptyMaterial, type MaterialDraft } from '../item-draft.js';
import { errorProp, PairFields, type FieldErrors } from './PairFields.js';
import { useFocusAfterRender } from './use-focus.js';
import { CollapsibleRow, isRowOpen } from './CollapsibleRow.js';
import { useState } from 'preact/hooks';
import { pickText } from '../../../../api/localized.js';

/** The materials (申请材料) of an item: one fieldset a row, with add and remove. */
export function MaterialsEditor(props: { rows: MaterialDraft[]; onRows(rows: MaterialDraft[]): void; errors: FieldErrors }) {
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
  const set = (i: number, patch: Partial<MaterialDraft>) => props.onRows(rows.map((r, j) => (j === i ? { ...r, ...patch } : r)));
  return (
    <fieldset class={`row-list${errors.materials ? ' row-list--error' : ''}`} data-testid="materials-editor">
      <legend class="row-list__legend" id={fieldIdOf('materials')} tabIndex={-1}>
        {t('catalogue.edit.materials.title', { count: rows.length })}
      </legend>
      {errors.materials && <p class="text-field__error">{errors.materials}</p>}
      {rows.map((row, i) => {
        const at = `materials.${i}`;
        const n = i + 1;
        return (
          <CollapsibleRow
            key={row.key}
            testId={`material-row-${i}`}
            summary={t('catalogue.edit.materials.row', { n, name: pickText({ 'zh-CN': row.name.zh, en: row.name.en }, lang) || row.id })}
            detail={[
              t(`guide.item.material.form.${row.form}`),
              row.mandatory ? t('guide.item.material.mandatory') : t('guide.item.material.optional'),
              ...(row.mayBeDeferred ? [t('guide.item.material.deferred')] : []),
            ].join(' · ')}
            open={isRowOpen(row.key, opened, errors, at)}
            onOpen={(open) => toggle(row.key, open)}
          >
            <div class="row-editor__grid">
              <TextField
                id={fieldIdOf(`${at}.id`)}
                label={t('catalogue.edit.materials.id')}
                hint={t('catalogue.edit.idHint')}
                value={row.id}
                onValue={(id) => set(i, { id })}
                width="medium"
                {...errorProp(errors, `${at}.id`)}
              />
              <SelectField
                id={fieldIdOf(`${at}.form`)}
                label={t('catalogue.edit.materials.form')}
                value={row.form}
                options={MATERIAL_FORMS.map((form) => ({ value: form, label: t(`guide.item.material.form.${form}`) }))}
                onValue={(form) => set(i, { form: form as MaterialForm })}
                {...errorProp(errors, `${at}.form`)}
              />
            </div>
            <PairFields path={`${at}.name`} label={t('catalogue.edit.materials.name')} value={row.name} onValue={(name) => set(i, { name })} errors={errors} />
            <div class="row-editor__grid">
              <TextField
                id={fieldIdOf(`${at}.copies`)}
                label={t('catalogue.edit.materials.copies')}
                value={row.copies}
                onValue={(copies) => set(i, { copies })}
                inputMode="numeric"
                width="short"
                {...errorProp(errors, `${at}.copies`)}
              />
              <TextField
                id={fieldIdOf(`${at}.maxSizeMb`)}
                label={t('catalogue.edit.materials.maxSize')}
                value={row.maxSizeMb}
                onValue={(maxSizeMb) => set(i, { maxSizeMb })}
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
              onValue={(fileTypes) => set(i, { fileTypes })}
              {...errorProp(errors, `${at}.acceptedFileTypes`)}
            />
            <div class="row-editor__checks">
              <Checkbox
                id={fieldIdOf(`${at}.mandatory`)}
                label={t('catalogue.edit.materials.mandatory')}
                checked={row.mandatory}
                onChecked={(mandatory) => set(i, { mandatory, ...(mandatory ? {} : { mayBeDeferred: false }) })}
              />
              <Checkbox
                id={fieldIdOf(`${at}.mayBeDeferred`)}
                label={t('catalogue.edit.materials.deferred')}
                checked={row.mayBeDeferred}
                onChecked={(mayBeDeferred) => set(i, { mayBeDeferred, ...(mayBeDeferred ? { mandatory: true } : {}) })}
              />
              {errors[`${at}.mayBeDeferred`] && <p class="text-field__error">{errors[`${at}.mayBeDeferred`]}</p>}
            </div>
            <PairFields path={`${at}.note`} label={t('catalogue.edit.materials.note')} value={row.note} onValue={(note) => set(i, { note })} errors={errors} />
            <Button
              variant="quiet"
              onClick={() => {
                props.onRows(rows.filter((_, j) => j !== i));
                focusLater(fieldIdOf('materials'));
              }}
            >
              {t('catalogue.edit.materials.remove', { n })}
            </Button>
          </CollapsibleRow>
        );
      })}
      <Button
        variant="secondary"
        onClick={() => {
          const row = emptyMaterial();
          toggle(row.key, true);
          props.onRows([...rows, row]);
          focusLater(fieldIdOf(`materials.${rows.length}.id`));
        }}
      >
        {t('catalogue.edit.materials.add')}
      </Button>
    </fieldset>
  );
}
