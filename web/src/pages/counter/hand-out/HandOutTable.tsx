import type { ComponentChildren } from 'preact';
import { pickText } from '../../../api/localized.js';
import type { WorkQueueEntry } from '../../../api/results.js';
import { useI18n } from '../../../i18n/i18n.js';
import { formatDay } from '../dates.js';
import { DeliveryLimit } from './DeliveryLimit.js';

// One wrapper per cell: on a phone the cell is a two-column grid (its column name, its content).
function Cell(props: { label: string; children: ComponentChildren }) {
  return (
    <td data-label={props.label}>
      <div>{props.children}</div>
    </td>
  );
}

/**
 * The decided cases waiting at the counter, in the API's order (earliest delivery limit first):
 * a dense table on a desktop, cards on a phone. The applicant's name and phone come masked.
 */
export function HandOutTable(props: { entries: WorkQueueEntry[] }) {
  const { t, lang } = useI18n();
  const col = {
    number: t('handout.col.case'),
    item: t('handout.col.item'),
    applicant: t('handout.col.applicant'),
    decision: t('handout.col.decision'),
    limit: t('handout.col.card'),
  };
  return (
    <table class="data-table queue-table" data-testid="hand-out-table">
      <caption class="visually-hidden">{t('handout.caption')}</caption>
      <thead>
        <tr>
          {Object.values(col).map((label) => (
            <th key={label} scope="col">
              {label}
            </th>
          ))}
        </tr>
      </thead>
      <tbody>
        {props.entries.map((e) => (
          <tr key={e.caseId} data-testid="hand-out-row" data-case-id={e.caseId}>
            <th scope="row" data-label={col.number}>
              <div>
                <a href={`/counter/hand-out/${encodeURIComponent(e.caseId)}`} class="queue-table__case">
                  {e.caseNumber}
                </a>
              </div>
            </th>
            <Cell label={col.item}>{pickText(e.itemName, lang) || e.itemCode}</Cell>
            <Cell label={col.applicant}>
              {e.applicant.name}
              {e.applicant.phone && <span class="queue-table__sub">{e.applicant.phone}</span>}
            </Cell>
            <Cell label={col.decision}>
              {e.decision ? (
                <>
                  {t(`handout.outcome.${e.decision.outcome}`)}
                  <span class="queue-table__sub">{e.decision.documentNumber}</span>
                  <span class="queue-table__sub">{formatDay(e.decision.decidedOn, lang)}</span>
                </>
              ) : null}
            </Cell>
            <Cell label={col.limit}>{e.delivery ? <DeliveryLimit limit={e.delivery} /> : null}</Cell>
          </tr>
        ))}
      </tbody>
    </table>
  );
}
