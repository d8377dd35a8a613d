import type { Office } from '../../../../api/catalogue-item.js';
import { Button } from '../../../../components/Button/Button.js';
import { useI18n } from '../../../../i18n/i18n.js';
import { fieldIdOf } from '../field-paths.js';
import type { ItemDraft } from '../item-draft.js';
import { BasicsFields } from './BasicsFields.js';
import { FormFieldsEditor } from './FormFieldsEditor.js';
import { MaterialsEditor } from './MaterialsEditor.js';
import { OutcomeFields, VersionMetaFields } from './OutcomeFields.js';
import type { FieldErrors } from './PairFields.js';
import { TextListEditor } from './TextListEditor.js';
import './item-edit.css';

/** The whole item as a form, section by section; the page owns the draft and the submit. */
export function ItemEditForm(props: {
  draft: ItemDraft;
  onDraft(draft: ItemDraft): void;
  errors: FieldErrors;
  offices: Office[];
  creating: boolean;
  today: string;
  saving: boolean;
  submitLabel: string;
  onSubmit(): void;
}) {
  const { t } = useI18n();
  const { draft, errors } = props;
  const set = (patch: Partial<ItemDraft>) => props.onDraft({ ...draft, ...patch });
  return (
    <form
      class="item-edit"
      noValidate
      data-testid="item-edit-form"
      onSubmit={(event) => {
        event.preventDefault();
        if (!props.saving) props.onSubmit();
      }}
    >
      <BasicsFields draft={draft} set={set} errors={errors} offices={props.offices} creating={props.creating} />

      <section class="edit-section" aria-labelledby="edit-conditions">
        <h2 id="edit-conditions">{t('catalogue.edit.conditions')}</h2>
        <TextListEditor
          path="acceptanceConditions"
          title={t('catalogue.edit.conditions.list', { count: draft.acceptanceConditions.length })}
          rowLabel={(n) => t('catalogue.edit.conditions.row', { n })}
          addLabel={t('catalogue.edit.conditions.add')}
          rows={draft.acceptanceConditions}
          onRows={(acceptanceConditions) => set({ acceptanceConditions })}
          errors={errors}
        />
      </section>

      <section class="edit-section" aria-labelledby="edit-materials">
        <h2 id="edit-materials">{t('catalogue.edit.materials')}</h2>
        <MaterialsEditor rows={draft.materials} onRows={(materials) => set({ materials })} errors={errors} />
      </section>

      <section class="edit-section" aria-labelledby="edit-fields">
        <h2 id="edit-fields">{t('catalogue.edit.fields')}</h2>
        <FormFieldsEditor rows={draft.formFields} onRows={(formFields) => set({ formFields })} errors={errors} />
      </section>

      <section class="edit-section" aria-labelledby="edit-situations">
        <h2 id="edit-situations">{t('catalogue.edit.situations')}</h2>
        <div id={fieldIdOf('situations')} tabIndex={-1} class={errors.situations ? 'row-list--error' : undefined}>
          {errors.situations && <p class="text-field__error">{errors.situations}</p>}
          <p>{t('catalogue.edit.situationsKept', { questions: draft.questions.length, variants: draft.variants.length })}</p>
        </div>
      </section>

      <OutcomeFields draft={draft} set={set} errors={errors} />

      <section class="edit-section" aria-labelledby="edit-basis">
        <h2 id="edit-basis">{t('catalogue.edit.basis')}</h2>
        <TextListEditor
          path="legalBasis"
          title={t('catalogue.edit.basis.list', { count: draft.legalBasis.length })}
          rowLabel={(n) => t('catalogue.edit.basis.row', { n })}
          addLabel={t('catalogue.edit.basis.add')}
          rows={draft.legalBasis}
          onRows={(legalBasis) => set({ legalBasis })}
          errors={errors}
        />
      </section>

      <VersionMetaFields draft={draft} set={set} errors={errors} today={props.today} />

      <Button type="submit" aria-disabled={props.saving}>
        {props.saving ? t('catalogue.edit.saving') : props.submitLabel}
      </Button>
    </form>
  );
}
