import { useMemo, useState } from 'preact/hooks';
import { listQueue, nextWorkingDay, QUEUE_STATES, type QueueEntry, type QueueState } from '../../../api/counter.js';
import { useAsync } from '../../../api/use-async.js';
import { AsyncState } from '../../../components/AsyncState/AsyncState.js';
import { Button, ButtonLink } from '../../../components/Button/Button.js';
import { Panel } from '../../../components/Panel/Panel.js';
import { WorkspaceShell } from '../../../components/WorkspaceShell/WorkspaceShell.js';
import { useI18n } from '../../../i18n/i18n.js';
import { api } from '../../../services.js';
import { chinaToday, formatMoment } from '../dates.js';
import { byDeadline } from './deadline-flags.js';
import { QueueTable } from './QueueTable.js';
import '../counter.css';

type Filter = 'all' | QueueState;

interface QueueData {
  entries: QueueEntry[];
  today: string;
  nextWorkingDay?: string;
  loadedAt: string;
}

async function loadQueue(signal: AbortSignal): Promise<QueueData> {
  const today = chinaToday();
  const [entries, next] = await Promise.all([
    listQueue(api, QUEUE_STATES, signal),
    // Only sharpens the "due soon" warning; the queue works without it.
    nextWorkingDay(api, today, signal).catch(() => undefined),
  ]);
  return { entries: [...entries].sort(byDeadline), today, ...(next ? { nextWorkingDay: next } : {}), loadedAt: new Date().toISOString() };
}

/** The clerk's dashboard: the township's applications waiting at the counter or for the applicant. */
export function QueuePage() {
  const { t, lang } = useI18n();
  const [filter, setFilter] = useState<Filter>('all');
  const queue = useAsync(loadQueue, [lang]);
  const counts = useMemo(() => {
    const entries = queue.status === 'ready' ? queue.data.entries : [];
    return {
      all: entries.length,
      submitted: entries.filter((e) => e.state === 'submitted').length,
      correction_required: entries.filter((e) => e.state === 'correction_required').length,
    };
  }, [queue]);
  const shown = (data: QueueData) => (filter === 'all' ? data.entries : data.entries.filter((e) => e.state === filter));

  return (
    <WorkspaceShell
      workspace="counter"
      title={t('counter.title')}
      nav={[
        { href: '/counter/new', label: t('counter.nav.walkIn') },
        { href: '/counter/hand-out', label: t('handout.nav') },
      ]}
    >
      <Panel id="queue" title={t('counter.queue.title')} wide>
        <div class="queue-toolbar">
          <div class="queue-toolbar__filter">
            <label class="field-label" for="queue-filter">
              {t('counter.queue.filter')}
            </label>
            <select id="queue-filter" class="select" value={filter} onChange={(e) => setFilter(e.currentTarget.value as Filter)}>
              {(['all', ...QUEUE_STATES] as Filter[]).map((f) => (
                <option key={f} value={f}>
                  {t(`counter.queue.filter.${f}`, { count: counts[f] })}
                </option>
              ))}
            </select>
          </div>
          <Button variant="secondary" onClick={queue.reload} aria-disabled={queue.status === 'loading'}>
            {t('counter.queue.refresh')}
          </Button>
          <ButtonLink href="/counter/new">{t('counter.walkIn.start')}</ButtonLink>
        </div>
        <AsyncState
          state={queue}
          loadingText={t('counter.queue.loading')}
          errorTitle={t('counter.queue.errorTitle')}
          isEmpty={(data) => shown(data).length === 0}
          emptyText={t(filter === 'all' ? 'counter.queue.empty' : 'counter.queue.emptyFiltered')}
        >
          {(data) => (
            <>
              <p class="muted queue-updated" data-testid="queue-updated">
                {t('counter.queue.updated', { time: formatMoment(data.loadedAt, lang), count: shown(data).length })}
              </p>
              <QueueTable entries={shown(data)} today={data.today} {...(data.nextWorkingDay ? { nextWorkingDay: data.nextWorkingDay } : {})} />
            </>
          )}
        </AsyncState>
      </Panel>
      <Panel id="walk-in" title={t('counter.walkIn.panelTitle')}>
        <p>{t('counter.walkIn.panelBody')}</p>
        <ButtonLink href="/counter/new" variant="secondary">
          {t('counter.walkIn.start')}
        </ButtonLink>
      </Panel>
      <Panel id="limits" title={t('counter.limits.title')}>
        <ul class="compact-list">
          <li>{t('counter.limits.correction')}</li>
          <li>{t('counter.limits.preReview')}</li>
          <li>{t('counter.limits.oneTime')}</li>
        </ul>
      </Panel>
    </WorkspaceShell>
  );
}
