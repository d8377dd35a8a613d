import type { CaseListEntry } from '../../api/intake.js';
import { pickText } from '../../api/localized.js';
import { CaseStateTag } from '../../components/CaseStateTag/CaseStateTag.js';
import { formatInstant, formatLocalDate } from '../../i18n/dates.js';
import { useI18n } from '../../i18n/i18n.js';
import { residentPaths } from './resident-paths.js';

/** The applicant's (or proxy's) cases, newest first: what, its state, and the date that matters next. */
export function CaseList(props: { cases: readonly CaseListEntry[]; showApplicant: boolean }) {
  const { t, lang } = useI18n();
  const cases = [...props.cases].sort((a, b) => b.receivedAt.localeCompare(a.receivedAt));
  return (
    <ul class="case-list" data-testid="case-list">
      {cases.map((c) => {
        const name = pickText(c.itemName, lang) || c.itemCode;
        return (
          <li key={c.caseId} class={`case-list__item${c.state === 'correction_required' ? ' case-list__item--action' : ''}`} data-case-id={c.caseId}>
            <a class="case-list__title" href={residentPaths.case(c.caseId)}>
              {name}
            </a>
            <p class="case-list__meta">
              <CaseStateTag state={c.state} />
              <span>
                {t('intake.case.caseNumber')}: {c.caseNumber}
              </span>
            </p>
            {props.showApplicant && (
              <p class="case-list__line">
                {t('intake.case.applicant')}: {c.applicant.name}
              </p>
            )}
            <p class="case-list__line">{t('intake.case.receivedAt', { at: formatInstant(c.receivedAt, lang) })}</p>
            {c.state === 'correction_required' && <p class="case-list__action">{t('intake.list.correctionPrompt')}</p>}
            {c.state === 'submitted' && <p class="case-list__line">{t('intake.list.answerBy', { date: formatLocalDate(c.answerDueOn, lang) })}</p>}
            {c.dueDates && (
              <p class="case-list__line">
                {t('intake.list.dueOn', { date: formatLocalDate(c.dueDates.promised, lang) })}
                {c.dueDates.provisional && <> {t('intake.due.provisionalShort')}</>}
              </p>
            )}
          </li>
        );
      })}
    </ul>
  );
}
