import { useLocation } from 'preact-iso';
import { getCountyDashboard } from '../../api/dashboard.js';
import { useAsync } from '../../api/use-async.js';
import { ActionLink } from '../../components/ActionLink/ActionLink.js';
import { AsyncState } from '../../components/AsyncState/AsyncState.js';
import { Panel } from '../../components/Panel/Panel.js';
import { WorkspaceShell } from '../../components/WorkspaceShell/WorkspaceShell.js';
import { formatLocalDate } from '../../i18n/dates.js';
import { useI18n } from '../../i18n/i18n.js';
import { api } from '../../services.js';
import { countyNav, useCanEdit } from './CountyFrame.js';
import { COUNTY_CALENDAR_PATH, COUNTY_CATALOGUE_PATH } from './county-pages.js';
import { DepartmentsPanel } from './dashboard/DepartmentsPanel.js';
import { FiguresTable } from './dashboard/FiguresTable.js';
import { KpiPanel } from './dashboard/KpiPanel.js';
import { nameIn } from './dashboard/names.js';
import { NowPanel } from './dashboard/NowPanel.js';
import { PeriodForm } from './dashboard/PeriodForm.js';
import { periodOf } from './dashboard/period.js';
import { RatingsPanel } from './dashboard/RatingsPanel.js';
import { TrendPanel } from './dashboard/TrendPanel.js';
import './dashboard/dashboard.css';

/**
 * The county's 电子监察: open cases by card per township now (with drill-down to the cases), the
 * period's figures per township, office and item, ratings, forwarded items and the monthly trend,
 * every table exportable as CSV; then the catalogue and the calendar.
 */
export function CountyDashboard() {
  const { t, lang } = useI18n();
  const canEdit = useCanEdit();
  const { query, route, path } = useLocation();
  const period = periodOf(query);
  const state = useAsync((signal) => getCountyDashboard(api, period, signal), [period.from, period.to]);
  const setPeriod = (next: { from: string; to: string }) => route(`${path}?from=${next.from}&to=${next.to}`, true);
  return (
    <WorkspaceShell
      workspace="county"
      title={t('dashboard.title')}
      nav={[
        { href: '#cards', label: t('dashboard.now.title') },
        { href: '#figures', label: t('dashboard.kpi.title') },
        { href: '#townships', label: t('dashboard.townships.title') },
        ...countyNav(t),
      ]}
    >
      <div class="panel--wide dashboard-period">
        <p class="lead">{t('dashboard.lead')}</p>
        <PeriodForm key={`${period.from}/${period.to}`} period={period} onPeriod={setPeriod} />
        <p data-testid="period-shown">{t('dashboard.period.shown', { from: formatLocalDate(period.from, lang), to: formatLocalDate(period.to, lang) })}</p>
      </div>
      <div class="dashboard-main">
        <AsyncState state={state} loadingText={t('dashboard.loading')} errorTitle={t('dashboard.error')}>
          {(data) => (
            <div class="panel-grid">
              <Panel id="cards" title={t('dashboard.now.title')} wide>
                <NowPanel data={data} />
              </Panel>
              <Panel id="figures" title={t('dashboard.kpi.title')} wide>
                <KpiPanel figures={data.county} />
              </Panel>
              <Panel id="trend" title={t('dashboard.trend.title')}>
                <TrendPanel trend={data.trend} />
              </Panel>
              <Panel id="ratings" title={t('dashboard.ratings.title')}>
                <RatingsPanel figures={data.county} />
              </Panel>
              <Panel id="townships" title={t('dashboard.townships.title')} wide>
                <FiguresTable
                  id="townships-table"
                  caption={t('dashboard.townships.title')}
                  firstColumn="dashboard.col.township"
                  rows={data.byTownship.map((r) => ({ id: r.townshipId, label: nameIn(data.names.townships, r.townshipId, lang), figures: r }))}
                  total={data.county}
                  fileName={`townships-${period.from}-${period.to}.csv`}
                />
              </Panel>
              <Panel id="offices" title={t('dashboard.offices.title')} wide>
                <FiguresTable
                  id="offices-table"
                  caption={t('dashboard.offices.title')}
                  firstColumn="dashboard.col.office"
                  rows={data.byOffice.map((r) => ({ id: r.officeId, label: nameIn(data.names.offices, r.officeId, lang), figures: r }))}
                  fileName={`offices-${period.from}-${period.to}.csv`}
                />
              </Panel>
              <Panel id="items" title={t('dashboard.items.title')} wide>
                <FiguresTable
                  id="items-table"
                  caption={t('dashboard.items.title')}
                  firstColumn="dashboard.col.item"
                  rows={data.byItem.map((r) => ({ id: r.itemCode, label: nameIn(data.names.items, r.itemCode, lang), figures: r }))}
                  fileName={`items-${period.from}-${period.to}.csv`}
                />
              </Panel>
              <Panel id="departments" title={t('dashboard.departments.title')} wide>
                <DepartmentsPanel data={data} />
              </Panel>
            </div>
          )}
        </AsyncState>
      </div>
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
