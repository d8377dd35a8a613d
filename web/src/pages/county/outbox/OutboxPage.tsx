import { useState } from 'preact/hooks';
import { listOutbox, type OutboxEntry } from '../../../api/outbox.js';
import { useAsync } from '../../../api/use-async.js';
import { AsyncState } from '../../../components/AsyncState/AsyncState.js';
import { Button } from '../../../components/Button/Button.js';
import { Tag } from '../../../components/Tag/Tag.js';
import { formatInstant } from '../../../i18n/dates.js';
import { useI18n } from '../../../i18n/i18n.js';
import { api } from '../../../services.js';
import { CountyFrame } from '../CountyFrame.js';
import { COUNTY_OUTBOX_PATH } from '../county-pages.js';
import './outbox.css';

/** The messages sent to applicants at each public step (supervisors, administrators); phones masked. */
export function OutboxPage() {
  const { t, lang } = useI18n();
  const [pages, setPages] = useState<OutboxEntry[][]>([]);
  const [more, setMore] = useState<{ next?: string; loading: boolean }>({ loading: false });
  const first = useAsync(
    async (signal) => {
      const page = await listOutbox(api, undefined, signal);
      setPages([]);
      setMore({ ...(page.next ? { next: page.next } : {}), loading: false });
      return page.items;
    },
    [lang],
  );
  const loadMore = async () => {
    if (!more.next) return;
    setMore({ ...more, loading: true });
    const page = await listOutbox(api, more.next);
    setPages([...pages, page.items]);
    setMore({ ...(page.next ? { next: page.next } : {}), loading: false });
  };

  return (
    <CountyFrame current={COUNTY_OUTBOX_PATH} title={t('outbox.title')} testId="outbox-page">
      <p class="lead">{t('outbox.lead')}</p>
      <AsyncState
        state={first}
        loadingText={t('outbox.loading')}
        errorTitle={t('outbox.error')}
        isEmpty={(items) => items.length === 0}
        emptyText={t('outbox.empty')}
      >
        {(items) => (
          <>
            <table class="data-table outbox-table" data-testid="outbox-table">
              <caption class="visually-hidden">{t('outbox.caption')}</caption>
              <thead>
                <tr>
                  <th scope="col">{t('outbox.col.case')}</th>
                  <th scope="col">{t('outbox.col.step')}</th>
                  <th scope="col">{t('outbox.col.to')}</th>
                  <th scope="col">{t('outbox.col.text')}</th>
                  <th scope="col">{t('outbox.col.status')}</th>
                </tr>
              </thead>
              <tbody>
                {[items, ...pages].flat().map((m) => (
                  <tr key={m.messageId} data-testid="outbox-row" data-case-id={m.caseId} data-action={m.action} data-lang={m.lang}>
                    <th scope="row" data-label={t('outbox.col.case')}>
                      <div>{m.caseNumber}</div>
                    </th>
                    <td data-label={t('outbox.col.step')}>
                      <div>{t(`outbox.step.${m.action}` as never) || m.action}</div>
                    </td>
                    <td data-label={t('outbox.col.to')}>
                      <div>
                        <span class="nowrap">{m.toMasked}</span>
                        <span class="outbox-table__sub">
                          {t(`outbox.channel.${m.channel}`)} · {m.lang === 'en' ? 'English' : '中文'}
                        </span>
                      </div>
                    </td>
                    <td data-label={t('outbox.col.text')}>
                      <div lang={m.lang} class="outbox-table__text">
                        {m.text}
                      </div>
                    </td>
                    <td data-label={t('outbox.col.status')}>
                      <div>
                        <Tag tone={m.status === 'sent' ? 'success' : 'warning'}>{t(`outbox.status.${m.status}`)}</Tag>
                        <span class="outbox-table__sub">{formatInstant(m.sentAt ?? m.createdAt, lang)}</span>
                      </div>
                    </td>
                  </tr>
                ))}
              </tbody>
            </table>
            {more.next && (
              <Button variant="secondary" onClick={loadMore} aria-disabled={more.loading}>
                {t('outbox.more')}
              </Button>
            )}
          </>
        )}
      </AsyncState>
    </CountyFrame>
  );
}
