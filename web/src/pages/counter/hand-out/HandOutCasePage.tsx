import type { ComponentChildren } from 'preact';
import { useEffect, useRef, useState } from 'preact/hooks';
import { maskIdNumber } from '../../../../../functions/core/privacy/mask.js';
import { ApiError } from '../../../api/api-error.js';
import { getCaseDetail, type CaseDetail } from '../../../api/counter.js';
import { pickText } from '../../../api/localized.js';
import { useAsync } from '../../../api/use-async.js';
import { AsyncState } from '../../../components/AsyncState/AsyncState.js';
import { Button } from '../../../components/Button/Button.js';
import { ErrorSummary, type SummaryError } from '../../../components/ErrorSummary/ErrorSummary.js';
import { Notice } from '../../../components/Notice/Notice.js';
import { PageTitle } from '../../../components/Page/Page.js';
import { useI18n } from '../../../i18n/i18n.js';
import { api } from '../../../services.js';
import { NotFoundPage } from '../../errors/NotFoundPage.js';
import { CounterFrame } from '../CounterFrame.js';
import { chinaToday, formatDay } from '../dates.js';
import { DeliveredPanel } from './DeliveredPanel.js';
import { HandOverForm } from './HandOverForm.js';
import './hand-out.css';

function Fact(props: { label: string; children: ComponentChildren; testId?: string }) {
  return (
    <div class="dense-list__row" data-testid={props.testId}>
      <dt>{props.label}</dt>
      <dd>{props.children}</dd>
    </div>
  );
}

/** One decided case at the counter: what is handed out, the hand-over or posting, then the receipt and the rating. */
export function HandOutCasePage(props: { caseId: string }) {
  const { t, lang } = useI18n();
  const { caseId } = props;
  const detail = useAsync((signal) => getCaseDetail(api, caseId, signal), [caseId, lang]);
  const [errors, setErrors] = useState<SummaryError[]>([]);
  const [attempt, setAttempt] = useState(0);
  const [conflict, setConflict] = useState(false);
  const [justDone, setJustDone] = useState(false);
  const doneRef = useRef<HTMLDivElement>(null);
  const today = chinaToday();

  const ready = detail.status === 'ready' ? detail.data : undefined;
  useEffect(() => {
    if (justDone && ready?.case.delivery) doneRef.current?.focus();
  }, [justDone, ready]);

  if (detail.status === 'error' && detail.error instanceof ApiError && detail.error.status === 404) return <NotFoundPage />;

  const report = (list: SummaryError[]) => {
    setErrors(list);
    setAttempt((n) => n + 1);
  };
  const reload = () => {
    setConflict(false);
    setErrors([]);
    detail.reload();
  };
  const title = ready ? t('handout.case.title', { caseNumber: ready.case.caseNumber }) : t('handout.title');

  return (
    <CounterFrame>
      <a class="back-link no-print" href="/counter/hand-out">
        {t('handout.case.back')}
      </a>
      <ErrorSummary errors={errors} attempt={attempt} />
      {conflict && (
        <Notice tone="error" title={t('counter.conflict.title')}>
          <p>{t('counter.conflict.body')}</p>
          <Button variant="secondary" onClick={reload}>
            {t('counter.conflict.reload')}
          </Button>
        </Notice>
      )}
      <PageTitle hasErrors={errors.length > 0}>{title}</PageTitle>
      <AsyncState state={detail} loadingText={t('handout.case.loading')} errorTitle={t('handout.case.errorTitle')}>
        {(data: CaseDetail) => {
          const c = data.case;
          return (
            <div data-testid="hand-out-case" data-state={c.state} data-version={c.version}>
              <dl class="dense-list hand-out-facts">
                <Fact label={t('handout.case.applicant')}>
                  {c.applicant.name}
                  {c.applicant.idNumber && <span class="hand-out-sub">{maskIdNumber(c.applicant.idNumber)}</span>}
                </Fact>
                <Fact label={t('handout.case.item')}>{pickText(data.itemName, lang) || c.itemCode}</Fact>
                {c.decision && (
                  <Fact label={t('handout.case.outcome')} testId="hand-out-decision">
                    {t(`handout.outcome.${c.decision.outcome}`)}
                    <span class="hand-out-sub">
                      {t('handout.case.decision', { documentNumber: c.decision.documentNumber, date: formatDay(c.decision.decidedOn, lang) })}
                    </span>
                  </Fact>
                )}
                {c.deliveryDueOn && !c.delivery && (
                  <Fact label={t('handout.col.card')}>{t('handout.case.due', { date: formatDay(c.deliveryDueOn, lang) })}</Fact>
                )}
              </dl>
              {c.decision && (
                <p class="hand-out-links">
                  <a href={`/cases/${encodeURIComponent(c.caseId)}/decision/print`} data-testid="print-decision">
                    {t('handout.case.printDecision')}
                  </a>
                </p>
              )}
              {c.delivery ? (
                <div ref={doneRef} tabIndex={-1} class="hand-out-done" data-testid="hand-out-done">
                  <DeliveredPanel detail={data} justDone={justDone} />
                </div>
              ) : data.allowedActions.includes('deliver') ? (
                <HandOverForm
                  key={c.version}
                  c={c}
                  today={today}
                  onDone={() => {
                    setJustDone(true);
                    detail.reload();
                  }}
                  onErrors={report}
                  onConflict={() => {
                    setConflict(true);
                    report([{ message: t('counter.conflict.summary') }]);
                  }}
                />
              ) : (
                <Notice>{t('handout.case.notReady')}</Notice>
              )}
            </div>
          );
        }}
      </AsyncState>
    </CounterFrame>
  );
}
