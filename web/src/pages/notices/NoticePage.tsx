import { useRoute } from 'preact-iso';
import { useEffect } from 'preact/hooks';
import { ApiError } from '../../api/api-error.js';
import { isNoticeKind } from '../../api/notices.js';
import { useAsync } from '../../api/use-async.js';
import { AsyncState } from '../../components/AsyncState/AsyncState.js';
import { Button } from '../../components/Button/Button.js';
import { Page, PageTitle } from '../../components/Page/Page.js';
import type { MessageParams } from '../../i18n/format.js';
import { useDocumentLang, useI18n } from '../../i18n/i18n.js';
import type { MessageKey } from '../../i18n/messages/index.js';
import { api } from '../../services.js';
import { useSession } from '../../session/use-session.js';
import { NotFoundPage } from '../errors/NotFoundPage.js';
import { loadNotice } from './load-notice.js';
import { NoticeSheet } from './NoticeSheet.js';
import './notice.css';
// The strings this page's code speaks, beyond core (i18n/message-store.ts); they come with this chunk.
import '../../i18n/messages/counter.js';
import '../../i18n/messages/office.js';

/** Translates into the notice's own language, which need not be the page's. */
export type DocTranslate = (key: MessageKey, params?: MessageParams) => string;

/**
 * A printable notice (受理通知书 / 一次性告知书 / 不予受理通知书) on A4. The sheet is Chinese by
 * default, as an official document is, whatever language the page is in; a button shows it in
 * English. Printing hides everything but the sheet.
 */
export function NoticePage() {
  const { params } = useRoute();
  const { t, lang } = useI18n();
  const { session } = useSession();
  const caseId = params.caseId ?? '';
  const kind = params.kind;
  const { docLang, toggleDocLang, td } = useDocumentLang();
  const notice = useAsync(
    (signal) => (isNoticeKind(kind) ? loadNotice(api, caseId, kind, signal) : Promise.reject(new ApiError(404, 'NOT_FOUND', ''))),
    [caseId, kind, lang],
  );

  // The site's header and footer are not part of the printed notice.
  useEffect(() => {
    document.body.classList.add('notice-mode');
    return () => document.body.classList.remove('notice-mode');
  }, []);

  if (!isNoticeKind(kind) || (notice.status === 'error' && notice.error instanceof ApiError && notice.error.status === 404)) return <NotFoundPage />;

  const workspace = session?.user.workspace;
  const back =
    workspace === 'counter'
      ? `/counter/cases/${encodeURIComponent(caseId)}`
      : workspace === 'office'
        ? `/office/cases/${encodeURIComponent(caseId)}`
        : '/resident';
  const backKey = workspace === 'counter' ? 'notice.backToCase' : workspace === 'office' ? 'notice.backToOffice' : 'notice.backToMine';
  return (
    <Page>
      <div class="notice-toolbar no-print">
        <a href={back}>{t(backKey)}</a>
        <PageTitle>{t(`notice.page.${kind}`)}</PageTitle>
        <p class="muted">{t('notice.printHint')}</p>
        <div class="notice-toolbar__actions">
          <Button onClick={() => window.print()} id="print-button">
            {t('notice.print')}
          </Button>
          <Button variant="secondary" onClick={toggleDocLang}>
            {t(docLang === 'zh-CN' ? 'notice.showEnglish' : 'notice.showChinese')}
          </Button>
        </div>
      </div>
      <AsyncState state={notice} loadingText={t('notice.loading')} errorTitle={t('notice.errorTitle')}>
        {(data) => <NoticeSheet {...data} lang={docLang} td={td} />}
      </AsyncState>
    </Page>
  );
}
