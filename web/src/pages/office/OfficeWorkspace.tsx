import { EmptyState } from '../../components/EmptyState/EmptyState.js';
import { Panel } from '../../components/Panel/Panel.js';
import { WorkspaceShell } from '../../components/WorkspaceShell/WorkspaceShell.js';
import { useI18n } from '../../i18n/i18n.js';
import type { MessageKey } from '../../i18n/messages/index.js';
import { useSession } from '../../session/use-session.js';

// Each back-office role's main queue: reviewers review, approvers sign under the one seal,
// county officers take the cases townships forward to them.
const QUEUES: Record<string, { id: string; title: MessageKey; empty: MessageKey }> = {
  reviewer: { id: 'review', title: 'office.review.title', empty: 'office.review.empty' },
  approver: { id: 'sign', title: 'office.sign.title', empty: 'office.sign.empty' },
  county_officer: { id: 'forwarded', title: 'office.forwarded.title', empty: 'office.forwarded.empty' },
};

/** The back office: the role's queue and the cases close to their time limit. */
export function OfficeWorkspace() {
  const { t } = useI18n();
  const { session } = useSession();
  const queue = QUEUES[session?.user.role ?? 'reviewer'] ?? QUEUES.reviewer!;
  return (
    <WorkspaceShell
      workspace="office"
      title={t('office.title')}
      nav={[
        { href: `#${queue.id}`, label: t(queue.title) },
        { href: '#due', label: t('office.due.title') },
      ]}
    >
      <Panel id={queue.id} title={t(queue.title)} wide>
        <EmptyState>{t(queue.empty)}</EmptyState>
      </Panel>
      <Panel id="due" title={t('office.due.title')} wide>
        <EmptyState>{t('office.due.empty')}</EmptyState>
      </Panel>
    </WorkspaceShell>
  );
}
