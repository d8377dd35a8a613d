import { listOffices } from '../../../api/catalogue-item.js';
import { pickText } from '../../../api/localized.js';
import { byReplyDeadline, listSupervisionOrders } from '../../../api/supervision.js';
import { useAsync } from '../../../api/use-async.js';
import { AsyncState } from '../../../components/AsyncState/AsyncState.js';
import { Button } from '../../../components/Button/Button.js';
import { Panel } from '../../../components/Panel/Panel.js';
import { WorkspaceShell } from '../../../components/WorkspaceShell/WorkspaceShell.js';
import { useI18n } from '../../../i18n/i18n.js';
import { api } from '../../../services.js';
import { useSession } from '../../../session/use-session.js';
import '../../counter/counter.css';
import { OrdersTable } from '../../supervision/OrdersTable.js';
import '../../supervision/supervision.css';
import '../office.css';
import { OFFICE_SUPERVISION_PATH, officeNav } from '../office-nav.js';

/**
 * 督办单 addressed to the caller's office, the earliest reply deadline first, an overdue reply
 * flagged in words. Each case number opens the case page, where the reply form is.
 */
export function OfficeSupervisionPage() {
  const { t, lang } = useI18n();
  const { session } = useSession();
  const orders = useAsync(async (signal) => byReplyDeadline(await listSupervisionOrders(api, {}, signal)), [lang]);
  const offices = useAsync((signal) => listOffices(api, signal).catch(() => []), []);
  const officeName = (id: string) => pickText((offices.status === 'ready' ? offices.data : []).find((o) => o.id === id)?.name, lang) || id;
  return (
    <WorkspaceShell workspace="office" title={t('supervision.office.title')} nav={officeNav(t, session?.user.role)} current={OFFICE_SUPERVISION_PATH}>
      <Panel id="supervision" title={t('supervision.nav')} wide>
        <p>{t('supervision.office.lead')}</p>
        <AsyncState
          state={orders}
          loadingText={t('supervision.loading')}
          errorTitle={t('supervision.error')}
          isEmpty={(items) => items.length === 0}
          emptyText={t('supervision.office.empty')}
        >
          {(items) => (
            <OrdersTable
              orders={items}
              caption={t('supervision.office.caption')}
              caseHref={(o) => `/office/cases/${encodeURIComponent(o.caseId)}#supervision`}
              officeName={officeName}
            />
          )}
        </AsyncState>
        <Button variant="quiet" onClick={orders.reload} aria-disabled={orders.status === 'loading'}>
          {t('supervision.refresh')}
        </Button>
      </Panel>
    </WorkspaceShell>
  );
}
