import type { TownshipSummary } from '../../../api/catalogue.js';
import type { TownshipOffering as Offering } from '../../../api/catalogue-item.js';
import { pickText } from '../../../api/localized.js';
import { Notice } from '../../../components/Notice/Notice.js';
import { SelectField } from '../../../components/SelectField/SelectField.js';
import { useI18n } from '../../../i18n/i18n.js';
import { changeSentence, offeringSentence, upcomingChanges } from './offering-text.js';

/**
 * "Can I apply for this in my township?": a township select (kept in `?township=`) and a plain
 * answer for it, including changes already decided for a later date (a recall from next month).
 */
export function TownshipChooser(props: { townships: TownshipSummary[]; offerings: Offering[]; at: string; township: string; onTownship(id: string): void }) {
  const { t, lang } = useI18n();
  const chosen = props.townships.find((tw) => tw.id === props.township);
  const offering = props.offerings.find((o) => o.townshipId === props.township);
  return (
    <div class="township-chooser">
      <SelectField
        id="item-township"
        label={t('guide.item.township.label')}
        hint={t('guide.item.township.hint')}
        value={chosen ? chosen.id : ''}
        placeholder={t('guide.item.township.any')}
        options={props.townships.map((tw) => ({ value: tw.id, label: pickText(tw.name, lang) }))}
        onValue={props.onTownship}
      />
      {chosen && offering && (
        <Notice tone={offering.offered ? 'success' : 'error'} announce>
          <p data-testid="offered-here" data-offered={String(offering.offered)}>
            <span aria-hidden="true">{offering.offered ? '✓ ' : '✗ '}</span>
            {offeringSentence(offering, pickText(chosen.name, lang), t, lang)}
          </p>
          {upcomingChanges(offering, props.at).map((record) => (
            <p key={record.seq} data-testid="offered-here-upcoming">
              {changeSentence(record, t, lang)}
            </p>
          ))}
        </Notice>
      )}
    </div>
  );
}

/** Every township of the county and whether it takes the item in. */
export function TownshipList(props: { townships: TownshipSummary[]; offerings: Offering[]; at: string }) {
  const { t, lang } = useI18n();
  return (
    <ul class="township-list" data-testid="township-list">
      {props.offerings.map((offering) => {
        const township = props.townships.find((tw) => tw.id === offering.townshipId);
        const name = township ? pickText(township.name, lang) : offering.townshipId;
        return (
          <li key={offering.townshipId} data-township={offering.townshipId} data-offered={String(offering.offered)}>
            <strong>{offering.offered ? t('guide.item.townships.yes') : t('guide.item.townships.no')}</strong>
            {t('guide.item.townships.sep')}
            {offeringSentence(offering, name, t, lang)}
            {upcomingChanges(offering, props.at).map((record) => (
              <span key={record.seq} class="township-list__upcoming">
                {changeSentence(record, t, lang)}
              </span>
            ))}
          </li>
        );
      })}
    </ul>
  );
}
