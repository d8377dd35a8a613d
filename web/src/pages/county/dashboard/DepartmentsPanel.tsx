import type { CountyDashboardData } from '../../../api/dashboard.js';
import { CsvButton } from '../../../components/CsvButton/CsvButton.js';
import { useI18n } from '../../../i18n/i18n.js';
import { count, percent } from './format.js';
import { nameIn } from './names.js';
import { TableRegion } from './TableRegion.js';

/** 乡呼县应: county departments deciding forwarded items — how many, how fast, how many on time. */
export function DepartmentsPanel(props: { data: CountyDashboardData }) {
  const { t, lang } = useI18n();
  const rows = props.data.departments.map((d) => ({ ...d, label: nameIn(props.data.names.offices, d.officeId, lang) }));
  const days = (n: number | null) => (n === null ? t('dashboard.none') : count(n, lang));
  return (
    <>
      <p>{t('dashboard.departments.lead')}</p>
      {rows.length === 0 ? (
        <p data-testid="departments-empty">{t('dashboard.departments.empty')}</p>
      ) : (
        <>
          <TableRegion label={t('dashboard.departments.title')}>
            <table class="data-table figures-table" data-testid="departments-table">
              <caption class="visually-hidden">{t('dashboard.departments.title')}</caption>
              <thead>
                <tr>
                  <th scope="col">{t('dashboard.col.department')}</th>
                  <th scope="col" class="num">
                    {t('dashboard.col.decided')}
                  </th>
                  <th scope="col" class="num">
                    {t('dashboard.col.onTimePromised')}
                  </th>
                  <th scope="col" class="num">
                    {t('dashboard.col.turnaround')}
                  </th>
                  <th scope="col" class="num">
                    {t('dashboard.col.p90')}
                  </th>
                </tr>
              </thead>
              <tbody>
                {rows.map((d) => (
                  <tr key={d.officeId}>
                    <th scope="row">{d.label}</th>
                    <td class="num">{count(d.decided, lang)}</td>
                    <td class="num">{percent(d.onTimeRate, lang)}</td>
                    <td class="num">{days(d.turnaround.median)}</td>
                    <td class="num">{days(d.turnaround.p90)}</td>
                  </tr>
                ))}
              </tbody>
            </table>
          </TableRegion>
          <CsvButton
            id="departments-csv"
            label={t('dashboard.csv')}
            fileName="county-departments.csv"
            header={() => [
              t('dashboard.col.department'),
              t('dashboard.col.decided'),
              t('dashboard.col.onTimePromised'),
              t('dashboard.col.turnaround'),
              t('dashboard.col.p90'),
            ]}
            rows={() =>
              rows.map((d) => [d.label, d.decided, d.onTimeRate === null ? '' : Math.round(d.onTimeRate * 1000) / 10, d.turnaround.median, d.turnaround.p90])
            }
          />
        </>
      )}
    </>
  );
}
