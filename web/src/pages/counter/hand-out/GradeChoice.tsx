import { RATING_GRADES, type RatingGrade } from '../../../api/results.js';
import { useI18n } from '../../../i18n/i18n.js';

/**
 * The five national grades as big tiles for a finger on a tablet. Underneath they are one native
 * radio group (arrow keys move, Space picks, the legend is read with every option); the tile shows
 * focus and the choice in shape as well as colour.
 */
export function GradeChoice(props: { id: string; value: RatingGrade | undefined; onValue(grade: RatingGrade): void; error?: string }) {
  const { t } = useI18n();
  const { id, error } = props;
  return (
    <fieldset class={`grade-choice${error ? ' grade-choice--error' : ''}`} aria-describedby={error ? `${id}-error` : undefined}>
      <legend class="grade-choice__legend">{t('rating.legend')}</legend>
      {error && (
        <p class="field-error" id={`${id}-error`}>
          <span class="visually-hidden">{t('field.errorPrefix')}</span>
          {error}
        </p>
      )}
      <div class="grade-choice__options">
        {RATING_GRADES.map((grade, index) => {
          const optionId = index === 0 ? id : `${id}-${grade}`;
          return (
            <label key={grade} class={`grade-choice__tile grade-choice__tile--${grade}`} for={optionId}>
              <input
                class="grade-choice__input"
                type="radio"
                id={optionId}
                name={id}
                value={grade}
                checked={props.value === grade}
                onChange={() => props.onValue(grade)}
              />
              <span class="grade-choice__mark" aria-hidden="true" />
              <span class="grade-choice__text">{t(`rating.grade.${grade}`)}</span>
            </label>
          );
        })}
      </div>
    </fieldset>
  );
}
