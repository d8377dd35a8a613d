import type { CaseState } from '../../api/intake.js';
import { useI18n } from '../../i18n/i18n.js';
import './case-state-tag.css';

/** How a state looks: waiting on the applicant is the one that asks for action. */
const TONE: Record<CaseState, 'waiting' | 'action' | 'progress' | 'done' | 'stopped'> = {
  submitted: 'waiting',
  correction_required: 'action',
  not_accepted: 'stopped',
  under_review: 'progress',
  forwarded: 'progress',
  suspended: 'waiting',
  decided: 'done',
  delivered: 'done',
  completed: 'done',
  withdrawn: 'stopped',
  terminated: 'stopped',
};

/** A case's state in plain words, as a tag. */
export function CaseStateTag(props: { state: CaseState }) {
  const { t } = useI18n();
  return (
    <strong class={`case-state case-state--${TONE[props.state]}`} data-testid="case-state" data-state={props.state}>
      {t(`intake.state.${props.state}`)}
    </strong>
  );
}
