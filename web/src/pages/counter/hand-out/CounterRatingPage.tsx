import { useEffect, useRef, useState } from 'preact/hooks';
import { ApiError } from '../../../api/api-error.js';
import { getCaseDetail, type CaseDetail } from '../../../api/counter.js';
import { errorText } from '../../../api/error-text.js';
import { pickText } from '../../../api/localized.js';
import { rateCase, type RatingGrade } from '../../../api/results.js';
import { useAsync } from '../../../api/use-async.js';
import { AsyncState } from '../../../components/AsyncState/AsyncState.js';
import { Button } from '../../../components/Button/Button.js';
import { ErrorSummary } from '../../../components/ErrorSummary/ErrorSummary.js';
import { Notice } from '../../../components/Notice/Notice.js';
import { Page, PageTitle } from '../../../components/Page/Page.js';
import { TextArea } from '../../../components/TextArea/TextArea.js';
import { useI18n } from '../../../i18n/i18n.js';
import { api } from '../../../services.js';
import { NotFoundPage } from '../../errors/NotFoundPage.js';
import { useInFlight } from '../use-in-flight.js';
import { GradeChoice } from './GradeChoice.js';
import './rating-tablet.css';

const GRADE_ID = 'counter-grade';
const COMMENT_ID = 'counter-comment';

/**
 * 一次一评 at the counter: the clerk opens this page on the tablet and turns it to the applicant,
 * who picks one of the five grades and may add a comment. The clerk is signed in, so the API
 * records it on the counter channel; one per case and channel, never changed.
 */
export function CounterRatingPage(props: { caseId: string }) {
  const { t, lang } = useI18n();
  const { caseId } = props;
  const detail = useAsync((signal) => getCaseDetail(api, caseId, signal), [caseId, lang]);
  if (detail.status === 'error' && detail.error instanceof ApiError && detail.error.status === 404) return <NotFoundPage />;
  return (
    <Page>
      <div class="rating-tablet">
        <PageTitle>{t('rating.counter.title')}</PageTitle>
        <AsyncState state={detail} loadingText={t('rating.counter.loading')} errorTitle={t('rating.counter.errorTitle')}>
          {(data) => <RatingBody key={data.case.version} detail={data} />}
        </AsyncState>
        <p class="rating-tablet__clerk no-print">
          <a href={`/counter/hand-out/${encodeURIComponent(caseId)}`}>{t('rating.counter.back')}</a>
        </p>
      </div>
    </Page>
  );
}

type Outcome = { kind: 'done'; grade: RatingGrade } | { kind: 'refused'; message: string };

function RatingBody(props: { detail: CaseDetail }) {
  const { t, lang } = useI18n();
  const c = props.detail.case;
  const [grade, setGrade] = useState<RatingGrade>();
  const [comment, setComment] = useState('');
  const [gradeError, setGradeError] = useState<string>();
  const [attempt, setAttempt] = useState(0);
  const [outcome, setOutcome] = useState<Outcome>();
  const { busy, run } = useInFlight();
  const outcomeRef = useRef<HTMLDivElement>(null);
  useEffect(() => {
    if (outcome) outcomeRef.current?.focus();
  }, [outcome]);

  const item = pickText(props.detail.itemName, lang) || c.itemCode;
  const lead = (
    <p class="rating-tablet__lead">
      {t('rating.counter.lead', { caseNumber: c.caseNumber })}
      <span class="rating-tablet__item">{item}</span>
    </p>
  );

  if (outcome || !props.detail.allowedActions.includes('rate')) {
    const ratedHere = (c.ratings ?? []).some((r) => r.channel === 'counter');
    return (
      <div ref={outcomeRef} tabIndex={-1} class="rating-tablet__outcome" data-testid="counter-rating-outcome" data-outcome={outcome?.kind ?? 'closed'}>
        {outcome?.kind === 'done' ? (
          <Notice tone="success" title={t('rating.done')}>
            <p>{t('rating.yours', { grade: t(`rating.grade.${outcome.grade}`) })}</p>
            <p>{t('rating.counter.done')}</p>
          </Notice>
        ) : outcome?.kind === 'refused' ? (
          <Notice tone="error" title={t('rating.counter.refused')}>
            <p data-testid="counter-rating-refusal">{outcome.message}</p>
          </Notice>
        ) : (
          <Notice tone={ratedHere ? 'success' : 'info'}>
            <p>{t(ratedHere ? 'rating.counter.already' : 'rating.counter.notYet')}</p>
          </Notice>
        )}
      </div>
    );
  }

  const send = async (version: number, chosen: RatingGrade, retried = false): Promise<void> => {
    try {
      await rateCase(api, c.caseId, version, chosen, comment.trim() || undefined);
      setOutcome({ kind: 'done', grade: chosen });
    } catch (error) {
      // The case moved since the page opened (an online rating, another tab): a counter rating
      // means the same whatever moved, so it goes once more on the new version, and the API
      // answers for itself (recorded, or its refusal, e.g. already rated at the counter).
      if (!retried && error instanceof ApiError && error.status === 409) {
        const fresh = await getCaseDetail(api, c.caseId).catch(() => undefined);
        if (fresh) return send(fresh.case.version, chosen, true);
      }
      setOutcome({ kind: 'refused', message: errorText(error, t) });
    }
  };

  const onSubmit = async (event: Event) => {
    event.preventDefault();
    setAttempt((n) => n + 1);
    if (!grade) {
      setGradeError(t('rating.error.grade'));
      return;
    }
    setGradeError(undefined);
    await run(() => send(c.version, grade));
  };

  return (
    <form class="rating-tablet__form" noValidate onSubmit={onSubmit} data-testid="counter-rating-form">
      <ErrorSummary errors={gradeError ? [{ fieldId: GRADE_ID, message: gradeError }] : []} attempt={attempt} />
      {lead}
      <GradeChoice
        id={GRADE_ID}
        value={grade}
        onValue={(g) => {
          setGrade(g);
          setGradeError(undefined);
        }}
        {...(gradeError ? { error: gradeError } : {})}
      />
      <TextArea id={COMMENT_ID} label={t('rating.comment')} hint={t('rating.comment.hint')} value={comment} onValue={setComment} rows={3} maxLength={1000} />
      <Button type="submit" aria-disabled={busy} class="rating-tablet__submit" id="counter-rating-submit">
        {busy ? t('rating.counter.sending') : t('rating.submit')}
      </Button>
    </form>
  );
}
