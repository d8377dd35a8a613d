import { useState } from 'preact/hooks';
import { searchItems } from '../../../../functions/core/catalogue/item-search.js';
import { listCatalogueItems, type CatalogueItemSummary } from '../../api/catalogue.js';
import { pickText } from '../../api/localized.js';
import { useAsync } from '../../api/use-async.js';
import { AsyncState } from '../../components/AsyncState/AsyncState.js';
import { TextField } from '../../components/TextField/TextField.js';
import { Page, PageTitle } from '../../components/Page/Page.js';
import { useI18n, type Translate } from '../../i18n/i18n.js';
import { api } from '../../services.js';
import { useSession } from '../../session/use-session.js';
import { residentPaths } from '../resident/resident-paths.js';
import './guide.css';
// The strings this page's code speaks, beyond core (i18n/message-store.ts); they come with this chunk.
import '../../i18n/messages/intake.js';

/** The public list of service items (事项清单) in force today, as the catalogue serves it. */
export function GuidePage() {
  const { t, lang } = useI18n();
  const items = useAsync((signal) => listCatalogueItems(api, signal), [lang]);
  // A signed-in resident or village proxy can start an application from the item itself.
  const { session } = useSession();
  const canApply = session?.user.workspace === 'resident';
  const [query, setQuery] = useState('');
  return (
    <Page>
      <PageTitle>{t('guide.title')}</PageTitle>
      <p class="lead">{t('guide.lead')}</p>
      <AsyncState
        state={items}
        loadingText={t('guide.loading')}
        errorTitle={t('guide.errorTitle')}
        isEmpty={(list) => list.length === 0}
        emptyText={t('guide.empty')}
      >
        {(all) => {
          const list = searchItems(all, query);
          return (
            <>
              <div role="search" class="guide__search" onKeyDown={moveThroughResults}>
                <TextField id="guide-search" label={t('guide.search')} hint={t('guide.searchHint')} type="search" value={query} onValue={setQuery} />
              </div>
              <p class="muted" role="status">
                {query.trim() ? t('guide.matches', { count: list.length }) : t('guide.count', { count: list.length })}
              </p>
              {list.length === 0 && <p data-testid="guide-no-match">{t('guide.noMatch')}</p>}
              <ul class="guide__list" data-testid="guide-list" onKeyDown={moveThroughResults}>
                {list.map((item) => (
                  <li key={item.code} class="guide__item">
                    <a class="guide__name" href={`/guide/${encodeURIComponent(item.code)}`}>
                      {pickText(item.name, lang)}
                    </a>
                    <span class="guide__facts">{facts(item, t).join(' · ')}</span>
                    <span class="guide__code">
                      {t('guide.item.code')}: {item.code}
                    </span>
                    {canApply && (
                      <a class="guide__apply" href={residentPaths.choose({ item: item.code })}>
                        {t('intake.guide.apply')}
                        <span class="visually-hidden">{t('intake.choose.startFor', { item: pickText(item.name, lang) })}</span>
                      </a>
                    )}
                  </li>
                ))}
              </ul>
            </>
          );
        }}
      </AsyncState>
    </Page>
  );
}

/** Arrow keys from the search box into the results and between them (Tab works as well). */
function moveThroughResults(event: KeyboardEvent) {
  if (event.key !== 'ArrowDown' && event.key !== 'ArrowUp') return;
  const links = [...document.querySelectorAll<HTMLAnchorElement>('[data-testid="guide-list"] .guide__name')];
  if (links.length === 0) return;
  const at = links.indexOf(document.activeElement as HTMLAnchorElement);
  event.preventDefault();
  if (event.key === 'ArrowUp' && at <= 0) {
    document.getElementById('guide-search')?.focus();
    return;
  }
  const next = event.key === 'ArrowDown' ? Math.min(at + 1, links.length - 1) : at - 1;
  links[next]?.focus();
}

// What a resident wants to know first: what kind of matter, how long, what it costs.
function facts(item: CatalogueItemSummary, t: Translate): string[] {
  const out: string[] = [];
  if (item.category) out.push(t(`guide.category.${item.category}`));
  if (item.caseType === 'on_the_spot') out.push(t('guide.onTheSpot'));
  else if (item.promisedLimitDays !== undefined) out.push(t('guide.promised', { days: item.promisedLimitDays }));
  if (item.feeFen === 0) out.push(t('guide.free'));
  else if (item.feeFen !== undefined) out.push(t('guide.fee', { yuan: (item.feeFen / 100).toFixed(2) }));
  return out;
}
