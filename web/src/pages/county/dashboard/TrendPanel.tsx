import type { CountyDashboardData } from '../../../api/dashboard.js';
import { CsvButton } from '../../../components/CsvButton/CsvButton.js';
import { useI18n } from '../../../i18n/i18n.js';
import { MonthBars } from './charts.js';
import { count, percent } from './format.js';
import { TableRegion } from './TableRegion.js';

/** Month by month: received and completed as bars, with the table (and its CSV) one click away. */
export function TrendPanel(props: { trend: CountyDashboardData['trend'] }) {
  const { t, lang } = useI18n();
  if (props.trend.length === 0) return <p data-testid="trend-empty">{t('dashboard.table.empty')}</p>;
  return (
    <>
      <MonthBars
        label={t('dashboard.trend.chartLabel')}
        months={props.trend.map((m) => ({
          month: m.month,
          values: [
            { key: 'received', label: t('dashboard.trend.received'), value: m.received, tone: 'chart__bar--received' },
            { key: 'completed', label: t('dashboard.trend.completed'), value: m.completed, tone: 'chart__bar--completed' },
          ],
        }))}
      />
      <details class="chart-table">
        <summary>{t('dashboard.chart.asTable')}</summary>
        <TableRegion label={t('dashboard.trend.caption')}>
          <table class="data-table figures-table" data-testid="trend-table">
            <caption class="visually-hidden">{t('dashboard.trend.caption')}</caption>
            <thead>
              <tr>
                <th scope="col">{t('dashboard.col.month')}</th>
                <th scope="col" class="num">
                  {t('dashboard.trend.received')}
                </th>
                <th scope="col" class="num">
                  {t('dashboard.trend.completed')}
                </th>
                <th scope="col" class="num">
                  {t('dashboard.trend.onTime')}
                </th>
              </tr>
            </thead>
            <tbody>
              {props.trend.map((m) => (
                <tr key={m.month}>
                  <th scope="row">{m.month}</th>
                  <td class="num">{count(m.received, lang)}</td>
                  <td class="num">{count(m.completed, lang)}</td>
                  <td class="num">{percent(m.onTimeRate, lang)}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </TableRegion>
      </details>
      <CsvButton
        id="trend-csv"
        label={t('dashboard.csv')}
        fileName="monthly-trend.csv"
        header={() => [t('dashboard.col.month'), t('dashboard.trend.received'), t('dashboard.trend.completed'), t('dashboard.trend.onTime')]}
        rows={() => props.trend.map((m) => [m.month, m.received, m.completed, m.onTimeRate === null ? '' : Math.round(m.onTimeRate * 1000) / 10])}
      />
    </>
  );
}
