import { useState } from 'preact/hooks';
import type { Case, ItemVersion } from '../../../api/counter.js';
import type { CaseAction } from '../../../../../functions/core/case/case-actions.js';
import { useI18n } from '../../../i18n/i18n.js';
import { formatMoment } from '../dates.js';
import type { AnswerCallbacks } from './action-outcome.js';
import { AcceptForm } from './AcceptForm.js';
import { Section } from './CaseFacts.js';
import { CorrectionForm } from './CorrectionForm.js';
import type { MaterialStatus } from './materials.js';
import { NotAcceptForm } from './NotAcceptForm.js';

type Choice = 'accept' | 'correction' | 'notAccept';

/**
 * The counter's three answers to an application. Each opens its own small form under the
 * buttons (aria-expanded), so the clerk reaches it with one Tab.
 */
/** Which action of the transition table each answer takes. */
const ACTION_OF: Record<Choice, CaseAction> = { accept: 'accept', correction: 'require_correction', notAccept: 'not_accept' };

export function AnswerSection(
  props: { c: Case; allowed: readonly CaseAction[]; item: ItemVersion; statuses: MaterialStatus[]; today: string } & AnswerCallbacks,
) {
  const { t, lang } = useI18n();
  const { c } = props;
  const [choice, setChoice] = useState<Choice | undefined>();
  // The API says what the clerk may do; the page never decides it from the state.
  const choices = (['accept', 'correction', 'notAccept'] as const).filter((choice) => props.allowed.includes(ACTION_OF[choice]));
  if (choices.length === 0) return null;
  return (
    <Section id="answer" title={t('counter.answer.title')}>
      <div class="answer-panel">
        {c.state === 'correction_required' && c.correction && (
          <p data-testid="waiting-applicant">
            {t('counter.answer.waitingApplicant', {
              round: c.correction.round,
              at: formatMoment(c.correction.issuedAt, lang),
              count: c.correction.items.length,
            })}
          </p>
        )}
        <div class="answer-choices" role="group" aria-label={t('counter.answer.choose')}>
          {choices.map((option) => (
            <button
              key={option}
              type="button"
              class="button button--secondary"
              aria-expanded={choice === option}
              aria-controls="answer-form"
              data-testid={`choose-${option}`}
              onClick={() => setChoice(choice === option ? undefined : option)}
            >
              {t(`counter.answer.${option}`)}
            </button>
          ))}
        </div>
        <div id="answer-form">
          {choice === 'accept' && <AcceptForm {...props} />}
          {choice === 'correction' && <CorrectionForm {...props} />}
          {choice === 'notAccept' && <NotAcceptForm {...props} />}
        </div>
      </div>
    </Section>
  );
}
