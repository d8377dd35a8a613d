import { useEffect, useRef, useState } from 'preact/hooks';
import { ApiError } from '../../../api/api-error.js';
import { getCaseDetail, recordOriginal, type CaseDetail } from '../../../api/counter.js';
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
import { failureOf } from './action-outcome.js';
import { AnswerSection } from './AnswerSection.js';
import { CaseHistory } from './CaseHistory.js';
import { AnswerFacts, ApplicantFacts, CaseInfoFacts, ConditionFacts, Section, SituationFacts } from './CaseFacts.js';
import { CaseStatusLine, NoticeLinks } from './CaseStatus.js';
import { loadReview, type ReviewData } from './load-review.js';
import { MaterialsTable } from './MaterialsTable.js';
import { materialStatuses } from './materials.js';

type Outcome = 'accepted' | 'correction' | 'notAccepted';
const NOTICE_OF: Record<Outcome, 'acceptance' | 'correction' | 'not-accepted'> = {
  accepted: 'acceptance',
  correction: 'correction',
  notAccepted: 'not-accepted',
};

/** One case for the clerk to decide: everything a generalist needs, then the three answers. */
export function CaseReviewPage(props: { caseId: string }) {
  const { t, lang } = useI18n();
  const { caseId } = props;
  const review = useAsync((signal) => loadReview(api, caseId, signal), [caseId, lang]);
  // A newer copy of the case after a step that does not change what the page is built from.
  const [fresh, setFresh] = useState<CaseDetail | undefined>();
  const [errors, setErrors] = useState<SummaryError[]>([]);
  const [attempt, setAttempt] = useState(0);
  const [conflict, setConflict] = useState(false);
  const [done, setDone] = useState<Outcome | undefined>();
  const [originalBusy, setOriginalBusy] = useState<string | undefined>();
  const doneRef = useRef<HTMLDivElement>(null);

  useEffect(() => {
    if (done) doneRef.current?.focus();
  }, [done]);

  const report = (list: SummaryError[]) => {
    setErrors(list);
    setAttempt((n) => n + 1);
  };
  const onConflict = () => {
    setConflict(true);
    report([{ message: t('counter.conflict.summary') }]);
  };
  const reload = () => {
    setConflict(false);
    setErrors([]);
    setFresh(undefined);
    review.reload();
  };
  // The answer's notice appears with the case as it now stands, never beside the state it left.
  const onDone = async (outcome: Outcome) => {
    setConflict(false);
    setErrors([]);
    try {
      setFresh(await getCaseDetail(api, caseId));
    } catch {
      setFresh(undefined);
      review.reload();
    }
    setDone(outcome);
  };

  if (review.status === 'error' && review.error instanceof ApiError && review.error.status === 404) return <NotFoundPage />;

  const data: ReviewData | undefined = review.status === 'ready' ? { ...review.data, detail: fresh ?? review.data.detail } : undefined;
  const title = data ? pickText(data.item.name, lang) || data.detail.case.itemCode : t('counter.review.title');

  const checkOriginal = async (materialId: string) => {
    if (!data) return;
    setOriginalBusy(materialId);
    try {
      await recordOriginal(api, caseId, { version: data.detail.case.version, materialId });
      setFresh(await getCaseDetail(api, caseId));
      setErrors([]);
    } catch (error) {
      const failure = failureOf(error, t);
      if (failure.kind === 'conflict') onConflict();
      else report([{ message: failure.kind === 'issues' ? failure.issues.map((i) => i.message).join(' ') : failure.message }]);
    } finally {
      setOriginalBusy(undefined);
    }
  };

  return (
    <CounterFrame>
      <a class="back-link no-print" href="/counter">
        {t('counter.review.back')}
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
      <PageTitle hasErrors={errors.length > 0} {...(data ? { caption: data.detail.case.caseNumber } : {})}>
        {title}
      </PageTitle>
      {done && (
        <div ref={doneRef} tabIndex={-1} data-testid="answer-done">
          <Notice tone="success" title={t(`counter.done.${done}`)}>
            <p class="notice-links">
              <a class="button button--primary" href={`/notices/${encodeURIComponent(caseId)}/${NOTICE_OF[done]}`} data-testid="print-notice">
                {t(`counter.done.print.${done}`)}
              </a>
              <a class="button button--secondary" href="/counter">
                {t('counter.done.backToQueue')}
              </a>
            </p>
          </Notice>
        </div>
      )}
      <AsyncState state={review} loadingText={t('counter.review.loading')} errorTitle={t('counter.review.errorTitle')}>
        {() => {
          const { detail, item, checklist, today } = data!;
          const c = detail.case;
          const statuses = materialStatuses(c, checklist.materials);
          return (
            <div data-testid="case-review" data-state={c.state} data-version={c.version}>
              <CaseStatusLine c={c} today={today} />
              <div class="case-grid">
                <ApplicantFacts applicant={c.applicant} />
                <CaseInfoFacts c={c} item={item} today={today} />
                <AnswerFacts c={c} item={item} />
                <div>
                  <SituationFacts c={c} item={item} checklist={checklist} />
                  <ConditionFacts checklist={checklist} />
                </div>
              </div>
              <Section id="materials" title={t('counter.review.materials')}>
                <MaterialsTable
                  caseId={caseId}
                  statuses={statuses}
                  canCheckOriginals={detail.allowedActions.includes('record_original')}
                  {...(originalBusy ? { busyMaterialId: originalBusy } : {})}
                  onCheckOriginal={checkOriginal}
                />
              </Section>
              <AnswerSection
                c={c}
                allowed={detail.allowedActions}
                item={item}
                statuses={statuses}
                today={today}
                onDone={onDone}
                onErrors={report}
                onConflict={onConflict}
              />
              <NoticeLinks c={c} events={detail.events} />
              <Section id="history" title={t('counter.review.history')}>
                <CaseHistory events={detail.events} materials={checklist.materials} />
              </Section>
            </div>
          );
        }}
      </AsyncState>
    </CounterFrame>
  );
}
