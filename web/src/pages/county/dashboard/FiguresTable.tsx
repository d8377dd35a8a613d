import type { Figures } from '../../../api/dashboard.js';
import { CsvButton } from '../../../components/CsvButton/CsvButton.js';
import { useI18n } from '../../../i18n/i18n.js';
import type { MessageKey } from '../../../i18n/messages/index.js';
import { count, percent } from './format.js';
import { TableRegion } from './TableRegion.js';

type Column = { key: MessageKey; value: (f: Figures) => number | null; kind: 'count' | 'rate' | 'days' };

const COLUMNS: Column[] = [
  { key: 'dashboard.col.received', value: (f) => f.received, kind: 'count' },
  { key: 'dashboard.col.accepted', value: (f) => f.accepted, kind: 'count' },
  { key: 'dashboard.col.notAccepted', value: (f) => f.notAccepted, kind: 'count' },
  { key: 'dashboard.col.decided', value: (f) => f.decided, kind: 'count' },
  { key: 'dashboard.col.completed', value: (f) => f.completed, kind: 'count' },
  { key: 'dashboard.col.onTimePromised', value: (f) => f.onTimeRate.promised, kind: 'rate' },
  { key: 'dashboard.col.onTimeLegal', value: (f) => f.onTimeRate.legal, kind: 'rate' },
  { key: 'dashboard.col.median', value: (f) => f.workingDays.median, kind: 'days' },
  { key: 'dashboard.col.p90', value: (f) => f.workingDays.p90, kind: 'days' },
  { key: 'dashboard.col.ratings', value: (f) => f.ratings.total, kind: 'count' },
  { key: 'dashboard.col.poorShare', value: (f) => f.ratings.poorShare, kind: 'rate' },
];

/** The period's figures per township, office or item, with the county's total and a CSV export. */
export function FiguresTable(props: {
  id: string;
  caption: string;
  firstColumn: MessageKey;
  rows: { id: string; label: string; figures: Figures }[];
  total?: Figures;
  fileName: string;
}) {
  const { t, lang } = useI18n();
  const shown = (c: Column, f: Figures) => {
    const v = c.value(f);
    if (c.kind === 'rate') return percent(v, lang);
    if (v === null) return t('dashboard.none');
    return count(v, lang);
  };
  const csvValue = (c: Column, f: Figures) => {
    const v = c.value(f);
    return v === null ? '' : c.kind === 'rate' ? Math.round(v * 1000) / 10 : v;
  };
  if (props.rows.length === 0) return <p data-testid={`${props.id}-empty`}>{t('dashboard.table.empty')}</p>;
  return (
    <>
      <TableRegion label={props.caption}>
        <table class="data-table figures-table" data-testid={props.id}>
          <caption class="visually-hidden">{props.caption}</caption>
          <thead>
            <tr>
              <th scope="col">{t(props.firstColumn)}</th>
              {COLUMNS.map((c) => (
                <th scope="col" key={c.key} class="num">
                  {t(c.key)}
                </th>
              ))}
            </tr>
          </thead>
          <tbody>
            {props.rows.map((r) => (
              <tr key={r.id} data-row={r.id}>
                <th scope="row">{r.label}</th>
                {COLUMNS.map((c) => (
                  <td key={c.key} class="num">
                    {shown(c, r.figures)}
                  </td>
                ))}
              </tr>
            ))}
          </tbody>
          {props.total && (
            <tfoot>
              <tr>
                <th scope="row">{t('dashboard.total')}</th>
                {COLUMNS.map((c) => (
                  <td key={c.key} class="num">
                    {shown(c, props.total!)}
                  </td>
                ))}
              </tr>
            </tfoot>
          )}
        </table>
      </TableRegion>
      <CsvButton
        id={`${props.id}-csv`}
        label={t('dashboard.csv')}
        fileName={props.fileName}
        header={() => [t(props.firstColumn), ...COLUMNS.map((c) => t(c.key))]}
        rows={() => [
          ...props.rows.map((r) => [r.label, ...COLUMNS.map((c) => csvValue(c, r.figures))]),
          ...(props.total ? [[t('dashboard.total'), ...COLUMNS.map((c) => csvValue(c, props.total!))]] : []),
        ]}
      />
    </>
  );
}
