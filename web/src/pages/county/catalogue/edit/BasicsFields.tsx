import type { Office } from '../../../../api/catalogue-item.js';
import { pickText } from '../../../../api/localized.js';
import { RadioGroup } from '../../../../components/RadioGroup/RadioGroup.js';
import { SelectField } from '../../../../components/SelectField/SelectField.js';
import { TextField } from '../../../../components/TextField/TextField.js';
import { useI18n } from '../../../../i18n/i18n.js';
import type { Lang } from '../../../../i18n/lang.js';
import { CASE_TYPES, CATEGORIES, ROUTE_KINDS } from '../enums.js';
import { fieldIdOf } from '../field-paths.js';
import type { ItemDraft } from '../item-draft.js';
import { errorProp, PairFields, type FieldErrors } from './PairFields.js';

interface Props {
  draft: ItemDraft;
  set(patch: Partial<ItemDraft>): void;
  errors: FieldErrors;
  offices: Office[];
  creating: boolean;
}

/** The township sections that offices stand for, named like the offices (without a township's name). */
function sectionOptions(offices: Office[], current: string, lang: Lang) {
  const seen = new Map<string, string>();
  for (const office of offices) {
    if (!office.section || !office.townshipId || office.kind === 'service_centre' || seen.has(office.section)) continue;
    const sameSection = offices.filter((o) => o.section === office.section && o.townshipId);
    // Every township's office of a section shares the words after the township's name.
    const names = sameSection.map((o) => pickText(o.name, lang));
    seen.set(office.section, commonSuffix(names) || office.section);
  }
  if (current && !seen.has(current)) seen.set(current, current);
  return [...seen].map(([value, label]) => ({ value, label: `${label} (${value})` }));
}

function commonSuffix(texts: string[]): string {
  if (texts.length < 2) return texts[0] ?? '';
  let suffix = texts[0]!;
  for (const text of texts) while (suffix && !text.endsWith(suffix)) suffix = suffix.slice(1);
  return suffix.trim();
}

/** Identity, handling office and route, and time limits of an item. */
export function BasicsFields(props: Props) {
  const { t, lang } = useI18n();
  const { draft, set, errors } = props;
  const departments = props.offices.filter((o) => o.kind === 'county_department');
  return (
    <>
      <section class="edit-section" aria-labelledby="edit-basics">
        <h2 id="edit-basics">{t('catalogue.edit.basics')}</h2>
        {props.creating && (
          <TextField
            id={fieldIdOf('code')}
            label={t('catalogue.edit.code')}
            hint={t('catalogue.edit.codeHint')}
            value={draft.code}
            onValue={(code) => set({ code: code.toUpperCase() })}
            width="medium"
            {...errorProp(errors, 'code')}
          />
        )}
        <PairFields path="name" label={t('catalogue.edit.name')} value={draft.name} onValue={(name) => set({ name })} errors={errors} />
        <TextField
          id={fieldIdOf('keywords')}
          label={t('catalogue.edit.keywords')}
          hint={t('catalogue.edit.keywordsHint')}
          value={draft.keywords}
          onValue={(keywords) => set({ keywords })}
          {...errorProp(errors, 'keywords')}
        />
        <SelectField
          id={fieldIdOf('category')}
          label={t('catalogue.edit.category')}
          value={draft.category}
          options={CATEGORIES.map((c) => ({ value: c, label: t(`guide.category.${c}`) }))}
          onValue={(category) => set({ category })}
          {...errorProp(errors, 'category')}
        />
        <SelectField
          id={fieldIdOf('status')}
          label={t('catalogue.edit.status')}
          hint={t('catalogue.edit.statusHint')}
          value={draft.status}
          options={[
            { value: 'active', label: t('catalogue.status.active') },
            { value: 'abolished', label: t('catalogue.status.abolished') },
          ]}
          onValue={(status) => set({ status: status === 'abolished' ? 'abolished' : 'active' })}
        />
      </section>

      <section class="edit-section" aria-labelledby="edit-handling">
        <h2 id="edit-handling">{t('catalogue.edit.handling')}</h2>
        <SelectField
          id={fieldIdOf('handlingSection')}
          label={t('catalogue.edit.section')}
          hint={t('catalogue.edit.sectionHint')}
          value={draft.handlingSection}
          placeholder={t('catalogue.edit.choose')}
          options={sectionOptions(props.offices, draft.handlingSection, lang)}
          onValue={(handlingSection) => set({ handlingSection })}
          {...errorProp(errors, 'handlingSection')}
        />
        <RadioGroup
          id={fieldIdOf('route.kind')}
          legend={t('catalogue.edit.route')}
          value={draft.routeKind}
          options={ROUTE_KINDS.map((kind) => ({ value: kind, label: t(`catalogue.route.${kind}`) }))}
          onValue={(routeKind) => set({ routeKind })}
          {...errorProp(errors, 'route.kind')}
        />
        {draft.routeKind === 'forward_to_county' && (
          <SelectField
            id={fieldIdOf('route.countyOfficeId')}
            label={t('catalogue.edit.countyOffice')}
            value={draft.countyOfficeId}
            placeholder={t('catalogue.edit.choose')}
            options={departments.map((o) => ({ value: o.id, label: pickText(o.name, lang) }))}
            onValue={(countyOfficeId) => set({ countyOfficeId })}
            {...errorProp(errors, 'route.countyOfficeId')}
          />
        )}
      </section>

      <section class="edit-section" aria-labelledby="edit-limits">
        <h2 id="edit-limits">{t('catalogue.edit.limits')}</h2>
        <RadioGroup
          id={fieldIdOf('caseType')}
          legend={t('catalogue.edit.caseType')}
          value={draft.caseType}
          options={CASE_TYPES.map((c) => ({ value: c, label: t(`guide.item.caseType.${c}`) }))}
          onValue={(caseType) => set({ caseType, ...(caseType === 'on_the_spot' ? { promisedLimitDays: '0' } : {}) })}
          {...errorProp(errors, 'caseType')}
        />
        <div class="row-editor__grid">
          {(['legalLimitDays', 'promisedLimitDays', 'preReviewLimitDays', 'warningThresholdDays'] as const).map((field) => (
            <TextField
              key={field}
              id={fieldIdOf(field)}
              label={t(`catalogue.edit.${field}`)}
              hint={t(`catalogue.edit.${field}.hint`)}
              value={draft[field]}
              onValue={(value) => set({ [field]: value })}
              inputMode="numeric"
              width="short"
              {...errorProp(errors, field)}
            />
          ))}
        </div>
      </section>
    </>
  );
}
