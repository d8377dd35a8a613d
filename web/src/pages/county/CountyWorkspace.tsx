import { EmptyState } from '../../components/EmptyState/EmptyState.js';
import { Panel } from '../../components/Panel/Panel.js';
import { WorkspaceShell } from '../../components/WorkspaceShell/WorkspaceShell.js';
import { useI18n } from '../../i18n/i18n.js';
import { useSession } from '../../session/use-session.js';

/** County supervision: red and yellow cards across townships, supervision orders; the catalogue for admins. */
export function CountyWorkspace() {
  const { t } = useI18n();
  const { session } = useSession();
  const isAdmin = session?.user.role === 'admin';
  return (
    <WorkspaceShell
      workspace="county"
      title={t('county.title')}
      nav={[
        { href: '#cards', label: t('county.cards.title') },
        { href: '#orders', label: t('county.orders.title') },
        ...(isAdmin ? [{ href: '#catalogue', label: t('county.catalogue.title') }] : []),
      ]}
    >
      <Panel id="cards" title={t('county.cards.title')} wide>
        <EmptyState>{t('county.cards.empty')}</EmptyState>
      </Panel>
      <Panel id="orders" title={t('county.orders.title')} wide={!isAdmin}>
        <EmptyState>{t('county.orders.empty')}</EmptyState>
      </Panel>
      {isAdmin && (
        <Panel id="catalogue" title={t('county.catalogue.title')}>
          <EmptyState>{t('county.catalogue.empty')}</EmptyState>
        </Panel>
      )}
    </WorkspaceShell>
  );
}
