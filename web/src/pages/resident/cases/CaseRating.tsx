import { useState } from 'preact/hooks';
import { ApiError } from '../../../api/api-error.js';
import type { CaseDetail } from '../../../api/intake.js';
import { RATING_GRADES, rateCase, type RatingGrade } from '../../../api/results.js';
import { Button } from '../../../components/Button/Button.js';
import { ErrorSummary } from '../../../components/ErrorSummary/ErrorSummary.js';
import { Notice } from '../../../components/Notice/Notice.js';
import { RadioGroup } from '../../../components/RadioGroup/RadioGroup.js';
import { TextArea } from '../../../components/TextArea/TextArea.js';
import { formatLocalDateWithWeekday } from '../../../i18n/dates.js';
import { useI18n } from '../../../i18n/i18n.js';
import { api } from '../../../services.js';
import { localIssues, useStepSubmit } from '../apply/use-step-submit.js';

const GRADE_ID = 'rating-grade';
const COMMENT_ID = 'rating-comment';

/**
 * The applicant's rating (好差评, 一事一评 online): the form while `allowedActions` offers `rate`,
 * then the rating given and, for a poor one, the office's rectification (整改) and its reply.
 */
export function CaseRating(props: { detail: CaseDetail; onChanged(): void }) {
  const { t, lang } = useI18n();
  const c = props.detail.case;
  const given = c.ratings ?? [];
  const canRate = props.detail.allowedActions.includes('rate');
  if (!canRate && given.length === 0) return null;
  return (
    <section class="case-rating" aria-labelledby="rating-title" data-testid="case-rating">
      <h2 id="rating-title">{t('rating.title')}</h2>
      {given.map((r) => (
        <div key={r.ratingId} class="case-rating__given">
          <p>
            <strong>{t('rating.yours', { grade: t(`rating.grade.${r.grade}`) })}</strong>
          </p>
          {r.comment && <p class="case-rating__comment">{r.comment}</p>}
          {r.rectification && (
            <div class="case-rating__reply" data-testid="rectification-reply">
              <h3>{t('rating.reply.title')}</h3>
              {r.rectification.reply ? (
                <>
                  <p>{r.rectification.reply.text}</p>
                  {r.rectification.reply.contactedApplicant && <p class="muted">{t('rating.reply.contacted')}</p>}
                </>
              ) : (
                <p>{t('rating.reply.pending', { date: formatLocalDateWithWeekday(r.rectification.dueOn, lang) })}</p>
              )}
            </div>
          )}
        </div>
      ))}
      {canRate && <RatingForm detail={props.detail} onChanged={props.onChanged} />}
    </section>
  );
}

function RatingForm(props: { detail: CaseDetail; onChanged(): void }) {
  const { t } = useI18n();
  const c = props.detail.case;
  const [grade, setGrade] = useState<RatingGrade>();
  const [comment, setComment] = useState('');
  const { issues, failure, attempt, busy, onSubmit } = useStepSubmit(async () => {
    if (!grade) throw localIssues([{ path: 'grade', message: t('rating.error.grade') }]);
    try {
      await rateCase(api, c.caseId, c.version, grade, comment.trim() || undefined);
    } catch (error) {
      if (error instanceof ApiError && error.code === 'VERSION_CONFLICT') throw new ApiError(409, error.code, t('intake.respond.conflict'));
      throw error;
    }
    props.onChanged();
  });
  const fieldOf = (path: string) => (path === 'grade' ? GRADE_ID : path === 'comment' ? COMMENT_ID : undefined);
  const errors = issues.map((i) => ({ message: i.message, ...(fieldOf(i.path) ? { fieldId: fieldOf(i.path) } : {}) }));
  const errorAt = (path: string) => issues.find((i) => i.path === path)?.message;
  return (
    <form noValidate onSubmit={onSubmit} data-testid="rating-form">
      <ErrorSummary errors={errors} attempt={attempt} />
      <p>{t('rating.lead')}</p>
      <RadioGroup
        id={GRADE_ID}
        legend={t('rating.legend')}
        options={RATING_GRADES.map((g) => ({ value: g, label: t(`rating.grade.${g}`) }))}
        value={grade}
        onValue={(v) => setGrade(v as RatingGrade)}
        {...(errorAt('grade') ? { error: errorAt('grade') } : {})}
      />
      <TextArea
        id={COMMENT_ID}
        label={t('rating.comment')}
        hint={t('rating.comment.hint')}
        value={comment}
        onValue={setComment}
        rows={3}
        maxLength={500}
        {...(errorAt('comment') ? { error: errorAt('comment') } : {})}
      />
      {failure && <Notice tone="error">{failure}</Notice>}
      <div class="resident-actions">
        <Button type="submit" aria-disabled={busy}>
          {t('rating.submit')}
        </Button>
      </div>
    </form>
  );
}
