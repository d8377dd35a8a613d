import { listCatalogueItems } from '../../../api/catalogue.js';
import { useAsync } from '../../../api/use-async.js';
import { WorkspaceShell } from '../../../components/WorkspaceShell/WorkspaceShell.js';
import { useI18n } from '../../../i18n/i18n.js';
import { api } from '../../../services.js';
import { useSession } from '../../../session/use-session.js';
import '../../counter/counter.css';
import '../office.css';
import { officeNav } from '../office-nav.js';
import { queuesOf } from '../queues.js';
import { QueuePanel } from './QueuePanel.js';

/** The back office's dashboard: the signed-in role's work queues. */
export function OfficeQueuePage() {
  const { t } = useI18n();
  const { session } = useSession();
  const views = queuesOf(session?.user.role);
  // Only names the item filter's choices; without it the filter lists nothing but "all".
  const items = useAsync((signal) => listCatalogueItems(api, signal).catch(() => []), []);
  return (
    <WorkspaceShell
      workspace="office"
      title={t('office.title')}
      nav={[...(views.length > 1 ? views.map((v) => ({ href: `#${v.queue}`, label: t(v.title) })) : []), ...officeNav(t, session?.user.role)]}
    >
      {views.map((view) => (
        <QueuePanel key={view.queue} view={view} items={items.status === 'ready' ? items.data : []} />
      ))}
    </WorkspaceShell>
  );
}
