import { Tag } from '../../../components/Tag/Tag.js';
import { formatLocalDate } from '../../../i18n/dates.js';
import { pickText } from '../../../api/localized.js';
import { listWorkQueue } from '../../../api/results.js';
import { useAsync } from '../../../api/use-async.js';
import { AsyncState } from '../../../components/AsyncState/AsyncState.js';
import { Button } from '../../../components/Button/Button.js';
import { Panel } from '../../../components/Panel/Panel.js';
import { WorkspaceShell } from '../../../components/WorkspaceShell/WorkspaceShell.js';
import { useI18n } from '../../../i18n/i18n.js';
import { api } from '../../../services.js';
import { useSession } from '../../../session/use-session.js';
import '../../counter/counter.css';
import '../office.css';
import { officeNav, RECTIFY_PATH } from '../office-nav.js';

/**
 * 整改任务: the cases whose poor rating the reviewer's office must answer (the API's `rectify`
 * queue, personal data masked). Each row opens the case, where the reply form is.
 */
export function RectifyQueuePage() {
  const { t, lang } = useI18n();
  const { session } = useSession();
  const tasks = useAsync((signal) => listWorkQueue(api, 'rectify', signal), [lang]);
  return (
    <WorkspaceShell workspace="office" title={t('rectify.title')} nav={officeNav(t, session?.user.role)} current={RECTIFY_PATH}>
      <Panel id="rectify" title={t('rectify.nav')} wide>
        <p>{t('rectify.lead')}</p>
        <AsyncState
          state={tasks}
          loadingText={t('rectify.loading')}
          errorTitle={t('rectify.error')}
          isEmpty={(items) => items.length === 0}
          emptyText={t('rectify.empty')}
        >
          {(items) => (
            <table class="data-table queue-table" data-testid="rectify-table">
              <caption class="visually-hidden">{t('rectify.caption')}</caption>
              <thead>
                <tr>
                  <th scope="col">{t('rectify.col.case')}</th>
                  <th scope="col">{t('office.col.item')}</th>
                  <th scope="col">{t('office.col.applicant')}</th>
                  <th scope="col">{t('rectify.col.grade')}</th>
                  <th scope="col">{t('rectify.col.comment')}</th>
                  <th scope="col">{t('rectify.col.due')}</th>
                </tr>
              </thead>
              <tbody>
                {items.map((e) => (
                  <tr key={e.caseId} data-testid="rectify-row" data-case-id={e.caseId}>
                    <th scope="row" data-label={t('rectify.col.case')}>
                      <div>
                        <a href={`/office/cases/${encodeURIComponent(e.caseId)}#ratings`} class="queue-table__case">
                          {e.caseNumber}
                        </a>
                      </div>
                    </th>
                    <td data-label={t('office.col.item')}>
                      <div>{pickText(e.itemName, lang) || e.itemCode}</div>
                    </td>
                    <td data-label={t('office.col.applicant')}>
                      <div>
                        {e.applicant.name}
                        {e.applicant.phone && <span class="queue-table__sub">{e.applicant.phone}</span>}
                      </div>
                    </td>
                    <td data-label={t('rectify.col.grade')}>
                      <div>{e.rectification ? t(`rating.grade.${e.rectification.grade}`) : t('dashboard.none')}</div>
                    </td>
                    <td data-label={t('rectify.col.comment')}>
                      <div>{e.rectification?.comment ?? t('dashboard.none')}</div>
                    </td>
                    <td data-label={t('rectify.col.due')}>
                      <div>
                        {e.rectification ? formatLocalDate(e.rectification.dueOn, lang) : t('dashboard.none')}
                        {e.rectification?.overdue && (
                          <span class="queue-table__flag" data-testid="rectify-overdue">
                            <Tag tone="danger">{t('rectify.overdue')}</Tag>
                          </span>
                        )}
                      </div>
                    </td>
                  </tr>
                ))}
              </tbody>
            </table>
          )}
        </AsyncState>
        <Button variant="quiet" onClick={tasks.reload} aria-disabled={tasks.status === 'loading'}>
          {t('office.queue.refresh')}
        </Button>
      </Panel>
    </WorkspaceShell>
  );
}
