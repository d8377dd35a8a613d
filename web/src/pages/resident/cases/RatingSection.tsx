import { useState } from 'preact/hooks';
import { ApiError } from '../../../api/api-error.js';
import { errorText } from '../../../api/error-text.js';
import { getCase, type Case } from '../../../api/intake.js';
import { RATING_GRADES, rateCase, type RatingGrade } from '../../../api/results.js';
import { Button } from '../../../components/Button/Button.js';
import { Notice } from '../../../components/Notice/Notice.js';
import { RadioGroup } from '../../../components/RadioGroup/RadioGroup.js';
import { TextArea } from '../../../components/TextArea/TextArea.js';
import { formatInstant, formatLocalDate } from '../../../i18n/dates.js';
import { useI18n } from '../../../i18n/i18n.js';
import { api } from '../../../services.js';

const GRADE_ID = 'rating-grade';
const COMMENT_ID = 'rating-comment';

/**
 * 好差评 on the applicant's case page: the form when the API allows `rate` (one rating per case
 * online, never edited), and every rating given with its rectification task and the office's reply.
 */
export function RatingSection(props: { c: Case; canRate: boolean; onRated(): void }) {
  const { t } = useI18n();
  const ratings = props.c.ratings ?? [];
  if (!props.canRate && ratings.length === 0) return null;
  return (
    <section class="rating-box" aria-labelledby="rating-title" data-testid="rating-section">
      <h2 id="rating-title">{t(props.canRate ? 'rating.title' : 'rating.given.title')}</h2>
      {ratings.map((r) => (
        <GivenRating key={r.ratingId} rating={r} />
      ))}
      {props.canRate && <RatingForm c={props.c} onRated={props.onRated} />}
    </section>
  );
}

type Rating = NonNullable<Case['ratings']>[number];

function GivenRating(props: { rating: Rating }) {
  const { t, lang } = useI18n();
  const r = props.rating;
  const task = r.rectification;
  return (
    <div class="rating-given" data-testid="rating-given" data-grade={r.grade}>
      <p>
        <strong>{t('rating.yours', { grade: t(`rating.grade.${r.grade}`) })}</strong>
        <span class="muted"> · {t('rating.given.at', { channel: t(`rating.channel.${r.channel}`), at: formatInstant(r.at, lang) })}</span>
      </p>
      {r.comment && <p>{t('rating.given.comment', { comment: r.comment })}</p>}
      {task && (
        <div class="rating-reply" data-testid="rectification" data-replied={task.reply ? 'yes' : 'no'}>
          <h3>{t('rating.reply.title')}</h3>
          {task.reply ? (
            <>
              <p>{t('rating.reply.answered', { at: formatInstant(task.reply.at, lang) })}</p>
              <blockquote class="rating-reply__text" data-testid="rectification-reply">
                {task.reply.text}
              </blockquote>
              <p class="muted">{t(task.reply.contactedApplicant ? 'rating.reply.contacted' : 'rating.reply.notContacted')}</p>
            </>
          ) : (
            <p data-testid="rectification-pending">{t('rating.reply.pending', { date: formatLocalDate(task.dueOn, lang) })}</p>
          )}
        </div>
      )}
    </div>
  );
}

function RatingForm(props: { c: Case; onRated(): void }) {
  const { t } = useI18n();
  const [grade, setGrade] = useState<RatingGrade | ''>('');
  const [comment, setComment] = useState('');
  const [gradeError, setGradeError] = useState<string>();
  const [failure, setFailure] = useState<string>();
  const [refused, setRefused] = useState(false);
  const [busy, setBusy] = useState(false);
  const onSubmit = async (event: Event) => {
    event.preventDefault();
    if (busy) return;
    if (!grade) {
      setGradeError(t('rating.error.grade'));
      document.getElementById(GRADE_ID)?.focus();
      return;
    }
    setGradeError(undefined);
    setFailure(undefined);
    setRefused(false);
    setBusy(true);
    try {
      const send = (version: number) => rateCase(api, props.c.caseId, version, grade, comment.trim() || undefined);
      // A rating does not depend on what else changed on the case: after a version conflict it is sent
      // once more on the current version, and the API alone says whether the case may still be rated.
      await send(props.c.version).catch(async (error: unknown) => {
        if (!(error instanceof ApiError && error.code === 'VERSION_CONFLICT')) throw error;
        return send((await getCase(api, props.c.caseId)).case.version);
      });
      props.onRated();
    } catch (error) {
      // A second vote (another tab, a double click that got through) is refused by the API: say so plainly.
      if (error instanceof ApiError && error.code === 'ALREADY_RATED') setRefused(true);
      else setFailure(errorText(error, t));
    } finally {
      setBusy(false);
    }
  };
  return (
    <form noValidate onSubmit={onSubmit} data-testid="rating-form">
      <p>{t('rating.lead')}</p>
      <RadioGroup
        id={GRADE_ID}
        legend={t('rating.legend')}
        options={RATING_GRADES.map((g) => ({ value: g, label: t(`rating.grade.${g}`) }))}
        value={grade}
        onValue={(v) => setGrade(v as RatingGrade)}
        {...(gradeError ? { error: gradeError } : {})}
      />
      <TextArea id={COMMENT_ID} label={t('rating.comment')} hint={t('rating.comment.hint')} value={comment} onValue={setComment} rows={3} maxLength={500} />
      {refused && (
        <div data-testid="rating-failure">
          <Notice tone="error" title={t('rating.error.already')}>
            <Button variant="secondary" onClick={props.onRated}>
              {t('rating.error.showGiven')}
            </Button>
          </Notice>
        </div>
      )}
      {failure && (
        <div data-testid="rating-failure">
          <Notice tone="error">{failure}</Notice>
        </div>
      )}
      <Button type="submit" aria-disabled={busy}>
        {t(busy ? 'rating.sending' : 'rating.submit')}
      </Button>
    </form>
  );
}
