import { useLocation } from 'preact-iso';
import { resolveVersion } from '../../../../../functions/core/catalogue/resolve-version.js';
import { ApiError } from '../../../api/api-error.js';
import { listTownships } from '../../../api/catalogue.js';
import { listItemVersions } from '../../../api/catalogue-admin.js';
import { getItem, listOffices } from '../../../api/catalogue-item.js';
import { pickText } from '../../../api/localized.js';
import { useAsync } from '../../../api/use-async.js';
import { AsyncState } from '../../../components/AsyncState/AsyncState.js';
import { ButtonLink } from '../../../components/Button/Button.js';
import { Notice } from '../../../components/Notice/Notice.js';
import { chinaToday, formatLocalDate } from '../../../i18n/dates.js';
import { useI18n } from '../../../i18n/i18n.js';
import { api } from '../../../services.js';
import { COUNTY_CATALOGUE_PATH } from '../county-pages.js';
import { CountyFrame, useCanEdit } from '../CountyFrame.js';
import { useKeptData } from '../use-kept-data.js';
import { ItemContentView } from './ItemContentView.js';
import { OfferingsPanel } from './OfferingsPanel.js';
import { VersionHistory } from './VersionHistory.js';

async function load(code: string, version: number | undefined, signal: AbortSignal) {
  const item = await getItem(api, code, version !== undefined ? { version } : {}, signal).catch((error: unknown) => {
    // Not in force yet (a new item effective later): show its latest version.
    if (version === undefined && error instanceof ApiError && error.code === 'CATALOGUE_VERSION_NOT_FOUND') {
      return getItem(api, code, { at: '2100-12-31' }, signal);
    }
    throw error;
  });
  const [versions, townships, offices] = await Promise.all([
    listItemVersions(api, code, signal),
    listTownships(api, signal),
    listOffices(api, signal).catch(() => []),
  ]);
  return { detail: item, versions, townships, offices };
}

/**
 * One item for the county: the version shown (any version can be opened), its history, and
 * where it is offered; administrators edit it (a new version) and change its offerings.
 */
export function ItemAdminPage(props: { code: string }) {
  const { t, lang } = useI18n();
  const { query } = useLocation();
  const canEdit = useCanEdit();
  const asked = /^\d+$/.test(query.version ?? '') ? Number(query.version) : undefined;
  const saved = /^\d+$/.test(query.saved ?? '') ? Number(query.saved) : undefined;
  const state = useAsync((signal) => load(props.code, asked, signal), [props.code, asked]);
  const ready = useKeptData(state, `${props.code}:${asked ?? ''}`);
  const item = ready?.detail.item;

  return (
    <CountyFrame
      current={COUNTY_CATALOGUE_PATH}
      title={item ? pickText(item.name, lang) : t('catalogue.item.titleLoading')}
      {...(item ? { caption: t('guide.item.caption', { code: item.code }) } : {})}
      back={{ href: COUNTY_CATALOGUE_PATH, label: t('catalogue.backToList') }}
      testId="catalogue-admin-item"
    >
      {state.status === 'error' || !ready || !item ? (
        <AsyncState state={state} loadingText={t('catalogue.item.loading')} errorTitle={t('catalogue.item.error')}>
          {() => null}
        </AsyncState>
      ) : (
        (() => {
          const inForce = resolveVersion(ready.versions, chinaToday())?.version;
          const latest = ready.detail.latestVersion;
          return (
            <>
              {saved !== undefined && (
                <Notice tone="success" title={t('catalogue.item.savedTitle')}>
                  <p data-testid="item-saved">{t('catalogue.item.saved', { version: saved })}</p>
                </Notice>
              )}
              <p class="lead" data-testid="item-shown-version">
                {t('catalogue.item.showing', { version: item.version, date: formatLocalDate(item.effectiveFrom, lang) })}
                {inForce !== undefined && item.version !== inForce && ` ${t('catalogue.item.inForceIs', { version: inForce })}`}
              </p>
              <div class="admin-actions">
                {canEdit && (
                  <ButtonLink href={`${COUNTY_CATALOGUE_PATH}/${encodeURIComponent(item.code)}/edit`}>
                    {t('catalogue.item.edit', { next: latest + 1 })}
                  </ButtonLink>
                )}
                <a href={`/guide/${encodeURIComponent(item.code)}`}>{t('catalogue.item.publicPage')}</a>
              </div>

              <section class="admin-section" aria-labelledby="history-title">
                <h2 id="history-title">{t('catalogue.history.title', { count: ready.versions.length })}</h2>
                <VersionHistory code={item.code} versions={ready.versions} shown={item.version} {...(inForce !== undefined ? { inForce } : {})} />
              </section>

              <section class="admin-section" aria-labelledby="offerings-title">
                <h2 id="offerings-title">{t('catalogue.offerings.title')}</h2>
                <OfferingsPanel
                  code={item.code}
                  offerings={ready.detail.offerings}
                  townships={ready.townships}
                  at={ready.detail.at}
                  canEdit={canEdit}
                  onChanged={state.reload}
                />
              </section>

              <section class="admin-section" aria-labelledby="content-title">
                <h2 id="content-title">{t('catalogue.item.content', { version: item.version })}</h2>
                <ItemContentView item={item} offices={ready.offices} townships={ready.townships} />
              </section>
            </>
          );
        })()
      )}
    </CountyFrame>
  );
}
