import type { CaseDetail } from '../../../api/counter.js';
import { ButtonLink } from '../../../components/Button/Button.js';
import { CaseStateTag } from '../../../components/CaseStateTag/CaseStateTag.js';
import { Notice } from '../../../components/Notice/Notice.js';
import { useI18n } from '../../../i18n/i18n.js';
import { formatDay } from '../dates.js';

/**
 * A case whose result is out: how and when, the case completed (办结), and what the clerk does
 * next: print the receipt for signature and, while `allowedActions` offers it, let the applicant
 * rate at the counter tablet.
 */
export function DeliveredPanel(props: { detail: CaseDetail; justDone: boolean }) {
  const { t, lang } = useI18n();
  const c = props.detail.case;
  const d = c.delivery!;
  const enc = encodeURIComponent(c.caseId);
  return (
    <Notice tone="success" title={t('handout.case.deliveredTitle')}>
      <p class="case-status">
        <CaseStateTag state={c.state} />
        <span data-testid="delivery-line">{t('result.delivered', { date: formatDay(d.on, lang), method: t(`result.method.${d.method}`) })}</span>
      </p>
      {props.justDone && <p>{t(d.method === 'post' ? 'handout.done.post.body' : 'handout.done.body')}</p>}
      <p class="hand-out-links">
        {d.method !== 'electronic' && (
          <ButtonLink href={`/counter/hand-out/${enc}/receipt`}>
            <span data-testid="print-receipt">{t('handout.receipt.print')}</span>
          </ButtonLink>
        )}
        {props.detail.allowedActions.includes('rate') && (
          <ButtonLink href={`/counter/rate/${enc}`} variant="secondary">
            <span data-testid="rate-at-counter">{t('handout.rateAtCounter')}</span>
          </ButtonLink>
        )}
      </p>
    </Notice>
  );
}
