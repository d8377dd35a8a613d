import type { WorkQueueEntry } from '../../../api/results.js';
import { Tag, type TagTone } from '../../../components/Tag/Tag.js';
import { useI18n } from '../../../i18n/i18n.js';
import { formatDay } from '../dates.js';

type Limit = NonNullable<WorkQueueEntry['delivery']>;
const TONE: Record<Limit['card'], TagTone> = { none: 'success', yellow: 'warning', red: 'danger' };

/** The §44 delivery limit as the API read it: the day, the card in words and colour, the working days left. */
export function DeliveryLimit(props: { limit: Limit }) {
  const { t, lang } = useI18n();
  const { limit } = props;
  return (
    <>
      {t('handout.dueOn', { date: formatDay(limit.dueOn, lang) })}
      <span class="queue-table__flag">
        <Tag tone={TONE[limit.card]} testId={`delivery-card-${limit.card}`}>
          {t(`handout.card.${limit.card}`)}
        </Tag>
      </span>
      <span class="queue-table__sub">
        {limit.card === 'red'
          ? t('handout.left.overdue')
          : limit.workingDaysLeft === 0
            ? t('handout.left.none')
            : t('handout.left.days', { days: limit.workingDaysLeft })}
      </span>
    </>
  );
}
