import type { BilingualText, FormField, ItemVersion } from '../../../api/catalogue-item.js';
import { pickText } from '../../../api/localized.js';
import { Tag } from '../../../components/Tag/Tag.js';
import { useI18n } from '../../../i18n/i18n.js';

/** A list of bilingual texts (conditions, legal basis) in the reader's language. */
export function TextList(props: { texts: BilingualText[]; testId?: string; ordered?: boolean }) {
  const { lang } = useI18n();
  const items = props.texts.map((text, i) => <li key={i}>{pickText(text, lang)}</li>);
  return props.ordered ? <ol data-testid={props.testId}>{items}</ol> : <ul data-testid={props.testId}>{items}</ul>;
}

/** What the application form will ask, so nobody is surprised at the counter. */
export function FormFieldList(props: { fields: FormField[] }) {
  const { t, lang } = useI18n();
  if (props.fields.length === 0) return <p class="muted">{t('guide.item.fields.none')}</p>;
  return (
    <ul class="field-list" data-testid="item-fields">
      {props.fields.map((field) => (
        <li key={field.id}>
          {pickText(field.label, lang)}
          {field.required ? <Tag>{t('guide.item.fields.required')}</Tag> : <Tag>{t('guide.item.fields.optional')}</Tag>}
          {field.help && <span class="field-list__help">{pickText(field.help, lang)}</span>}
        </li>
      ))}
    </ul>
  );
}

/** What the applicant receives and how it reaches them. */
export function ResultFacts(props: { item: Pick<ItemVersion, 'result' | 'deliveryOptions'> }) {
  const { t, lang } = useI18n();
  const { result, deliveryOptions } = props.item;
  return (
    <dl class="summary-list" data-testid="item-result">
      <div class="summary-list__row">
        <dt>{t('guide.item.result.name')}</dt>
        <dd>
          {pickText(result.name, lang)}
          <span class="muted">
            {t('guide.item.result.typeSep')}
            {t(`catalogue.resultType.${result.type}`)}
          </span>
        </dd>
      </div>
      <div class="summary-list__row">
        <dt>{t('guide.item.result.delivery')}</dt>
        <dd>
          <ul class="plain-list">
            {deliveryOptions.map((option) => (
              <li key={option}>{t(`catalogue.delivery.${option}`)}</li>
            ))}
          </ul>
        </dd>
      </div>
    </dl>
  );
}
