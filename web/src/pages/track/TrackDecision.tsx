import { useState } from 'preact/hooks';
import { receiveDecisionByQueryCode, type ReceivedDecision } from '../../api/decisions.js';
import { errorText } from '../../api/error-text.js';
import type { CaseProgress } from '../../api/intake.js';
import { pickText } from '../../api/localized.js';
import { Button } from '../../components/Button/Button.js';
import { Notice } from '../../components/Notice/Notice.js';
import { formatLocalDate } from '../../i18n/dates.js';
import { useI18n } from '../../i18n/i18n.js';
import { api } from '../../services.js';
import { saveSignedDecision } from '../decision/save-signed-decision.js';
import { SummaryRow } from '../../components/SummaryRow/SummaryRow.js';

type Purpose = 'download' | 'print';

/** The query code and phone digits the page found the case with, as they were sent. */
export interface TrackProof {
  code: string;
  phoneLast4: string;
}

/**
 * 办理结果 on the lookup page, once the case has a decision in force: what was decided, by whom
 * and when, whether the result is out, the signed decision to download and its printable page,
 * and its verification. What the API says decides what is shown: while it says `receiveNow`,
 * the page states that downloading (or opening the printable page) counts as receiving it.
 */
export function TrackDecision(props: {
  decision: NonNullable<CaseProgress['decision']>;
  proof: TrackProof;
  /** The answer of a download or a print request: its progress replaces the page's. */
  onReceived(received: ReceivedDecision): void;
  onPrint(received: ReceivedDecision): void;
}) {
  const { t, lang } = useI18n();
  const { decision: d } = props;
  const [busy, setBusy] = useState<Purpose>();
  const [failure, setFailure] = useState<string>();
  const [done, setDone] = useState<{ recorded: boolean; status: ReceivedDecision['status'] }>();

  const receive = async (purpose: Purpose) => {
    if (busy) return;
    setBusy(purpose);
    setFailure(undefined);
    try {
      const received = await receiveDecisionByQueryCode(api, props.proof);
      props.onReceived(received);
      if (purpose === 'download') {
        saveSignedDecision(received, d.documentNumber);
        setDone({ recorded: received.recorded, status: received.status });
      } else props.onPrint(received);
    } catch (error) {
      setFailure(errorText(error, t) || t('result.error'));
    } finally {
      setBusy(undefined);
    }
  };

  return (
    <section class="result-box" aria-labelledby="track-decision-title" data-testid="track-decision" data-receive-now={String(d.receiveNow)}>
      <h3 id="track-decision-title">{t('result.title')}</h3>
      <dl class="summary-list">
        <SummaryRow label={t('verify.fact.outcome')} testId="track-decision-outcome">
          {t(`decision.outcome.${d.outcome}`)}
        </SummaryRow>
        {d.issuer && (
          <SummaryRow label={t('verify.fact.issuer')} testId="track-decision-issuer">
            {pickText(d.issuer, lang)}
          </SummaryRow>
        )}
        <SummaryRow label={t('verify.fact.decidedOn')}>{formatLocalDate(d.decidedOn, lang)}</SummaryRow>
        <SummaryRow label={t('verify.fact.documentNumber')}>{d.documentNumber}</SummaryRow>
      </dl>
      {d.delivery && (
        <p data-testid="track-decision-delivered">
          {t('result.delivered', { date: formatLocalDate(d.delivery.on, lang), method: t(`result.method.${d.delivery.method}`) })}
        </p>
      )}
      {d.receiveNow && (
        <p data-testid="track-decision-receive-now">
          <strong>{t('track.decision.receiveNow')}</strong>
        </p>
      )}
      <p class="muted">{t('result.downloadHintDone')}</p>
      <div class="resident-actions">
        <Button onClick={() => receive('download')} aria-disabled={Boolean(busy)} id="track-decision-download">
          {t(busy === 'download' ? 'result.downloading' : 'result.download')}
        </Button>
        <Button variant="secondary" onClick={() => receive('print')} aria-disabled={Boolean(busy)} id="track-decision-print">
          {t(busy === 'print' ? 'result.downloading' : 'result.print')}
        </Button>
        <a href={`/verify/${encodeURIComponent(d.verifyCode)}`} data-testid="track-decision-verify">
          {t('result.verify')}
        </a>
      </div>
      {/* One live region for the outcome of either button. */}
      <div aria-live="polite">
        {done && done.status !== 'authentic' && <Notice tone="error">{t(`result.status.${done.status}`)}</Notice>}
        {done && done.status === 'authentic' && (
          <Notice tone="success" announce={false}>
            {t(done.recorded ? 'result.downloaded' : 'track.decision.downloadedAgain')}
          </Notice>
        )}
      </div>
      {failure && <Notice tone="error">{failure}</Notice>}
    </section>
  );
}
