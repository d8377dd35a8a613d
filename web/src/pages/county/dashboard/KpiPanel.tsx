import type { Figures } from '../../../api/dashboard.js';
import { CsvButton } from '../../../components/CsvButton/CsvButton.js';
import { useI18n } from '../../../i18n/i18n.js';
import { count, percent, share } from './format.js';
import { TableRegion } from './TableRegion.js';

/** The period at a glance: intake, completion, the fair on-time rates, working days, channels. */
export function KpiPanel(props: { figures: Figures }) {
  const { t, lang } = useI18n();
  const f = props.figures;
  const days = (n: number | null) => (n === null ? t('dashboard.none') : t('dashboard.kpi.days', { n }));
  const tiles: { id: string; label: string; value: string; hint?: string }[] = [
    { id: 'received', label: t('dashboard.kpi.received'), value: count(f.received, lang) },
    { id: 'completed', label: t('dashboard.kpi.completed'), value: count(f.completed, lang) },
    { id: 'on-time-promised', label: t('dashboard.kpi.onTimePromised'), value: percent(f.onTimeRate.promised, lang), hint: t('dashboard.kpi.rateHint') },
    { id: 'on-time-legal', label: t('dashboard.kpi.onTimeLegal'), value: percent(f.onTimeRate.legal, lang), hint: t('dashboard.kpi.rateHint') },
    { id: 'median', label: t('dashboard.kpi.median'), value: days(f.workingDays.median) },
    { id: 'p90', label: t('dashboard.kpi.p90'), value: days(f.workingDays.p90) },
    { id: 'on-the-spot', label: t('dashboard.kpi.onTheSpot'), value: percent(share(f.onTheSpot, f.accepted), lang), hint: t('dashboard.kpi.ofAccepted') },
    { id: 'poor', label: t('dashboard.kpi.poorShare'), value: percent(f.ratings.poorShare, lang), hint: t('dashboard.kpi.ofRatings') },
  ];
  const channels = (['online', 'counter', 'proxy'] as const).map((c) => ({ c, n: f.channels[c] }));
  return (
    <>
      <dl class="kpi-grid" data-testid="kpis">
        {tiles.map((tile) => (
          <div class="kpi" key={tile.id} data-kpi={tile.id}>
            <dt>{tile.label}</dt>
            <dd class="kpi__value">{tile.value}</dd>
            {tile.hint && <dd class="kpi__hint">{tile.hint}</dd>}
          </div>
        ))}
      </dl>
      <h3>{t('dashboard.channels.title')}</h3>
      <TableRegion label={t('dashboard.channels.caption')}>
        <table class="data-table figures-table" data-testid="channels-table">
          <caption class="visually-hidden">{t('dashboard.channels.caption')}</caption>
          <thead>
            <tr>
              {channels.map(({ c }) => (
                <th scope="col" class="num" key={c}>
                  {t(`dashboard.channel.${c}`)}
                </th>
              ))}
            </tr>
          </thead>
          <tbody>
            <tr>
              {channels.map(({ c, n }) => (
                <td class="num" key={c}>
                  {count(n, lang)} ({percent(share(n, f.received), lang)})
                </td>
              ))}
            </tr>
          </tbody>
        </table>
      </TableRegion>
      <CsvButton
        id="kpis-csv"
        label={t('dashboard.csv')}
        fileName="period-summary.csv"
        header={() => [t('dashboard.col.figure'), t('dashboard.col.value')]}
        rows={() => [...tiles.map((tile) => [tile.label, tile.value]), ...channels.map(({ c, n }) => [t(`dashboard.channel.${c}`), n])]}
      />
    </>
  );
}
