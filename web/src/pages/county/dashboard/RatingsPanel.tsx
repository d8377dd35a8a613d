import type { Figures } from '../../../api/dashboard.js';
import { CsvButton } from '../../../components/CsvButton/CsvButton.js';
import { useI18n } from '../../../i18n/i18n.js';
import { count, percent, share } from './format.js';
import { TableRegion } from './TableRegion.js';

const GRADES = ['very_satisfied', 'satisfied', 'basically_satisfied', 'dissatisfied', 'very_dissatisfied'] as const;

/** 好差评 in the period: count per national grade, the poor share, and how rectifications went. */
export function RatingsPanel(props: { figures: Figures }) {
  const { t, lang } = useI18n();
  const r = props.figures.ratings;
  const rect = props.figures.rectifications;
  return (
    <>
      <p>{t('dashboard.ratings.lead')}</p>
      {r.total === 0 ? (
        <p data-testid="ratings-empty">{t('dashboard.table.empty')}</p>
      ) : (
        <TableRegion label={t('dashboard.ratings.caption')}>
          <table class="data-table figures-table" data-testid="ratings-table">
            <caption class="visually-hidden">{t('dashboard.ratings.caption')}</caption>
            <thead>
              <tr>
                <th scope="col">{t('dashboard.col.grade')}</th>
                <th scope="col" class="num">
                  {t('dashboard.col.count')}
                </th>
              </tr>
            </thead>
            <tbody>
              {GRADES.map((g) => (
                <tr key={g} data-grade={g}>
                  <th scope="row">{t(`rating.grade.${g}`)}</th>
                  <td class="num">
                    {count(r[g], lang)} ({percent(share(r[g], r.total), lang)})
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </TableRegion>
      )}
      <p data-testid="rectify-summary">{t('dashboard.rectify.summary', { opened: rect.opened, onTime: rect.onTime, late: rect.late })}</p>
      <CsvButton
        id="ratings-csv"
        label={t('dashboard.csv')}
        fileName="ratings.csv"
        header={() => [t('dashboard.col.grade'), t('dashboard.col.count')]}
        rows={() => GRADES.map((g) => [t(`rating.grade.${g}`), r[g]])}
      />
    </>
  );
}
