import { listWorkQueue } from '../../../api/results.js';
import { useAsync } from '../../../api/use-async.js';
import { AsyncState } from '../../../components/AsyncState/AsyncState.js';
import { Button } from '../../../components/Button/Button.js';
import { PageTitle } from '../../../components/Page/Page.js';
import { useI18n } from '../../../i18n/i18n.js';
import { api } from '../../../services.js';
import { CounterFrame } from '../CounterFrame.js';
import { HandOutTable } from './HandOutTable.js';
import './hand-out.css';

/** 待出件: the township's decided cases, for the clerk to hand out at the window or post (§44: 10 working days). */
export function HandOutQueuePage() {
  const { t, lang } = useI18n();
  const queue = useAsync((signal) => listWorkQueue(api, 'deliver', signal), [lang]);
  return (
    <CounterFrame>
      <PageTitle>{t('handout.title')}</PageTitle>
      <p class="lead">{t('handout.lead')}</p>
      <div class="queue-toolbar">
        <Button variant="secondary" onClick={queue.reload} aria-disabled={queue.status === 'loading'}>
          {t('handout.refresh')}
        </Button>
      </div>
      <AsyncState
        state={queue}
        loadingText={t('handout.loading')}
        errorTitle={t('handout.error')}
        isEmpty={(entries) => entries.length === 0}
        emptyText={t('handout.empty')}
      >
        {(entries) => <HandOutTable entries={entries} />}
      </AsyncState>
    </CounterFrame>
  );
}
