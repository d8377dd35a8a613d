import type { CaseStep } from '../../api/intake.js';
import { formatInstant } from '../../i18n/dates.js';
import { useI18n } from '../../i18n/i18n.js';
import { hasMessage } from '../../i18n/message-store.js';
import type { MessageKey } from '../../i18n/messages/index.js';
import './case-timeline.css';

/** The public steps of a case, oldest first, as a timeline: what happened and when. */
export function CaseTimeline(props: { steps: readonly CaseStep[]; headingId?: string }) {
  const { t, lang } = useI18n();
  if (props.steps.length === 0) return <p>{t('intake.timeline.empty')}</p>;
  return (
    <ol class="case-timeline" data-testid="case-timeline" {...(props.headingId ? { 'aria-labelledby': props.headingId } : {})}>
      {props.steps.map((step, index) => (
        <li key={step.seq} class={`case-timeline__step${index === props.steps.length - 1 ? ' case-timeline__step--last' : ''}`}>
          <span class="case-timeline__what">{stepText(step.action, t)}</span>
          <time class="case-timeline__when" dateTime={step.at}>
            {formatInstant(step.at, lang)}
          </time>
        </li>
      ))}
    </ol>
  );
}

// An action a later stage adds before this app knows it: say something true rather than a key.
function stepText(action: string, t: (key: MessageKey) => string): string {
  const key = `intake.step.${action}`;
  return t(hasMessage(key) ? key : 'intake.step.other');
}
