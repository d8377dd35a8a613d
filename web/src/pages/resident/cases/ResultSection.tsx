import { useState } from 'preact/hooks';
import { getCaseDecision } from '../../../api/decisions.js';
import { errorText } from '../../../api/error-text.js';
import type { Case } from '../../../api/intake.js';
import { receiveElectronically } from '../../../api/results.js';
import { useAsync } from '../../../api/use-async.js';
import { AsyncState } from '../../../components/AsyncState/AsyncState.js';
import { Button } from '../../../components/Button/Button.js';
import { Notice } from '../../../components/Notice/Notice.js';
import { formatLocalDate } from '../../../i18n/dates.js';
import { useI18n } from '../../../i18n/i18n.js';
import { api } from '../../../services.js';
import { saveSignedDecision } from '../../decision/save-signed-decision.js';

const enc = encodeURIComponent;

/**
 * 办理结果 on the applicant's case page, once a decision is sealed: its number and whether it
 * verifies, the signed decision to download and its printable page. While the API offers
 * `deliver_electronically`, the first download records the electronic delivery (the case completes).
 */
export function ResultSection(props: { c: Case; canReceive: boolean; onReceived(): void }) {
  const { t, lang } = useI18n();
  const { c } = props;
  const loaded = useAsync((signal) => getCaseDecision(api, c.caseId, signal), [c.caseId, c.version]);
  const [busy, setBusy] = useState(false);
  const [failure, setFailure] = useState<string>();
  const [downloaded, setDownloaded] = useState(false);
  const documentNumber = c.decision?.documentNumber ?? '';

  const download = async () => {
    if (busy) return;
    setBusy(true);
    setFailure(undefined);
    try {
      if (props.canReceive) await receiveElectronically(api, c.caseId, c.version);
      const decision = await getCaseDecision(api, c.caseId);
      saveSignedDecision(decision, documentNumber);
      setDownloaded(true);
      if (props.canReceive) props.onReceived();
    } catch (error) {
      setFailure(errorText(error, t) || t('result.error'));
    } finally {
      setBusy(false);
    }
  };

  return (
    <section class="result-box" aria-labelledby="result-title" data-testid="result-section">
      <h2 id="result-title">{t('result.title')}</h2>
      {props.canReceive && <p>{t('result.lead')}</p>}
      {c.delivery && (
        <p data-testid="result-delivered">
          {t('result.delivered', { date: formatLocalDate(c.delivery.on, lang), method: t(`result.method.${c.delivery.method}`) })}
        </p>
      )}
      <AsyncState state={loaded} loadingText={t('result.loading')} errorTitle={t('result.error')}>
        {(decision) => (
          <>
            <p>{t('result.number', { documentNumber })}</p>
            <p data-testid="result-status" data-status={decision.status}>
              {t(`result.status.${decision.status}`)}
            </p>
            {decision.status !== 'revoked' && (
              <>
                <p class="muted">{t(props.canReceive ? 'result.downloadHint' : 'result.downloadHintDone')}</p>
                <div class="resident-actions">
                  <Button onClick={download} aria-disabled={busy} id="result-download">
                    {t(busy ? 'result.downloading' : 'result.download')}
                  </Button>
                  <a href={`/cases/${enc(c.caseId)}/decision/print`} data-testid="result-print">
                    {t('result.print')}
                  </a>
                  <a href={`/verify/${enc(decision.record.verifyCode)}`} data-testid="result-verify">
                    {t('result.verify')}
                  </a>
                </div>
              </>
            )}
          </>
        )}
      </AsyncState>
      {downloaded && <Notice tone="success">{t('result.downloaded')}</Notice>}
      {failure && <Notice tone="error">{failure}</Notice>}
    </section>
  );
}
