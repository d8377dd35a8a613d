import type { TownshipSummary } from '../../../api/catalogue.js';
import type { ItemDetail, Office } from '../../../api/catalogue-item.js';
import { ButtonLink } from '../../../components/Button/Button.js';
import { Notice } from '../../../components/Notice/Notice.js';
import { formatLocalDate } from '../../../i18n/dates.js';
import { useI18n } from '../../../i18n/i18n.js';
import { residentPaths } from '../../resident/resident-paths.js';
import { ItemFacts } from './ItemFacts.js';
import { FormFieldList, ResultFacts, TextList } from './ItemSections.js';
import { MaterialList } from './MaterialList.js';
import { situationsOfMaterials } from './material-text.js';
import { SituationChecklist } from './SituationChecklist.js';
import { TownshipChooser, TownshipList } from './TownshipOffering.js';

/** The sections of the public item page below its title. */
export function ItemBody(props: {
  detail: ItemDetail;
  townships: TownshipSummary[];
  offices: Office[];
  township: string;
  today: string;
  onTownship(id: string): void;
}) {
  const { t, lang } = useI18n();
  const { detail, townships, offices, township } = props;
  const { item } = detail;
  const offering = detail.offerings.find((o) => o.townshipId === township);
  const applyOpen = !offering || offering.offered;
  return (
    <div class="item-page" data-testid="item-page" data-version={item.version}>
      {detail.upcoming.map((next) => (
        <Notice key={next.version} tone="info" announce={false}>
          <p>{t('guide.item.upcomingVersion', { date: formatLocalDate(next.effectiveFrom, lang), version: next.version })}</p>
        </Notice>
      ))}

      <section aria-labelledby="where-title" class="item-page__section">
        <h2 id="where-title">{t('guide.item.where.title')}</h2>
        <TownshipChooser townships={townships} offerings={detail.offerings} at={detail.at} township={township} onTownship={props.onTownship} />
      </section>

      <section aria-labelledby="facts-title" class="item-page__section">
        <h2 id="facts-title">{t('guide.item.facts.title')}</h2>
        <ItemFacts item={item} offices={offices} townships={townships} townshipId={offering?.offered ? township : undefined} today={props.today} />
      </section>

      <section aria-labelledby="apply-title" class="item-page__apply" data-testid="apply-online">
        <h2 id="apply-title">{t('guide.item.apply.title')}</h2>
        {applyOpen ? (
          <>
            <p>{t('guide.item.apply.body')}</p>
            <ButtonLink href={residentPaths.choose({ item: item.code, ...(offering?.offered ? { township } : {}) })}>{t('guide.item.apply.action')}</ButtonLink>
          </>
        ) : (
          <p>{t('guide.item.apply.notHere')}</p>
        )}
        <p class="muted">{t('guide.item.apply.offline')}</p>
      </section>

      <section aria-labelledby="conditions-title" class="item-page__section">
        <h2 id="conditions-title">{t('guide.item.conditions.title')}</h2>
        {item.acceptanceConditions.length > 0 ? (
          <TextList texts={item.acceptanceConditions} testId="item-conditions" />
        ) : (
          <p class="muted">{t('guide.item.conditions.none')}</p>
        )}
      </section>

      {item.questions.length > 0 && (
        <section aria-labelledby="checklist-title" class="item-page__section item-page__checklist">
          <h2 id="checklist-title">{t('guide.item.checklist.title')}</h2>
          <p>{t('guide.item.checklist.lead')}</p>
          <SituationChecklist item={item} />
        </section>
      )}

      <section aria-labelledby="materials-title" class="item-page__section">
        <h2 id="materials-title">{t('guide.item.materials.title', { count: item.materials.length })}</h2>
        {item.materials.length > 0 ? (
          <MaterialList materials={item.materials} situations={situationsOfMaterials(item)} testId="item-materials" />
        ) : (
          <p class="muted">{t('guide.item.materials.none')}</p>
        )}
      </section>

      <section aria-labelledby="fields-title" class="item-page__section">
        <h2 id="fields-title">{t('guide.item.fields.title')}</h2>
        <FormFieldList fields={item.formFields} />
      </section>

      <section aria-labelledby="result-title" class="item-page__section">
        <h2 id="result-title">{t('guide.item.result.title')}</h2>
        <ResultFacts item={item} />
      </section>

      <section aria-labelledby="basis-title" class="item-page__section">
        <h2 id="basis-title">{t('guide.item.basis.title')}</h2>
        <TextList texts={item.legalBasis} testId="item-basis" />
      </section>

      <section aria-labelledby="townships-title" class="item-page__section">
        <h2 id="townships-title">{t('guide.item.townships.title')}</h2>
        <TownshipList townships={townships} offerings={detail.offerings} at={detail.at} />
      </section>
      <p class="muted">{t('guide.item.versionNote', { version: item.version, date: formatLocalDate(item.effectiveFrom, lang) })}</p>
    </div>
  );
}
