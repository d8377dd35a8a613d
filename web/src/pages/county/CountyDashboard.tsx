import { ActionLink } from '../../components/ActionLink/ActionLink.js';
import { Notice } from '../../components/Notice/Notice.js';
import { Panel } from '../../components/Panel/Panel.js';
import { WorkspaceShell } from '../../components/WorkspaceShell/WorkspaceShell.js';
import { useI18n } from '../../i18n/i18n.js';
import { countyNav, useCanEdit } from './CountyFrame.js';
import { COUNTY_CALENDAR_PATH, COUNTY_CATALOGUE_PATH } from './county-pages.js';

/**
 * The county workspace: the catalogue and the calendar. The cards overview and the supervision
 * orders panel are not built yet and say so (a notice, not an empty list that would read as "none").
 */
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
        <Notice announce={false}>{t('county.cards.notBuilt')}</Notice>
      </Panel>
      <Panel id="orders" title={t('county.orders.title')}>
        <Notice announce={false}>{t('county.orders.notBuilt')}</Notice>
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
