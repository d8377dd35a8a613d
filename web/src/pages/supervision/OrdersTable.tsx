import { pickText } from '../../api/localized.js';
import { placeName } from '../../api/places.js';
import type { SupervisionOrderView } from '../../api/supervision.js';
import { useI18n } from '../../i18n/i18n.js';
import { formatDay } from '../counter/dates.js';
import { OrderStatusTag, OverdueFlag } from './OrderTags.js';

/**
 * Supervision orders as a table (cards at 360 px): the case number links to the case page where
 * the order's steps are; the township column is for the county, which sees every township's.
 */
export function OrdersTable(props: {
  orders: SupervisionOrderView[];
  caption: string;
  caseHref(order: SupervisionOrderView): string;
  officeName(id: string): string;
  showTownship?: boolean;
}) {
  const { t, lang } = useI18n();
  return (
    <table class="data-table queue-table" data-testid="supervision-table">
      <caption class="visually-hidden">{props.caption}</caption>
      <thead>
        <tr>
          <th scope="col">{t('supervision.col.case')}</th>
          {props.showTownship && <th scope="col">{t('supervision.col.township')}</th>}
          <th scope="col">{t('supervision.col.office')}</th>
          <th scope="col">{t('supervision.col.ground')}</th>
          <th scope="col">{t('supervision.col.issued')}</th>
          <th scope="col">{t('supervision.col.due')}</th>
          <th scope="col">{t('supervision.col.status')}</th>
        </tr>
      </thead>
      <tbody>
        {props.orders.map((o) => (
          <tr key={o.orderId} data-testid="supervision-row" data-order-id={o.orderId} data-case-id={o.caseId} data-status={o.status}>
            <th scope="row" data-label={t('supervision.col.case')}>
              <div>
                <a href={props.caseHref(o)} class="queue-table__case">
                  {o.caseNumber}
                </a>
                <span class="queue-table__sub">{o.orderNumber}</span>
                {o.itemName && <span class="queue-table__sub">{pickText(o.itemName, lang)}</span>}
              </div>
            </th>
            {props.showTownship && (
              <td data-label={t('supervision.col.township')}>
                <div>{placeName(o.townshipId, lang)}</div>
              </td>
            )}
            <td data-label={t('supervision.col.office')}>
              <div>{props.officeName(o.officeId)}</div>
            </td>
            <td data-label={t('supervision.col.ground')}>
              <div>{t(`supervision.ground.${o.ground}`)}</div>
            </td>
            <td data-label={t('supervision.col.issued')}>
              <div>{formatDay(o.issuedOn, lang)}</div>
            </td>
            <td data-label={t('supervision.col.due')}>
              <div data-date={o.replyDueOn}>
                {formatDay(o.replyDueOn, lang)}
                <span class="queue-table__flag">
                  <OverdueFlag order={o} />
                </span>
              </div>
            </td>
            <td data-label={t('supervision.col.status')}>
              <div>
                <OrderStatusTag status={o.status} />
              </div>
            </td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}
