import { searchItems } from '../../../../../functions/core/catalogue/item-search.js';
import { useLocation } from 'preact-iso';
import { useEffect, useRef, useState } from 'preact/hooks';
import { listTownships } from '../../../api/catalogue.js';
import { listOfferedItems, type OfferedItem } from '../../../api/intake.js';
import { pickText } from '../../../api/localized.js';
import { placeName, usePlaceNames } from '../../../api/places.js';
import type { User } from '../../../api/types.js';
import { useAsync } from '../../../api/use-async.js';
import { AsyncState } from '../../../components/AsyncState/AsyncState.js';
import { Button, ButtonLink } from '../../../components/Button/Button.js';
import { ChoiceInput } from '../../../components/ItemForm/ChoiceInput.js';
import { Notice } from '../../../components/Notice/Notice.js';
import { TextField } from '../../../components/TextField/TextField.js';
import { useI18n, type Translate } from '../../../i18n/i18n.js';
import { api } from '../../../services.js';
import { residentPaths } from '../resident-paths.js';
import { formatInstant } from '../../../i18n/dates.js';
import { DraftList } from '../DraftList.js';
import { useDraftEntries } from '../use-draft-entries.js';
import { stepsFor } from './application-draft.js';
import { getServerDraft, type DraftSummary } from '../../../api/drafts.js';
import { deviceDraft } from './device-drafts.js';
import { mergeDraftLists, sameKey, type DraftEntry } from './draft-sync.js';
import { stepsDone } from './SaveState.js';
import { StepPage } from './StepPage.js';
import type { useDraft } from './use-draft.js';
import { DEMO_TOWNSHIPS } from '../../../../../functions/demo/geography.js';

/** Where a resident applies unless they choose otherwise: the county seat's town. */
export const DEFAULT_TOWNSHIP = 'qingshi';

/**
 * Choosing what to apply for, and where: a resident picks the township (any of the county's),
 * a village proxy applies in their own. The list is the township's offered items, searchable.
 */
export function ChooseItemStep(props: { handle: ReturnType<typeof useDraft>; user: User }) {
  const { t, lang } = useI18n();
  const { query, route } = useLocation();
  const { draft } = props.handle;
  const isProxy = props.user.role === 'proxy';
  usePlaceNames(api, true);
  const [township, setTownship] = useState(
    props.user.townshipId && isProxy ? props.user.townshipId : (query.township ?? draft?.townshipId ?? DEFAULT_TOWNSHIP),
  );
  const [search, setSearch] = useState('');
  const items = useAsync((signal) => listOfferedItems(api, township, signal), [township, lang]);
  const wanted = query.item;
  const townships = useAsync((signal) => listTownships(api, signal).then((list) => list.map((tw) => tw.id)), []);
  const townshipIds = townships.status === 'ready' && townships.data.length > 0 ? townships.data : FALLBACK_TOWNSHIPS;

  const drafts = useDraftEntries(props.user.userId, lang);
  const entries = drafts.state.status === 'ready' ? drafts.state.entries : [];
  // An item with a draft saved (here or on the server) is offered to be carried on, not started over.
  const [offer, setOffer] = useState<{ item: OfferedItem; entry: DraftEntry }>();
  const [restartFailed, setRestartFailed] = useState(false);
  const offerTitle = useRef<HTMLHeadingElement>(null);
  useEffect(() => offerTitle.current?.focus(), [offer]);
  const begin = (item: OfferedItem) => {
    props.handle.start({ townshipId: township, itemCode: item.code, itemName: item.name });
    route(residentPaths.step('situation'));
  };
  const start = async (item: OfferedItem) => {
    const key = { itemCode: item.code, townshipId: township };
    setRestartFailed(false);
    // Chosen before the list arrived: this one draft is asked for (a new draft must not collide with a saved one).
    const entry = drafts.state.status === 'ready' ? entries.find((e) => sameKey(e, key)) : await savedEntry(props.user.userId, key);
    if (entry) setOffer({ item, entry });
    else begin(item);
  };
  const restart = async () => {
    if (!offer) return;
    try {
      await drafts.remove(offer.entry);
      begin(offer.item);
    } catch {
      setRestartFailed(true);
    }
  };

  return (
    <StepPage title={t(isProxy ? 'intake.choose.titleProxy' : 'intake.choose.title')} backHref={residentPaths.dashboard()} testId="apply-choose">
      {offer && (
        <section class="apply__offer" aria-labelledby="draft-offer-title" data-testid="draft-offer">
          <h2 id="draft-offer-title" tabIndex={-1} ref={offerTitle}>
            {t('drafts.offer.title', { item: pickText(offer.item.name, lang) })}
          </h2>
          <p>
            {t('drafts.offer.body', {
              time: formatInstant(offer.entry.savedAt, lang),
              steps: stepsDone(offer.entry.completed, stepsFor(isProxy)),
            })}
          </p>
          {restartFailed && <Notice tone="error">{t('drafts.offer.restartFailed')}</Notice>}
          <div class="apply__actions">
            <ButtonLink href={residentPaths.resume(offer.entry.itemCode, offer.entry.townshipId)}>{t('drafts.offer.continue')}</ButtonLink>
            <Button variant="secondary" onClick={() => void restart()}>
              {t('drafts.offer.restart')}
            </Button>
          </div>
        </section>
      )}
      {!offer && entries.length > 0 && (
        <section class="apply__drafts" aria-labelledby="choose-drafts-title">
          <h2 id="choose-drafts-title">{t('drafts.list.title')}</h2>
          <DraftList entries={entries} isProxy={isProxy} onDelete={drafts.remove} />
        </section>
      )}
      {isProxy ? (
        <p class="lead">{t('intake.choose.proxyTownship', { township: placeName(township, lang) })}</p>
      ) : (
        <ChoiceInput
          id="choose-township"
          name="township"
          label={t('intake.choose.township')}
          hint={t('intake.choose.townshipHint')}
          options={townshipIds.map((id) => ({ value: id, label: placeName(id, lang) }))}
          value={township}
          onValue={setTownship}
        />
      )}
      <AsyncState
        state={items}
        loadingText={t('intake.choose.loading')}
        errorTitle={t('intake.choose.loadError')}
        isEmpty={(list) => list.length === 0}
        emptyText={t('intake.choose.none')}
      >
        {(list) => {
          const chosen = wanted ? list.find((i) => i.code === wanted) : undefined;
          const shown = filterItems(list, search, lang);
          return (
            <>
              {wanted && !chosen && <Notice tone="error">{t('intake.choose.notOffered', { township: placeName(township, lang) })}</Notice>}
              {chosen && (
                <div class="apply__chosen" data-testid="chosen-item">
                  <h2>{t('intake.choose.chosen')}</h2>
                  <ItemRow item={chosen} onStart={(item) => void start(item)} t={t} lang={lang} primary />
                </div>
              )}
              <h2 id="choose-list-title">{t(chosen ? 'intake.choose.others' : 'intake.choose.listTitle')}</h2>
              <TextField
                id="choose-search"
                label={t('intake.choose.search')}
                hint={t('intake.choose.searchHint')}
                type="search"
                value={search}
                onValue={setSearch}
              />
              <p class="muted" role="status">
                {t('intake.choose.count', { count: shown.length })}
              </p>
              <ul class="apply__items" aria-labelledby="choose-list-title" data-testid="item-list">
                {shown.map((item) => (
                  <li key={item.code}>
                    <ItemRow item={item} onStart={(item) => void start(item)} t={t} lang={lang} />
                  </li>
                ))}
              </ul>
            </>
          );
        }}
      </AsyncState>
    </StepPage>
  );
}

// The county's townships as the catalogue lists them; the demo county's until (or unless) it answers.
const FALLBACK_TOWNSHIPS = DEMO_TOWNSHIPS.map((tw) => tw.id);

function ItemRow(props: { item: OfferedItem; onStart(item: OfferedItem): void; t: Translate; lang: 'zh-CN' | 'en'; primary?: boolean }) {
  const { item, t, lang } = props;
  const name = pickText(item.name, lang);
  const facts = [
    item.caseType === 'on_the_spot' ? t('guide.onTheSpot') : t('guide.promised', { days: item.promisedLimitDays }),
    item.feeFen === 0 ? t('guide.free') : t('guide.fee', { yuan: (item.feeFen / 100).toFixed(2) }),
  ];
  return (
    <div class="apply__item" data-code={item.code}>
      <div class="apply__item-text">
        <span class="apply__item-name">{name}</span>
        <span class="muted">{facts.join(' · ')}</span>
      </div>
      <Button variant={props.primary ? 'primary' : 'secondary'} onClick={() => props.onStart(item)}>
        {t('intake.choose.start')}
        <span class="visually-hidden">{t('intake.choose.startFor', { item: name })}</span>
      </Button>
    </div>
  );
}

/** The one catalogue search (code, names, keywords, pinyin and initials stored by the server), ranked. */
export function filterItems(items: readonly OfferedItem[], search: string, _lang: 'zh-CN' | 'en'): OfferedItem[] {
  return searchItems(items, search);
}

/** The saved draft of one item and township, from the server or this device, as a list entry. */
async function savedEntry(ownerId: string, key: { itemCode: string; townshipId: string }): Promise<DraftEntry | undefined> {
  let server: DraftSummary[] = [];
  try {
    const found = await getServerDraft(api, key.itemCode, key.townshipId);
    server = [found];
  } catch {
    // None there (404), or not reachable: this device's copy still counts.
  }
  const here = deviceDraft({ ownerId, ...key });
  return mergeDraftLists(server, here ? [here] : []).entries[0];
}
