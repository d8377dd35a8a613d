import type { ComponentChildren } from 'preact';
import { pickText } from '../../../api/localized.js';
import type { WorkQueueEntry } from '../../../api/office.js';
import { Tag } from '../../../components/Tag/Tag.js';
import { useI18n } from '../../../i18n/i18n.js';
import { formatDay } from '../../counter/dates.js';
import { CardTag } from './CardTag.js';

// One wrapper per cell: on a phone the cell is a two-column grid (its column name, its content).
function Cell(props: { label: string; children: ComponentChildren }) {
  return (
    <td data-label={props.label}>
      <div>{props.children}</div>
    </td>
  );
}

/**
 * A work queue as a dense table on a desktop and cards on a phone, in the order the API gives
 * (earliest promised due date first): the card and working days left say how urgent each case is.
 */
export function WorkQueueTable(props: { entries: WorkQueueEntry[]; caption: string }) {
  const { t, lang } = useI18n();
  const col = {
    number: t('office.col.caseNumber'),
    item: t('office.col.item'),
    applicant: t('office.col.applicant'),
    accepted: t('office.col.acceptedOn'),
    due: t('office.col.due'),
    status: t('office.col.status'),
  };
  return (
    <table class="data-table queue-table" data-testid="work-queue-table">
      <caption class="visually-hidden">{props.caption}</caption>
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
          <tr key={e.caseId} data-testid="work-queue-row" data-case-id={e.caseId}>
            <th scope="row" data-label={col.number}>
              <div>
                <a href={`/office/cases/${encodeURIComponent(e.caseId)}`} class="queue-table__case">
                  {e.caseNumber}
                </a>
              </div>
            </th>
            <Cell label={col.item}>{pickText(e.itemName, lang) || e.itemCode}</Cell>
            <Cell label={col.applicant}>
              {e.applicant.name}
              {e.applicant.phone && <span class="queue-table__sub">{e.applicant.phone}</span>}
            </Cell>
            <Cell label={col.accepted}>{e.acceptedOn ? formatDay(e.acceptedOn, lang) : ''}</Cell>
            <Cell label={col.due}>
              {e.dueDates ? (
                <>
                  {t('office.due.promised', { date: formatDay(e.dueDates.promised, lang) })}
                  <span class="queue-table__sub">
                    {t('office.due.legal', { date: formatDay(e.dueDates.legal, lang) })}
                    {e.dueDates.provisional && ` · ${t('office.due.provisional')}`}
                  </span>
                </>
              ) : null}
            </Cell>
            <Cell label={col.status}>
              <span class="queue-table__flag">
                <CardTag card={e.card} />
              </span>
              {/* Days left only while the promised limit holds; a red card already says it has passed. */}
              {typeof e.workingDaysLeft === 'number' && (e.card ?? 'none') !== 'red' && e.card !== 'legal_breach' && (
                <span class="queue-table__sub">{e.workingDaysLeft === 0 ? t('office.left.none') : t('office.left.days', { days: e.workingDaysLeft })}</span>
              )}
              {e.suspended && (
                <span class="queue-table__flag">
                  <Tag tone="info">{t('office.tag.suspended')}</Tag>
                </span>
              )}
              {e.awaiting && (
                <span class="queue-table__flag">
                  <Tag tone="info" testId={`awaiting-${e.awaiting}`}>
                    {t(`office.tag.awaiting.${e.awaiting}`)}
                    {e.awaiting === 'extension' && e.extensionDays ? ` · ${t('office.clock.days', { days: e.extensionDays })}` : ''}
                  </Tag>
                </span>
              )}
              {e.reviewerName && <span class="queue-table__sub">{t('office.tag.reviewer', { name: e.reviewerName })}</span>}
            </Cell>
          </tr>
        ))}
      </tbody>
    </table>
  );
}
