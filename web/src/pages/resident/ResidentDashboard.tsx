import { listMyCases } from '../../api/intake.js';
import { useAsync } from '../../api/use-async.js';
import { AsyncState } from '../../components/AsyncState/AsyncState.js';
import { ButtonLink } from '../../components/Button/Button.js';
import { EmptyState } from '../../components/EmptyState/EmptyState.js';
import { Notice } from '../../components/Notice/Notice.js';
import { Panel } from '../../components/Panel/Panel.js';
import { WorkspaceShell } from '../../components/WorkspaceShell/WorkspaceShell.js';
import { useI18n } from '../../i18n/i18n.js';
import { api } from '../../services.js';
import { useSession } from '../../session/use-session.js';
import { CaseList } from './CaseList.js';
import { DraftList } from './DraftList.js';
import { useDraftEntries } from './use-draft-entries.js';
import { residentPaths } from './resident-paths.js';
import './resident.css';

/** Residents' and village proxies' home: unfinished applications (server and this device), their cases, and where to start a new one. */
export function ResidentDashboard() {
  const { t, lang } = useI18n();
  const { session } = useSession();
  const user = session!.user;
  const isProxy = user.role === 'proxy';
  const cases = useAsync((signal) => listMyCases(api, signal), [lang]);
  const drafts = useDraftEntries(user.userId, lang);
  const casesTitle = t(isProxy ? 'resident.proxyCases.title' : 'resident.cases.title');
  const startLabel = t(isProxy ? 'intake.dashboard.startProxy' : 'intake.dashboard.start');
  return (
    <WorkspaceShell
      workspace="resident"
      title={t('resident.title')}
      nav={[
        { href: '#cases', label: casesTitle },
        { href: residentPaths.choose(), label: startLabel },
        { href: '/track', label: t('home.action.track') },
        { href: '/guide', label: t('home.action.guide') },
      ]}
    >
      {drafts.state.status === 'ready' && (drafts.state.entries.length > 0 || drafts.state.serverFailed) && (
        <Panel id="drafts" title={t('drafts.list.title')} wide>
          {drafts.state.serverFailed && <Notice>{t('drafts.list.serverError')}</Notice>}
          <DraftList entries={drafts.state.entries} isProxy={isProxy} onDelete={drafts.remove} />
        </Panel>
      )}
      <Panel id="cases" title={casesTitle} wide>
        <AsyncState state={cases} loadingText={t('intake.dashboard.loading')} errorTitle={t('intake.dashboard.loadError')}>
          {(list) =>
            list.length === 0 ? (
              <EmptyState action={<ButtonLink href={residentPaths.choose()}>{startLabel}</ButtonLink>}>
                {t(isProxy ? 'resident.proxyCases.empty' : 'resident.cases.empty')}
              </EmptyState>
            ) : (
              <CaseList cases={list} showApplicant={isProxy} />
            )
          }
        </AsyncState>
      </Panel>
      <Panel id="start" title={t('resident.start.title')}>
        <p>{t(isProxy ? 'intake.dashboard.startBodyProxy' : 'intake.dashboard.startBody')}</p>
        <div class="resident-actions">
          <ButtonLink href={residentPaths.choose()}>{startLabel}</ButtonLink>
          <ButtonLink href="/guide" variant="secondary">
            {t('home.action.guide')}
          </ButtonLink>
        </div>
      </Panel>
      <Panel id="help" title={t('resident.help.title')}>
        <p>{t('resident.help.body')}</p>
      </Panel>
    </WorkspaceShell>
  );
}
