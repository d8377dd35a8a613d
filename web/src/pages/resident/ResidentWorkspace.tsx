import { ButtonLink } from '../../components/Button/Button.js';
import { EmptyState } from '../../components/EmptyState/EmptyState.js';
import { Panel } from '../../components/Panel/Panel.js';
import { WorkspaceShell } from '../../components/WorkspaceShell/WorkspaceShell.js';
import { useI18n } from '../../i18n/i18n.js';
import { useSession } from '../../session/use-session.js';

/** Residents' and village proxies' home: their applications, and where to start a new one. */
export function ResidentWorkspace() {
  const { t } = useI18n();
  const { session } = useSession();
  const isProxy = session?.user.role === 'proxy';
  const casesTitle = t(isProxy ? 'resident.proxyCases.title' : 'resident.cases.title');
  return (
    <WorkspaceShell
      workspace="resident"
      title={t('resident.title')}
      nav={[
        { href: '#cases', label: casesTitle },
        { href: '/guide', label: t('home.action.guide') },
        { href: '/track', label: t('home.action.track') },
      ]}
    >
      <Panel id="cases" title={casesTitle} wide>
        <EmptyState action={<ButtonLink href="/guide">{t('resident.start.action')}</ButtonLink>}>
          {t(isProxy ? 'resident.proxyCases.empty' : 'resident.cases.empty')}
        </EmptyState>
      </Panel>
      <Panel id="start" title={t('resident.start.title')}>
        <p>{t('resident.start.body')}</p>
        <ButtonLink href="/guide" variant="secondary">
          {t('home.action.guide')}
        </ButtonLink>
      </Panel>
      <Panel id="help" title={t('resident.help.title')}>
        <p>{t('resident.help.body')}</p>
      </Panel>
    </WorkspaceShell>
  );
}
