import { useEffect } from 'preact/hooks';
import { ApiError } from '../../../api/api-error.js';
import { getCaseDetail } from '../../../api/counter.js';
import { usePlaceNames } from '../../../api/places.js';
import { useAsync } from '../../../api/use-async.js';
import { AsyncState } from '../../../components/AsyncState/AsyncState.js';
import { Button } from '../../../components/Button/Button.js';
import { Page, PageTitle } from '../../../components/Page/Page.js';
import { useDocumentLang, useI18n } from '../../../i18n/i18n.js';
import { api } from '../../../services.js';
import { NotFoundPage } from '../../errors/NotFoundPage.js';
import '../../notices/notice.css';
import type { DocTranslate } from '../../notices/NoticePage.js';
import { ReceiptSheet } from './ReceiptSheet.js';
import './receipt.css';

/**
 * The printable delivery receipt (送达回证) of a delivered case, A4 portrait, built from the case's
 * recorded delivery (so a reprint matches). Chinese by default; a button shows it in English.
 */
export function ReceiptPage(props: { caseId: string }) {
  const { t, lang } = useI18n();
  const { caseId } = props;
  const { docLang, toggleDocLang, td } = useDocumentLang();
  const detail = useAsync((signal) => getCaseDetail(api, caseId, signal), [caseId, lang]);
  usePlaceNames(api, true);

  // The site's header, footer and navigation are not part of the printed receipt.
  useEffect(() => {
    document.body.classList.add('notice-mode');
    return () => document.body.classList.remove('notice-mode');
  }, []);

  if (detail.status === 'error' && detail.error instanceof ApiError && detail.error.status === 404) return <NotFoundPage />;
  const delivered = detail.status === 'ready' && Boolean(detail.data.case.delivery) && detail.data.case.delivery?.method !== 'electronic';
  return (
    <Page>
      <div class="notice-toolbar no-print">
        <a href={`/counter/hand-out/${encodeURIComponent(caseId)}`}>{t('handout.receipt.back')}</a>
        <PageTitle>{t('handout.receipt.page')}</PageTitle>
        <p class="muted">{t('handout.receipt.printHint')}</p>
        {delivered && (
          <div class="notice-toolbar__actions">
            <Button onClick={() => window.print()} id="print-button">
              {t('notice.print')}
            </Button>
            <Button variant="secondary" onClick={toggleDocLang}>
              {t(docLang === 'zh-CN' ? 'notice.showEnglish' : 'notice.showChinese')}
            </Button>
          </div>
        )}
      </div>
      <AsyncState
        state={detail}
        loadingText={t('handout.receipt.loading')}
        errorTitle={t('handout.receipt.errorTitle')}
        isEmpty={(data) => !data.case.delivery || data.case.delivery.method === 'electronic'}
        emptyText={t('handout.receipt.notDelivered')}
      >
        {(data) => <ReceiptSheet detail={data} lang={docLang} td={td} />}
      </AsyncState>
    </Page>
  );
}
