import { useLocation } from 'preact-iso';
import { useState } from 'preact/hooks';
import { listTownships, type TownshipSummary } from '../../../api/catalogue.js';
import { pickText } from '../../../api/localized.js';
import { DASHBOARD_CARDS, type DashboardCard, getCountyOpenCases } from '../../../api/dashboard.js';
import { useAsync } from '../../../api/use-async.js';
import { AsyncState } from '../../../components/AsyncState/AsyncState.js';
import { Button } from '../../../components/Button/Button.js';
import { CsvButton } from '../../../components/CsvButton/CsvButton.js';
import { SelectField } from '../../../components/SelectField/SelectField.js';
import { formatLocalDate } from '../../../i18n/dates.js';
import { useI18n } from '../../../i18n/i18n.js';
import { api } from '../../../services.js';
import { CardTag } from '../../office/queue/CardTag.js';
import { CountyFrame } from '../CountyFrame.js';
import { COUNTY_OPEN_CASES_PATH, countyCasePath, countyOpenCasesPath } from '../county-pages.js';
import { TableRegion } from './TableRegion.js';
import './dashboard.css';

const isCard = (value: string | undefined): value is DashboardCard => (DASHBOARD_CARDS as readonly string[]).includes(value ?? '');

/** The drill-down: the open cases behind a card count, tightest first, masked; each opens the county's case page. */
export function OpenCasesPage() {
  const { t, lang } = useI18n();
  const { query, route } = useLocation();
  const townshipId = query.townshipId || undefined;
  const card = isCard(query.card) ? query.card : undefined;
  const [chosenTownship, setChosenTownship] = useState(townshipId ?? '');
  const [chosenCard, setChosenCard] = useState<string>(card ?? '');
  const state = useAsync(
    async (signal) => {
      const [townships, cases] = await Promise.all([
        listTownships(api, signal),
        getCountyOpenCases(api, { ...(townshipId ? { townshipId } : {}), ...(card ? { card } : {}) }, signal),
      ]);
      return { townships, cases };
    },
    [townshipId, card],
  );
  const apply = (event: Event) => {
    event.preventDefault();
    route(countyOpenCasesPath({ ...(chosenTownship ? { townshipId: chosenTownship } : {}), ...(chosenCard ? { card: chosenCard } : {}) }), true);
  };
  const townshipName = (id: string, townships: TownshipSummary[]) => pickText(townships.find((tw) => tw.id === id)?.name, lang) || id;
  const days = (e: { workingDaysLeft?: number; workingDaysOverdue?: number; suspended?: boolean }) =>
    e.suspended
      ? t('drill.days.suspended')
      : (e.workingDaysOverdue ?? 0) > 0
        ? t('drill.days.over', { n: e.workingDaysOverdue ?? 0 })
        : t('drill.days.left', { n: e.workingDaysLeft ?? 0 });

  return (
    <CountyFrame current={COUNTY_OPEN_CASES_PATH} title={t('drill.title')} testId="open-cases-page" back={{ href: '/county', label: t('drill.back') }}>
      <p class="lead">{t('drill.lead')}</p>
      <AsyncState state={state} loadingText={t('drill.loading')} errorTitle={t('drill.error')}>
        {({ townships, cases }) => (
          <>
            <form class="drill-filter" onSubmit={apply} aria-label={t('drill.filter.legend')}>
              <SelectField
                id="drill-township"
                label={t('drill.filter.township')}
                value={chosenTownship}
                onValue={setChosenTownship}
                options={[{ value: '', label: t('drill.filter.all') }, ...townships.map((tw) => ({ value: tw.id, label: pickText(tw.name, lang) }))]}
              />
              <SelectField
                id="drill-card"
                label={t('drill.filter.card')}
                value={chosenCard}
                onValue={setChosenCard}
                options={[{ value: '', label: t('drill.filter.all') }, ...DASHBOARD_CARDS.map((c) => ({ value: c, label: t(`office.card.${c}`) }))]}
              />
              <Button type="submit" variant="secondary">
                {t('drill.filter.apply')}
              </Button>
            </form>
            <p data-testid="drill-count">{t('drill.count', { total: cases.total })}</p>
            {cases.items.length === 0 ? (
              <p data-testid="drill-empty">{t('drill.empty')}</p>
            ) : (
              <>
                <TableRegion label={t('drill.caption')}>
                  <table class="data-table figures-table" data-testid="drill-table">
                    <caption class="visually-hidden">{t('drill.caption')}</caption>
                    <thead>
                      <tr>
                        <th scope="col">{t('drill.col.case')}</th>
                        <th scope="col">{t('dashboard.col.township')}</th>
                        <th scope="col">{t('drill.col.item')}</th>
                        <th scope="col">{t('drill.col.applicant')}</th>
                        <th scope="col">{t('drill.col.card')}</th>
                        <th scope="col">{t('drill.col.due')}</th>
                        <th scope="col">{t('drill.col.days')}</th>
                      </tr>
                    </thead>
                    <tbody>
                      {cases.items.map((e) => (
                        <tr key={e.caseId} data-testid="drill-row" data-case-id={e.caseId} data-card={e.card}>
                          <th scope="row">
                            <a href={countyCasePath(e.caseId)}>{e.caseNumber}</a>
                          </th>
                          <td>{townshipName(e.townshipId, townships)}</td>
                          <td>{e.itemName?.[lang] ?? e.itemCode}</td>
                          <td>{e.applicant.name}</td>
                          <td>
                            <CardTag card={e.card} />
                          </td>
                          <td class="nowrap">
                            {e.dueDates ? `${formatLocalDate(e.dueDates.promised, lang)} / ${formatLocalDate(e.dueDates.legal, lang)}` : t('dashboard.none')}
                          </td>
                          <td>{days(e)}</td>
                        </tr>
                      ))}
                    </tbody>
                  </table>
                </TableRegion>
                <CsvButton
                  id="drill-csv"
                  label={t('dashboard.csv')}
                  fileName="open-cases.csv"
                  header={() => [
                    t('drill.col.case'),
                    t('dashboard.col.township'),
                    t('drill.col.item'),
                    t('drill.col.applicant'),
                    t('drill.col.card'),
                    t('drill.col.due'),
                    t('drill.col.days'),
                  ]}
                  rows={() =>
                    cases.items.map((e) => [
                      e.caseNumber,
                      townshipName(e.townshipId, townships),
                      e.itemName?.[lang] ?? e.itemCode,
                      e.applicant.name,
                      t(`office.card.${e.card}`),
                      e.dueDates ? `${e.dueDates.promised} / ${e.dueDates.legal}` : '',
                      days(e),
                    ])
                  }
                />
              </>
            )}
          </>
        )}
      </AsyncState>
    </CountyFrame>
  );
}
