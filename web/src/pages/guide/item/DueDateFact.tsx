import { getDueDate } from '../../../api/calendar.js';
import { errorText } from '../../../api/error-text.js';
import { useAsync } from '../../../api/use-async.js';
import { Tag } from '../../../components/Tag/Tag.js';
import { formatLocalDateWithWeekday } from '../../../i18n/dates.js';
import { useI18n } from '../../../i18n/i18n.js';
import { api } from '../../../services.js';

/**
 * "If accepted today, due on …": the calendar API counts the working days (holidays and 调休
 * included) and explains how; a date in a year with no published calendar is marked provisional.
 */
export function DueDateFact(props: { today: string; workingDays: number }) {
  const { t, lang } = useI18n();
  const due = useAsync((signal) => getDueDate(api, props.today, props.workingDays, signal), [props.today, props.workingDays]);
  return (
    <div aria-live="polite" data-testid="due-date">
      {due.status === 'loading' && <p class="muted">{t('guide.item.due.loading')}</p>}
      {due.status === 'error' && <p>{t('guide.item.due.error', { reason: errorText(due.error, t) })}</p>}
      {due.status === 'ready' && (
        <>
          <p class="item-page__due">
            <strong data-testid="due-date-value" data-date={due.data.dueDate}>
              {t('guide.item.due.value', { date: formatLocalDateWithWeekday(due.data.dueDate, lang) })}
            </strong>
            {due.data.provisional && (
              <Tag tone="warning" testId="due-date-provisional">
                {t('guide.item.due.provisional')}
              </Tag>
            )}
          </p>
          <p class="muted" data-testid="due-date-explanation">
            {due.data.explanation[lang]}
          </p>
          {due.data.provisional && <p class="muted">{t('guide.item.due.provisionalHelp', { years: due.data.provisionalYears.join(t('list.separator')) })}</p>}
        </>
      )}
    </div>
  );
}
