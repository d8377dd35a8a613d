import { useRoute } from 'preact-iso';
import { ApiError } from '../../api/api-error.js';
import { getCaseDecision } from '../../api/decisions.js';
import { useAsync } from '../../api/use-async.js';
import { AsyncState } from '../../components/AsyncState/AsyncState.js';
import { EmptyState } from '../../components/EmptyState/EmptyState.js';
import { Notice } from '../../components/Notice/Notice.js';
import { Page } from '../../components/Page/Page.js';
import { useI18n } from '../../i18n/i18n.js';
import { api } from '../../services.js';
import { WORKSPACE_PATHS } from '../../session/paths.js';
import { useSession } from '../../session/use-session.js';
import { DecisionSheet } from './DecisionSheet.js';
import { DecisionToolbar, useDocLang, useNoticeMode } from './DecisionToolbar.js';
// The strings this page's code speaks, beyond core (i18n/message-store.ts); they come with this chunk.
import '../../i18n/messages/seal.js';

/**
 * The printable decision of a case (`/cases/:caseId/decision/print`) for anyone who may read the
 * case. Chinese by default, as an official document is; a button shows it in English. A decision
 * whose signature does not hold is shown with a warning and no print button.
 */
export function DecisionPrintPage() {
  const { params } = useRoute();
  const { t, lang } = useI18n();
  const { session } = useSession();
  const caseId = params.caseId ?? '';
  const { docLang, setDocLang, td } = useDocLang();
  const decision = useAsync((signal) => getCaseDecision(api, caseId, signal), [caseId, lang]);
  useNoticeMode();

  const notDecided = decision.status === 'error' && decision.error instanceof ApiError && decision.error.status === 404;
  const back = session ? WORKSPACE_PATHS[session.user.workspace] : '/';
  const printable = decision.status === 'ready' && decision.data.status !== 'altered' && Boolean(decision.data.document);
  return (
    <Page>
      <DecisionToolbar back={<a href={back}>{t('decision.back')}</a>} printable={printable} docLang={docLang} onDocLang={setDocLang} />
      {notDecided ? (
        <EmptyState>{t('decision.notDecided')}</EmptyState>
      ) : (
        <AsyncState state={decision} loadingText={t('decision.loading')} errorTitle={t('decision.errorTitle')}>
          {(data) => (
            <>
              {data.status !== 'authentic' && (
                <div class="no-print">
                  <Notice tone="error">{t('decision.notAuthentic', { status: t(`verify.status.${data.status}`) })}</Notice>
                </div>
              )}
              {data.document && data.status !== 'altered' && (
                <DecisionSheet document={data.document} verifyUrl={data.verifyUrl} qrSvg={data.qrSvg} lang={docLang} td={td} />
              )}
            </>
          )}
        </AsyncState>
      )}
    </Page>
  );
}
