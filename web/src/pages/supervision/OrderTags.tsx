import type { SupervisionOrderView, SupervisionStatus } from '../../api/supervision.js';
import { Tag, type TagTone } from '../../components/Tag/Tag.js';
import { useI18n } from '../../i18n/i18n.js';

const TONE: Record<SupervisionStatus, TagTone> = { open: 'info', replied: 'warning', closed: 'success', escalated: 'danger' };

/** An order's status, in words (the tone only repeats it). */
export function OrderStatusTag(props: { status: SupervisionStatus }) {
  const { t } = useI18n();
  return (
    <Tag tone={TONE[props.status]} testId="order-status">
      {t(`supervision.status.${props.status}`)}
    </Tag>
  );
}

/** The API's reply-overdue flag (read today), as an icon and words: never colour alone. */
export function OverdueFlag(props: { order: Pick<SupervisionOrderView, 'replyOverdue' | 'reply'> }) {
  const { t } = useI18n();
  if (props.order.replyOverdue)
    return (
      <Tag tone="danger" testId="order-overdue">
        <span aria-hidden="true" class="order-flag__icon">
          ⚠
        </span>{' '}
        {t('supervision.overdue')}
      </Tag>
    );
  if (props.order.reply?.late)
    return (
      <Tag tone="warning" testId="order-replied-late">
        <span aria-hidden="true" class="order-flag__icon">
          ⚠
        </span>{' '}
        {t('supervision.replyLate')}
      </Tag>
    );
  return null;
}
