import { Checkbox } from '../../../../components/Checkbox/Checkbox.js';
import { SelectField } from '../../../../components/SelectField/SelectField.js';
import { TextArea } from '../../../../components/TextArea/TextArea.js';
import { TextField } from '../../../../components/TextField/TextField.js';
import { useI18n } from '../../../../i18n/i18n.js';
import { DELIVERY_OPTIONS, RESULT_TYPES } from '../enums.js';
import { fieldIdOf } from '../field-paths.js';
import type { ItemDraft } from '../item-draft.js';
import { errorProp, PairFields, type FieldErrors } from './PairFields.js';

/** Fee, result and delivery of an item. */
export function OutcomeFields(props: { draft: ItemDraft; set(patch: Partial<ItemDraft>): void; errors: FieldErrors }) {
  const { t } = useI18n();
  const { draft, set, errors } = props;
  const deliveryError = errors.deliveryOptions;
  return (
    <>
      <section class="edit-section" aria-labelledby="edit-fee">
        <h2 id="edit-fee">{t('catalogue.edit.fee')}</h2>
        <TextField
          id={fieldIdOf('fee.amountFen')}
          label={t('catalogue.edit.feeYuan')}
          hint={t('catalogue.edit.feeHint')}
          value={draft.feeYuan}
          onValue={(feeYuan) => set({ feeYuan })}
          inputMode="decimal"
          width="short"
          {...errorProp(errors, 'fee.amountFen')}
        />
        <PairFields path="fee.note" label={t('catalogue.edit.feeNote')} value={draft.feeNote} onValue={(feeNote) => set({ feeNote })} errors={errors} />
      </section>

      <section class="edit-section" aria-labelledby="edit-result">
        <h2 id="edit-result">{t('catalogue.edit.result')}</h2>
        <SelectField
          id={fieldIdOf('result.type')}
          label={t('catalogue.edit.resultType')}
          value={draft.resultType}
          options={RESULT_TYPES.map((type) => ({ value: type, label: t(`catalogue.resultType.${type}`) }))}
          onValue={(resultType) => set({ resultType })}
          {...errorProp(errors, 'result.type')}
        />
        <PairFields
          path="result.name"
          label={t('catalogue.edit.resultName')}
          value={draft.resultName}
          onValue={(resultName) => set({ resultName })}
          errors={errors}
        />
        <fieldset class={`row-list${deliveryError ? ' row-list--error' : ''}`}>
          <legend class="row-list__legend">{t('catalogue.edit.delivery')}</legend>
          {deliveryError && (
            <p class="text-field__error">
              <span class="visually-hidden">{t('field.errorPrefix')}</span>
              {deliveryError}
            </p>
          )}
          <div class="row-editor__checks">
            {DELIVERY_OPTIONS.map((option, i) => (
              <Checkbox
                key={option}
                id={i === 0 ? fieldIdOf('deliveryOptions') : fieldIdOf(`deliveryOptions.${option}`)}
                label={t(`catalogue.delivery.${option}`)}
                checked={draft.deliveryOptions.includes(option)}
                onChecked={(on) => set({ deliveryOptions: DELIVERY_OPTIONS.filter((o) => (o === option ? on : draft.deliveryOptions.includes(o))) })}
              />
            ))}
          </div>
        </fieldset>
      </section>
    </>
  );
}

/** When the new version applies and why it was made. */
export function VersionMetaFields(props: { draft: ItemDraft; set(patch: Partial<ItemDraft>): void; errors: FieldErrors; today: string }) {
  const { t } = useI18n();
  const { draft, set, errors } = props;
  return (
    <section class="edit-section" aria-labelledby="edit-version">
      <h2 id="edit-version">{t('catalogue.edit.versionMeta')}</h2>
      <TextField
        id={fieldIdOf('effectiveFrom')}
        label={t('catalogue.edit.effectiveFrom')}
        hint={t('catalogue.edit.effectiveFromHint')}
        type="date"
        min={props.today}
        value={draft.effectiveFrom}
        onValue={(effectiveFrom) => set({ effectiveFrom })}
        width="medium"
        {...errorProp(errors, 'effectiveFrom')}
      />
      <TextArea
        id={fieldIdOf('changeNote')}
        label={t('catalogue.edit.changeNote')}
        hint={t('catalogue.edit.changeNoteHint')}
        value={draft.changeNote}
        onValue={(changeNote) => set({ changeNote })}
        maxLength={500}
        {...errorProp(errors, 'changeNote')}
      />
    </section>
  );
}
