import { caseSupervisionOrders } from '../../api/supervision.js';
import { useAsync } from '../../api/use-async.js';
import { AsyncState } from '../../components/AsyncState/AsyncState.js';
import { useI18n } from '../../i18n/i18n.js';
import { api } from '../../services.js';
import { Section } from '../counter/review/CaseFacts.js';
import { ConcludeForm, IssueForm, ReplyForm } from './OrderForms.js';
import { OrderRecord } from './OrderRecord.js';
import type { OrderFormCallbacks } from './use-order-form.js';
import './supervision.css';

/**
 * The supervision orders on a case page (county and office): each order as recorded, with the
 * forms for the steps the API allows the caller on it (`allowedSteps`), and the issue form when
 * the API offers grounds to issue on. It reloads with the case's version, after every step.
 */
export function CaseSupervisionSection(props: { caseId: string; version: number; officeName(id: string): string } & OrderFormCallbacks) {
  const { t } = useI18n();
  const { caseId, version } = props;
  const orders = useAsync((signal) => caseSupervisionOrders(api, caseId, signal), [caseId, version]);
  const callbacks: OrderFormCallbacks = { onDone: props.onDone, onErrors: props.onErrors, onConflict: props.onConflict };
  return (
    <Section id="supervision" title={t('supervision.orders.title')}>
      <AsyncState state={orders} loadingText={t('supervision.orders.loading')} errorTitle={t('supervision.orders.error')}>
        {({ items, issue }) => (
          <div data-testid="case-supervision">
            {items.length === 0 && <p data-testid="case-orders-none">{t('supervision.orders.none')}</p>}
            {items.map((order) => {
              const conclude = order.allowedSteps.filter((s): s is 'close' | 'escalate' => s === 'close' || s === 'escalate');
              return (
                <article
                  key={`${order.orderId}:${order.version}`}
                  class="order-card"
                  data-testid="case-order"
                  data-order-id={order.orderId}
                  data-status={order.status}
                  aria-labelledby={`order-${order.orderId}-title`}
                >
                  <h3 id={`order-${order.orderId}-title`}>{t('supervision.order.heading', { number: order.orderNumber })}</h3>
                  <OrderRecord order={order} officeName={props.officeName} />
                  {order.allowedSteps.includes('reply') && <ReplyForm caseId={caseId} version={version} order={order} {...callbacks} />}
                  {conclude.length > 0 && <ConcludeForm caseId={caseId} version={version} order={order} steps={conclude} {...callbacks} />}
                </article>
              );
            })}
            {issue && <IssueForm key={version} caseId={caseId} version={version} issue={issue} officeName={props.officeName} {...callbacks} />}
          </div>
        )}
      </AsyncState>
    </Section>
  );
}
