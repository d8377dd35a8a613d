import { listCatalogueItems } from '../../api/catalogue.js';
import { pickText } from '../../api/localized.js';
import { useAsync } from '../../api/use-async.js';
import { AsyncState } from '../../components/AsyncState/AsyncState.js';
import { Page, PageTitle } from '../../components/Page/Page.js';
import { useI18n } from '../../i18n/i18n.js';
import { api } from '../../services.js';
import './guide.css';

/** The public list of service items (事项清单), as the catalogue API serves it. */
export function GuidePage() {
  const { t, lang } = useI18n();
  const items = useAsync((signal) => listCatalogueItems(api, signal), [lang]);
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
        {(list) => (
          <>
            <p class="muted">{t('guide.count', { count: list.length })}</p>
            <ul class="guide__list" data-testid="guide-list">
              {list.map((item) => (
                <li key={item.code} class="guide__item">
                  <span class="guide__name">{pickText(item.name, lang)}</span>
                  <span class="guide__meta">
                    {t('guide.item.code')}: {item.code}
                    {item.category && (
                      <>
                        {' · '}
                        {t('guide.item.category')}: {pickText(item.category, lang)}
                      </>
                    )}
                  </span>
                </li>
              ))}
            </ul>
          </>
        )}
      </AsyncState>
    </Page>
  );
}
