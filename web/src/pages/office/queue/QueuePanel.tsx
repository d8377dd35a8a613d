import { useEffect, useState } from 'preact/hooks';
import type { CatalogueItemSummary } from '../../../api/catalogue.js';
import { errorText } from '../../../api/error-text.js';
import { pickText } from '../../../api/localized.js';
import { listWorkQueue, type CaseCard, type WorkQueueEntry } from '../../../api/office.js';
import { useAsync } from '../../../api/use-async.js';
import { AsyncState } from '../../../components/AsyncState/AsyncState.js';
import { Button } from '../../../components/Button/Button.js';
import { Panel } from '../../../components/Panel/Panel.js';
import { SelectField } from '../../../components/SelectField/SelectField.js';
import { useI18n } from '../../../i18n/i18n.js';
import { api } from '../../../services.js';
import type { QueueView } from '../queues.js';
import { WorkQueueTable } from './WorkQueueTable.js';

const CARDS: CaseCard[] = ['none', 'yellow', 'red', 'legal_breach'];
const PAGE_SIZE = 25;

interface Filter {
  item: string;
  card: '' | CaseCard;
}

/**
 * One work queue: filters by item and card (applied with a button, so changing a select never
 * reloads under the keyboard), one API page at a time with "show more" following `next`.
 */
export function QueuePanel(props: { view: QueueView; items: CatalogueItemSummary[] }) {
  const { t, lang } = useI18n();
  const { view } = props;
  const id = view.queue;
  const [draft, setDraft] = useState<Filter>({ item: '', card: '' });
  const [applied, setApplied] = useState<Filter>({ item: '', card: '' });
  const first = useAsync(
    (signal) =>
      listWorkQueue(
        api,
        view.queue,
        { ...(applied.item ? { item: applied.item } : {}), ...(applied.card ? { card: applied.card } : {}), limit: PAGE_SIZE },
        signal,
      ),
    [view.queue, applied.item, applied.card, lang],
  );
  // Pages after the first, appended as they come; they start again whenever the first page reloads.
  const [more, setMore] = useState<{ items: WorkQueueEntry[]; next?: string; busy: boolean; error?: string }>({ items: [], busy: false });
  useEffect(() => setMore({ items: [], busy: false }), [first.status === 'ready' ? first.data : undefined]);

  const next = more.items.length > 0 || more.error ? more.next : first.status === 'ready' ? first.data.next : undefined;
  const loadMore = async () => {
    if (!next || more.busy) return;
    setMore({ ...more, busy: true });
    try {
      const page = await listWorkQueue(api, view.queue, {
        ...(applied.item ? { item: applied.item } : {}),
        ...(applied.card ? { card: applied.card } : {}),
        cursor: next,
        limit: PAGE_SIZE,
      });
      setMore({ items: [...more.items, ...page.items], ...(page.next ? { next: page.next } : {}), busy: false });
    } catch (error) {
      setMore({ ...more, next, busy: false, error: errorText(error, t) });
    }
  };

  const filtered = applied.item !== '' || applied.card !== '';
  const itemOptions = props.items.map((i) => ({ value: i.code, label: `${pickText(i.name, lang)}（${i.code}）` }));
  return (
    <Panel id={id} title={t(view.title)} wide>
      <form
        class="queue-toolbar office-filters"
        aria-label={t('office.queue.filters')}
        onSubmit={(event) => {
          event.preventDefault();
          setApplied(draft);
        }}
      >
        <SelectField
          id={`${id}-item`}
          label={t('office.queue.item')}
          value={draft.item}
          placeholder={t('office.queue.itemAll')}
          options={itemOptions}
          onValue={(item) => setDraft({ ...draft, item })}
        />
        <SelectField
          id={`${id}-card`}
          label={t('office.queue.card')}
          value={draft.card}
          placeholder={t('office.queue.cardAll')}
          options={CARDS.map((c) => ({ value: c, label: t(`office.card.${c}`) }))}
          onValue={(card) => setDraft({ ...draft, card: card as Filter['card'] })}
        />
        <div class="office-filters__buttons">
          <Button type="submit" variant="secondary">
            {t('office.queue.apply')}
          </Button>
          <Button variant="quiet" onClick={first.reload} aria-disabled={first.status === 'loading'}>
            {t('office.queue.refresh')}
          </Button>
        </div>
      </form>
      <AsyncState
        state={first}
        loadingText={t('office.queue.loading')}
        errorTitle={t('office.queue.errorTitle')}
        // A card filter may leave one page empty with more to come: only an empty last page means an empty queue.
        isEmpty={(page) => page.items.length === 0 && !page.next}
        emptyText={t(filtered ? 'office.queue.emptyFiltered' : view.empty)}
      >
        {(page) => {
          const entries = [...page.items, ...more.items];
          return (
            <div data-testid={`queue-${id}`}>
              {entries.length > 0 && <WorkQueueTable entries={entries} caption={t('office.queue.caption', { queue: t(view.title) })} />}
              <p class="muted queue-updated" data-testid={`queue-${id}-count`}>
                {next ? t('office.queue.shown', { count: entries.length }) : t('office.queue.shownAll', { count: entries.length })}
              </p>
              {more.error && <p class="text-error">{t('office.queue.moreError', { message: more.error })}</p>}
              {next && (
                <Button variant="secondary" onClick={loadMore} aria-disabled={more.busy}>
                  {more.busy ? t('office.queue.moreLoading') : t('office.queue.more')}
                </Button>
              )}
            </div>
          );
        }}
      </AsyncState>
    </Panel>
  );
}
