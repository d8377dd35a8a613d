import type { CaseSupervisionOrder } from '../../api/supervision.js';
import { useI18n } from '../../i18n/i18n.js';
import { formatDay, formatMoment } from '../counter/dates.js';
import { Row } from '../counter/review/CaseFacts.js';
import { CardTag } from '../office/queue/CardTag.js';
import { OrderStatusTag, OverdueFlag } from './OrderTags.js';

/** One order as recorded: what the county asked, the office's answer, and how it was concluded. */
export function OrderRecord(props: { order: CaseSupervisionOrder; officeName(id: string): string }) {
  const { t, lang } = useI18n();
  const o = props.order;
  const by = (p: { by: { name: string }; at: string }) => t('supervision.order.by', { name: p.by.name, at: formatMoment(p.at, lang) });
  return (
    <>
      <p class="case-status">
        <OrderStatusTag status={o.status} />
        <OverdueFlag order={o} />
      </p>
      <dl class="dense-list">
        <Row label={t('supervision.col.ground')}>{t(`supervision.ground.${o.ground}`)}</Row>
        <Row label={t('supervision.order.cardAtIssue')}>
          <CardTag card={o.cardAtIssue} />
        </Row>
        <Row label={t('supervision.col.office')}>{props.officeName(o.officeId)}</Row>
        <Row label={t('supervision.order.instructions')} testId="order-instructions">
          {o.instructions}
        </Row>
        <Row label={t('supervision.order.issuedBy')}>{by({ by: o.issuedBy, at: o.issuedAt })}</Row>
        <Row label={t('supervision.col.due')}>
          <span data-date={o.replyDueOn}>{formatDay(o.replyDueOn, lang)}</span>{' '}
          <span class="muted">{t('supervision.order.replyDays', { days: o.replyDays })}</span>
        </Row>
      </dl>
      {o.reply && (
        <div class="order-reply" data-testid="order-reply">
          <h4>{t('supervision.order.reply')}</h4>
          <dl class="dense-list">
            <Row label={t('supervision.order.whatHappened')}>{o.reply.whatHappened}</Row>
            <Row label={t('supervision.order.measures')}>{o.reply.measures}</Row>
            <Row label={t('supervision.order.byDate')}>{formatDay(o.reply.byDate, lang)}</Row>
            <Row label={t('supervision.order.repliedBy')}>{by(o.reply)}</Row>
          </dl>
        </div>
      )}
      {o.closure && (
        <dl class="dense-list" data-testid="order-closure">
          <Row label={t('supervision.order.closure')}>
            {o.closure.note}
            <span class="order-by muted">{by(o.closure)}</span>
          </Row>
        </dl>
      )}
      {o.escalation && (
        <dl class="dense-list" data-testid="order-escalation">
          <Row label={t('supervision.order.escalation')}>
            {o.escalation.note}
            <span class="order-by muted">{by(o.escalation)}</span>
          </Row>
        </dl>
      )}
    </>
  );
}
