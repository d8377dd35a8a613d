import { useState } from 'preact/hooks';
import { ApiError } from '../../../api/api-error.js';
import { errorText } from '../../../api/error-text.js';
import type { CaseDetail } from '../../../api/intake.js';
import { getDecision, receiveElectronically } from '../../../api/results.js';
import { Button } from '../../../components/Button/Button.js';
import { Notice } from '../../../components/Notice/Notice.js';
import { formatLocalDateWithWeekday } from '../../../i18n/dates.js';
import { useI18n } from '../../../i18n/i18n.js';
import { api } from '../../../services.js';

/** Saves the signed decision (the canonical document the seal signs, with its record) as a file. */
function saveJson(name: string, value: unknown) {
  const url = URL.createObjectURL(new Blob([`${JSON.stringify(value, null, 2)}\n`], { type: 'application/json' }));
  const a = document.createElement('a');
  a.href = url;
  a.download = name;
  document.body.append(a);
  a.click();
  a.remove();
  setTimeout(() => URL.revokeObjectURL(url), 1000);
}

/**
 * The result of a decided case: how it was delivered, the printable decision, and the signed
 * decision to download. Taking it online is the electronic delivery (送达): the API records it
 * and completes the case, so the button is there only while `allowedActions` offers it.
 */
export function CaseResult(props: { detail: CaseDetail; onChanged(): void }) {
  const { t, lang } = useI18n();
  const c = props.detail.case;
  const [busy, setBusy] = useState(false);
  const [failure, setFailure] = useState<string>();
  if (!c.decision) return null;
  const canReceive = props.detail.allowedActions.includes('deliver_electronically');
  const download = async () => {
    if (busy) return;
    setBusy(true);
    setFailure(undefined);
    try {
      if (canReceive) await receiveElectronically(api, c.caseId, c.version);
      const decision = await getDecision(api, c.caseId);
      saveJson(`decision-${c.decision?.documentNumber ?? c.caseNumber}.json`, {
        record: decision.record,
        document: decision.document,
        verifyUrl: decision.verifyUrl,
      });
      if (canReceive) props.onChanged();
    } catch (error) {
      setFailure(error instanceof ApiError && error.code === 'VERSION_CONFLICT' ? t('intake.respond.conflict') : errorText(error, t) || t('result.error'));
    } finally {
      setBusy(false);
    }
  };
  return (
    <section class="case-result" aria-labelledby="result-title" data-testid="case-result">
      <h2 id="result-title">{t('result.title')}</h2>
      {c.delivery ? (
        <p data-testid="delivery-line">
          {t('result.delivered', { date: formatLocalDateWithWeekday(c.delivery.on, lang), method: t(`result.method.${c.delivery.method}`) })}
        </p>
      ) : (
        <p>{t('result.lead')}</p>
      )}
      {c.decision.revoked && <Notice tone="error">{t('result.status.revoked')}</Notice>}
      <div class="resident-actions">
        <Button variant="secondary" onClick={download} aria-disabled={busy} id="download-decision">
          {busy ? t('result.downloading') : t('result.download')}
        </Button>
        <a href={`/cases/${encodeURIComponent(c.caseId)}/decision/print`}>{t('result.print')}</a>
        <a href={`/verify/${encodeURIComponent(c.decision.verifyCode)}`}>{t('result.verify')}</a>
      </div>
      {failure && <Notice tone="error">{failure}</Notice>}
    </section>
  );
}
