import { useLocation } from 'preact-iso';
import { listTownships } from '../../api/catalogue.js';
import { getItem, listOffices } from '../../api/catalogue-item.js';
import { pickText } from '../../api/localized.js';
import { useAsync } from '../../api/use-async.js';
import { BackLink } from '../../components/BackLink/BackLink.js';
import { AsyncState } from '../../components/AsyncState/AsyncState.js';
import { Page, PageTitle } from '../../components/Page/Page.js';
import { chinaToday } from '../../i18n/dates.js';
import { useI18n } from '../../i18n/i18n.js';
import { api } from '../../services.js';
import { ItemBody } from './item/ItemBody.js';
import './item-page.css';
// The strings this page's code speaks, beyond core (i18n/message-store.ts); they come with this chunk.
import '../../i18n/messages/catalogue.js';

/**
 * One service item, for a resident deciding whether and how to apply and for a generalist clerk
 * at the window: who handles it, time limits and the due date if accepted today, conditions,
 * materials (and exactly which for one's situation), legal basis, result, and where it is offered.
 */
export function ItemPage(props: { code?: string }) {
  const { t, lang } = useI18n();
  const { query, route } = useLocation();
  const code = (props.code ?? '').toUpperCase();
  const township = query.township ?? '';
  const today = chinaToday();
  const state = useAsync(
    async (signal) => {
      const [detail, townships, offices] = await Promise.all([
        getItem(api, code, {}, signal),
        listTownships(api, signal),
        listOffices(api, signal).catch(() => []),
      ]);
      return { detail, townships, offices };
    },
    // The catalogue's texts come in both languages: switching language needs no new request.
    [code],
  );
  // One h1 throughout, its text filled in when the item arrives: focus put on it after navigation stays.
  const ready = state.status === 'ready' ? state.data : undefined;
  const chooseTownship = (id: string) => route(`/guide/${encodeURIComponent(code)}${id ? `?township=${encodeURIComponent(id)}` : ''}`, true);

  return (
    <Page>
      <BackLink href="/guide">{t('guide.item.back')}</BackLink>
      <PageTitle {...(ready ? { caption: t('guide.item.caption', { code: ready.detail.item.code }) } : {})}>
        {ready ? pickText(ready.detail.item.name, lang) : t('guide.item.titleLoading')}
      </PageTitle>
      {ready ? (
        <ItemBody {...ready} township={township} today={today} onTownship={chooseTownship} />
      ) : (
        <AsyncState state={state} loadingText={t('guide.item.loading')} errorTitle={t('guide.item.errorTitle')}>
          {() => null}
        </AsyncState>
      )}
    </Page>
  );
}
