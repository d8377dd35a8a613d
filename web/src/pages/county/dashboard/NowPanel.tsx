import type { CountyDashboardData, DashboardCard } from '../../../api/dashboard.js';
import { CsvButton } from '../../../components/CsvButton/CsvButton.js';
import { useI18n } from '../../../i18n/i18n.js';
import type { MessageKey } from '../../../i18n/messages/index.js';
import { countyOpenCasesPath } from '../county-pages.js';
import { StackedBars } from './charts.js';
import { count } from './format.js';
import { nameIn } from './names.js';
import { TableRegion } from './TableRegion.js';

type Open = CountyDashboardData['county']['open'];
const CARD_COLUMNS: { card: DashboardCard; key: MessageKey }[] = [
  { card: 'legal_breach', key: 'dashboard.col.legal_breach' },
  { card: 'red', key: 'dashboard.col.red' },
  { card: 'yellow', key: 'dashboard.col.yellow' },
  { card: 'none', key: 'dashboard.col.none' },
];
const OTHER_COLUMNS: { key: MessageKey; value: (o: Open) => number }[] = [
  { key: 'dashboard.col.suspended', value: (o) => o.suspended },
  { key: 'dashboard.col.pending', value: (o) => o.pending },
  { key: 'dashboard.col.awaitingDelivery', value: (o) => o.awaitingDelivery },
];

/**
 * 红黄牌 now, per township: "where is it late" first. Each card count links to the cases behind
 * it; the bars repeat the table, which is the source (and what the CSV holds).
 */
export function NowPanel(props: { data: CountyDashboardData }) {
  const { t, lang } = useI18n();
  const rows = props.data.byTownship.map((r) => ({ id: r.townshipId, label: nameIn(props.data.names.townships, r.townshipId, lang), open: r.open }));
  const total = props.data.county.open;
  const cell = (townshipId: string | undefined, card: DashboardCard, n: number, label: string) =>
    n > 0 ? (
      <a href={countyOpenCasesPath({ ...(townshipId ? { townshipId } : {}), card })} aria-label={t('dashboard.drill', { count: n, what: label })}>
        {count(n, lang)}
      </a>
    ) : (
      count(n, lang)
    );
  if (total.total + total.pending + total.awaitingDelivery === 0) return <p data-testid="now-empty">{t('dashboard.now.empty')}</p>;
  return (
    <>
      <p>{t('dashboard.now.lead')}</p>
      <StackedBars
        testId="cards-chart"
        label={t('dashboard.chart.barsLabel')}
        rows={rows.map((r) => ({
          label: r.label,
          segments: CARD_COLUMNS.map((c) => ({ key: c.card, label: t(c.key), value: r.open[c.card], tone: `chart__bar--${c.card}` })),
        }))}
      />
      <TableRegion label={t('dashboard.now.caption')}>
        <table class="data-table figures-table" data-testid="cards-table">
          <caption class="visually-hidden">{t('dashboard.now.caption')}</caption>
          <thead>
            <tr>
              <th scope="col">{t('dashboard.col.township')}</th>
              <th scope="col" class="num">
                {t('dashboard.col.open')}
              </th>
              {CARD_COLUMNS.map((c) => (
                <th scope="col" class="num" key={c.card}>
                  {t(c.key)}
                </th>
              ))}
              {OTHER_COLUMNS.map((c) => (
                <th scope="col" class="num" key={c.key}>
                  {t(c.key)}
                </th>
              ))}
            </tr>
          </thead>
          <tbody>
            {rows.map((r) => (
              <tr key={r.id} data-township={r.id}>
                <th scope="row">{r.label}</th>
                <td class="num">{count(r.open.total, lang)}</td>
                {CARD_COLUMNS.map((c) => (
                  <td class="num" key={c.card} data-card={c.card}>
                    {cell(r.id, c.card, r.open[c.card], `${r.label} · ${t(c.key)}`)}
                  </td>
                ))}
                {OTHER_COLUMNS.map((c) => (
                  <td class="num" key={c.key}>
                    {count(c.value(r.open), lang)}
                  </td>
                ))}
              </tr>
            ))}
          </tbody>
          <tfoot>
            <tr>
              <th scope="row">{t('dashboard.total')}</th>
              <td class="num">{count(total.total, lang)}</td>
              {CARD_COLUMNS.map((c) => (
                <td class="num" key={c.card}>
                  {cell(undefined, c.card, total[c.card], `${t('dashboard.total')} · ${t(c.key)}`)}
                </td>
              ))}
              {OTHER_COLUMNS.map((c) => (
                <td class="num" key={c.key}>
                  {count(c.value(total), lang)}
                </td>
              ))}
            </tr>
          </tfoot>
        </table>
      </TableRegion>
      <CsvButton
        id="cards-csv"
        label={t('dashboard.csv')}
        fileName="open-cases-by-card.csv"
        header={() => [t('dashboard.col.township'), t('dashboard.col.open'), ...CARD_COLUMNS.map((c) => t(c.key)), ...OTHER_COLUMNS.map((c) => t(c.key))]}
        rows={() =>
          [...rows, { id: '', label: t('dashboard.total'), open: total }].map((r) => [
            r.label,
            r.open.total,
            ...CARD_COLUMNS.map((c) => r.open[c.card]),
            ...OTHER_COLUMNS.map((c) => c.value(r.open)),
          ])
        }
      />
    </>
  );
}
