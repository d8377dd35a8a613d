import { pickText } from '../../../api/localized.js';
import type { QueueEntry } from '../../../api/counter.js';
import { Tag } from '../../../components/Tag/Tag.js';
import { useI18n } from '../../../i18n/i18n.js';
import { formatDay, formatMoment } from '../dates.js';
import { deadlineFlags } from './deadline-flags.js';

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
          return (
            <tr key={entry.caseId} data-testid="queue-row" data-case-id={entry.caseId}>
              <th scope="row" data-label={col.number}>
                <a href={`/counter/cases/${encodeURIComponent(entry.caseId)}`} class="queue-table__case">
                  {entry.caseNumber}
                </a>
              </th>
              <td data-label={col.item}>{pickText(entry.itemName, lang) || entry.itemCode}</td>
              <td data-label={col.channel} class="nowrap">{t(`counter.channel.${entry.channel}`)}</td>
              <td data-label={col.applicant}>
                {entry.applicant.name}
                <span class="queue-table__sub">{entry.applicant.phone}</span>
              </td>
              <td data-label={col.received}>{formatMoment(entry.receivedAt, lang, { short: true })}</td>
              <td data-label={col.state}>
                <Tag tone={entry.state === 'submitted' ? 'info' : 'neutral'}>{t(`counter.state.${entry.state}`)}</Tag>
              </td>
              <td data-label={col.preReview}>
                {entry.preReviewDueOn && entry.state === 'submitted' ? formatDay(entry.preReviewDueOn, lang, { short: true }) : <span class="muted">{t('counter.queue.notApplicable')}</span>}
                {flags.includes('preReviewOverdue') && (
                  <span class="queue-table__flag">
                    <Tag tone="danger" testId="flag-prereview-overdue">
                      {t('counter.flag.preReviewOverdue')}
                    </Tag>
                  </span>
                )}
              </td>
              <td data-label={col.answer}>
                {entry.state === 'submitted' ? formatDay(entry.answerDueOn, lang, { short: true }) : <span class="muted">{t('counter.queue.waitingApplicant')}</span>}
                {flags.includes('answerOverdue') && (
                  <span class="queue-table__flag">
                    <Tag tone="danger" testId="flag-answer-overdue">
                      {t('counter.flag.answerOverdue')}
                    </Tag>
                  </span>
                )}
                {flags.includes('answerDueSoon') && (
                  <span class="queue-table__flag">
                    <Tag tone="warning" testId="flag-answer-soon">
                      {t('counter.flag.answerDueSoon')}
                    </Tag>
                  </span>
                )}
              </td>
            </tr>
          );
        })}
      </tbody>
    </table>
  );
}
