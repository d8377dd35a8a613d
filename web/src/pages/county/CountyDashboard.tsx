import { ActionLink } from '../../components/ActionLink/ActionLink.js';
import { EmptyState } from '../../components/EmptyState/EmptyState.js';
import { Panel } from '../../components/Panel/Panel.js';
import { WorkspaceShell } from '../../components/WorkspaceShell/WorkspaceShell.js';
import { useI18n } from '../../i18n/i18n.js';
import { countyNav, useCanEdit } from './CountyFrame.js';
import { COUNTY_CALENDAR_PATH, COUNTY_CATALOGUE_PATH } from './county-pages.js';

/** County supervision: red and yellow cards across townships, supervision orders, the catalogue and the calendar. */
export function CountyDashboard() {
  const { t } = useI18n();
  const canEdit = useCanEdit();
  return (
    <WorkspaceShell
      workspace="county"
      title={t('county.title')}
      nav={[{ href: '#cards', label: t('county.cards.title') }, { href: '#orders', label: t('county.orders.title') }, ...countyNav(t)]}
    >
      <Panel id="cards" title={t('county.cards.title')} wide>
        <EmptyState>{t('county.cards.empty')}</EmptyState>
      </Panel>
      <Panel id="orders" title={t('county.orders.title')}>
        <EmptyState>{t('county.orders.empty')}</EmptyState>
      </Panel>
      <Panel id="catalogue" title={t('county.catalogue.title')}>
        <div class="stack">
          <ActionLink
            href={COUNTY_CATALOGUE_PATH}
            title={t('catalogue.nav')}
            hint={canEdit ? t('catalogue.dashboard.hintEdit') : t('catalogue.dashboard.hintRead')}
            testId="action-catalogue"
          />
          <ActionLink
            href={COUNTY_CALENDAR_PATH}
            title={t('calendar.nav')}
            hint={canEdit ? t('calendar.dashboard.hintEdit') : t('calendar.dashboard.hintRead')}
            testId="action-calendar"
          />
        </div>
      </Panel>
    </WorkspaceShell>
  );
}
