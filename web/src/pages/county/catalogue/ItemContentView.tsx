import type { TownshipSummary } from '../../../api/catalogue.js';
import type { ItemVersion, Office } from '../../../api/catalogue-item.js';
import { pickText } from '../../../api/localized.js';
import { useI18n } from '../../../i18n/i18n.js';
import { ItemFacts } from '../../guide/item/ItemFacts.js';
import { FormFieldList, ResultFacts, TextList } from '../../guide/item/ItemSections.js';
import { MaterialList } from '../../guide/item/MaterialList.js';
import { situationsOfMaterials } from '../../guide/item/material-text.js';
import '../../guide/item-page.css';

/** Everything one version says, read-only, with the guide's own building blocks plus what only staff see. */
export function ItemContentView(props: { item: ItemVersion; offices: Office[]; townships: TownshipSummary[] }) {
  const { t, lang } = useI18n();
  const { item } = props;
  return (
    <div class="item-page" data-testid="item-content">
      <ItemFacts item={item} offices={props.offices} townships={props.townships} />
      <dl class="summary-list">
        <div class="summary-list__row">
          <dt>{t('catalogue.edit.preReviewLimitDays')}</dt>
          <dd>{t('guide.item.facts.days', { days: item.preReviewLimitDays })}</dd>
        </div>
        <div class="summary-list__row">
          <dt>{t('catalogue.edit.warningThresholdDays')}</dt>
          <dd>{t('guide.item.facts.days', { days: item.warningThresholdDays })}</dd>
        </div>
        <div class="summary-list__row">
          <dt>{t('catalogue.edit.keywords')}</dt>
          <dd>{item.keywords.join(t('list.separator')) || '—'}</dd>
        </div>
      </dl>
      <h3>{t('guide.item.conditions.title')}</h3>
      {item.acceptanceConditions.length > 0 ? <TextList texts={item.acceptanceConditions} /> : <p class="muted">{t('guide.item.conditions.none')}</p>}
      <h3>{t('guide.item.materials.title', { count: item.materials.length })}</h3>
      <MaterialList materials={item.materials} situations={situationsOfMaterials(item)} />
      <h3>{t('guide.item.fields.title')}</h3>
      <FormFieldList fields={item.formFields} />
      {item.questions.length > 0 && (
        <>
          <h3>{t('catalogue.edit.situations')}</h3>
          <ul>
            {item.variants.map((v) => (
              <li key={v.id}>{pickText(v.name, lang)}</li>
            ))}
          </ul>
        </>
      )}
      <h3>{t('guide.item.result.title')}</h3>
      <ResultFacts item={item} />
      <h3>{t('guide.item.basis.title')}</h3>
      <TextList texts={item.legalBasis} />
    </div>
  );
}
