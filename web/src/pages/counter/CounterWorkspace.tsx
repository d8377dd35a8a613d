import { EmptyState } from '../../components/EmptyState/EmptyState.js';
import { Panel } from '../../components/Panel/Panel.js';
import { WorkspaceShell } from '../../components/WorkspaceShell/WorkspaceShell.js';
import { useI18n } from '../../i18n/i18n.js';

/** The counter clerk's day: today's intake queue, online applications to pre-review, results to hand out. */
export function CounterWorkspace() {
  const { t } = useI18n();
  return (
    <WorkspaceShell
      workspace="counter"
      title={t('counter.title')}
      nav={[
        { href: '#intake', label: t('counter.intake.title') },
        { href: '#prereview', label: t('counter.prereview.title') },
        { href: '#pickup', label: t('counter.pickup.title') },
      ]}
    >
      <Panel id="intake" title={t('counter.intake.title')} wide>
        <EmptyState>{t('counter.intake.empty')}</EmptyState>
      </Panel>
      <Panel id="prereview" title={t('counter.prereview.title')}>
        <EmptyState>{t('counter.prereview.empty')}</EmptyState>
      </Panel>
      <Panel id="pickup" title={t('counter.pickup.title')}>
        <EmptyState>{t('counter.pickup.empty')}</EmptyState>
      </Panel>
    </WorkspaceShell>
  );
}
