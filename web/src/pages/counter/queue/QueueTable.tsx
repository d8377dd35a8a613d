import type { ComponentChildren } from 'preact';
import type { QueueEntry } from '../../../api/counter.js';
import { pickText } from '../../../api/localized.js';
import { Tag } from '../../../components/Tag/Tag.js';
import { useI18n } from '../../../i18n/i18n.js';
import { formatDay, formatMoment } from '../dates.js';
import { deadlineFlags, type DeadlineFlag } from './deadline-flags.js';

// One wrapper per cell: on a phone the cell is a two-column grid (its column name, its content).
function Cell(props: { label: string; children: ComponentChildren; class?: string }) {
  return (
    <td data-label={props.label} class={props.class}>
      <div>{props.children}</div>
    </td>
  );
}

const FLAG_TONE: Record<DeadlineFlag, 'danger' | 'warning'> = { preReviewOverdue: 'danger', answerOverdue: 'danger', answerDueSoon: 'warning' };
const FLAG_TEST_ID: Record<DeadlineFlag, string> = {
  preReviewOverdue: 'flag-prereview-overdue',
  answerOverdue: 'flag-answer-overdue',
  answerDueSoon: 'flag-answer-soon',
};

/**
 * The queue as a dense table on a desktop; below 48em each row becomes a card whose cells
 * carry their column's name, so nothing scrolls sideways on a phone.
 */
export function QueueTable(props: { entries: QueueEntry[]; today: string; nextWorkingDay?: string }) {
  const { t, lang } = useI18n();
  const col = {
    number: t('counter.col.caseNumber'),
    item: t('counter.col.item'),
    channel: t('counter.col.channel'),
    applicant: t('counter.col.applicant'),
    received: t('counter.col.received'),
    state: t('counter.col.state'),
    preReview: t('counter.col.preReviewDue'),
    answer: t('counter.col.answerDue'),
  };
  const flag = (f: DeadlineFlag) => (
    <span class="queue-table__flag" key={f}>
      <Tag tone={FLAG_TONE[f]} testId={FLAG_TEST_ID[f]}>
        {t(`counter.flag.${f}`)}
      </Tag>
    </span>
  );
  return (
    <table class="data-table queue-table" data-testid="queue-table">
      <caption class="visually-hidden">{t('counter.queue.caption')}</caption>
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
        {props.entries.map((entry) => {
          const flags = deadlineFlags(entry, props.today, props.nextWorkingDay);
          const waiting = entry.state === 'submitted';
          return (
            <tr key={entry.caseId} data-testid="queue-row" data-case-id={entry.caseId}>
              <th scope="row" data-label={col.number}>
                <div>
                  <a href={`/counter/cases/${encodeURIComponent(entry.caseId)}`} class="queue-table__case">
                    {entry.caseNumber}
                  </a>
                </div>
              </th>
              <Cell label={col.item}>{pickText(entry.itemName, lang) || entry.itemCode}</Cell>
              <Cell label={col.channel} class="nowrap">
                {t(`counter.channel.${entry.channel}`)}
              </Cell>
              <Cell label={col.applicant}>
                {entry.applicant.name}
                <span class="queue-table__sub">{entry.applicant.phone}</span>
              </Cell>
              <Cell label={col.received}>{formatMoment(entry.receivedAt, lang)}</Cell>
              <Cell label={col.state}>
                <Tag tone={waiting ? 'info' : 'neutral'}>{t(`counter.state.${entry.state}`)}</Tag>
              </Cell>
              <Cell label={col.preReview}>
                {entry.preReviewDueOn && waiting ? formatDay(entry.preReviewDueOn, lang) : <span class="muted">{t('counter.queue.notApplicable')}</span>}
                {flags.filter((f) => f === 'preReviewOverdue').map(flag)}
              </Cell>
              <Cell label={col.answer}>
                {waiting ? formatDay(entry.answerDueOn, lang) : <span class="muted">{t('counter.queue.waitingApplicant')}</span>}
                {flags.filter((f) => f !== 'preReviewOverdue').map(flag)}
              </Cell>
            </tr>
          );
        })}
      </tbody>
    </table>
  );
}
