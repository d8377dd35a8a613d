import { useState } from 'preact/hooks';
import { ApiError } from '../../../api/api-error.js';
import { saveCalendarYear, type CalendarYear } from '../../../api/calendar.js';
import { errorText } from '../../../api/error-text.js';
import { Button } from '../../../components/Button/Button.js';
import { ErrorSummary, type SummaryError } from '../../../components/ErrorSummary/ErrorSummary.js';
import { Notice } from '../../../components/Notice/Notice.js';
import { RadioGroup } from '../../../components/RadioGroup/RadioGroup.js';
import { TextField } from '../../../components/TextField/TextField.js';
import { formatInstant, formatLocalDateWithWeekday } from '../../../i18n/dates.js';
import { useI18n } from '../../../i18n/i18n.js';
import { api } from '../../../services.js';
import { applyMark, startDate, type MarkMode, type YearDays } from './calendar-model.js';
import { CalendarLegend, YearGrid } from './YearGrid.js';

const sameSet = (a: ReadonlySet<string>, b: readonly string[]) => a.size === b.length && b.every((d) => a.has(d));

/**
 * One year of the calendar. Administrators mark days and save with the version they read (a
 * 409 says someone saved first); a year with no record yet starts empty and is created on save.
 */
export function YearEditor(props: {
  year: number;
  record?: CalendarYear;
  canEdit: boolean;
  today: string;
  onSaved(saved: CalendarYear): void;
  onReload(): void;
}) {
  const { t, lang } = useI18n();
  const { year, record } = props;
  const [days, setDays] = useState<YearDays>({ holidays: new Set(record?.holidays), makeup: new Set(record?.makeupWorkdays) });
  const [source, setSource] = useState(record?.source ?? '');
  const [mode, setMode] = useState<MarkMode>('holiday');
  const [focusDate, setFocusDate] = useState(startDate(year, props.today));
  const [status, setStatus] = useState<{ text: string; refused: boolean } | null>(null);
  const [errors, setErrors] = useState<SummaryError[]>([]);
  const [attempt, setAttempt] = useState(0);
  const [conflict, setConflict] = useState(false);
  const [saving, setSaving] = useState(false);

  const dirty = !record || !sameSet(days.holidays, record.holidays) || !sameSet(days.makeup, record.makeupWorkdays) || source !== record.source;

  const pick = (date: string) => {
    const result = applyMark(days, date, mode);
    if ('refused' in result) {
      setStatus({ text: t('calendar.refused.makeupNotWeekend', { date: formatLocalDateWithWeekday(date, lang) }), refused: true });
      return;
    }
    setDays(result.days);
    setStatus({ text: t(`calendar.marked.${result.kind}`, { date: formatLocalDateWithWeekday(date, lang) }), refused: false });
  };

  const save = async () => {
    if (saving) return;
    setConflict(false);
    setSaving(true);
    try {
      const saved = await saveCalendarYear(api, year, {
        holidays: [...days.holidays].sort(),
        makeupWorkdays: [...days.makeup].sort(),
        ...(source.trim() ? { source: source.trim() } : {}),
        ...(record ? { version: record.version } : {}),
      });
      setErrors([]);
      props.onSaved(saved);
    } catch (error) {
      const isConflict = error instanceof ApiError && error.status === 409;
      setConflict(isConflict);
      const issues = error instanceof ApiError ? error.issues : [];
      setErrors(
        isConflict
          ? [{ message: t('calendar.conflict') }]
          : issues.length > 0
            ? issues.map((i) => ({ message: i.message, fieldId: i.path === 'source' ? 'calendar-source' : 'calendar-grid' }))
            : [{ message: errorText(error, t) }],
      );
      setAttempt((n) => n + 1);
    } finally {
      setSaving(false);
    }
  };

  return (
    <section class="year-editor" aria-labelledby="year-title" data-testid="year-editor" data-year={year}>
      <ErrorSummary errors={errors} attempt={attempt} />
      <h2 id="year-title">{t('calendar.year.title', { year })}</h2>
      {record ? (
        <p class="muted" data-testid="year-meta">
          {t('calendar.year.meta', {
            version: record.version,
            source: record.source,
            at: formatInstant(record.updatedAt, lang),
            by: record.updatedBy?.name ?? t('calendar.year.bySeed'),
          })}
        </p>
      ) : (
        <Notice tone="info" announce={false}>
          <p data-testid="year-new">{t('calendar.year.new', { year })}</p>
        </Notice>
      )}
      {conflict && (
        <Notice tone="error" announce={false}>
          <p data-testid="calendar-conflict">{t('calendar.conflict')}</p>
          <Button variant="secondary" onClick={props.onReload}>
            {t('calendar.reload')}
          </Button>
        </Notice>
      )}
      <p data-testid="year-counts">{t('calendar.year.counts', { holidays: days.holidays.size, makeup: days.makeup.size })}</p>
      <CalendarLegend />
      {props.canEdit && (
        <RadioGroup
          id="calendar-mode"
          legend={t('calendar.mode.legend')}
          hint={t('calendar.mode.hint')}
          value={mode}
          options={(['holiday', 'makeup', 'normal'] as const).map((m) => ({ value: m, label: t(`calendar.mode.${m}`) }))}
          onValue={(value) => setMode(value as MarkMode)}
          inline
        />
      )}
      <div id="calendar-grid" tabIndex={-1} aria-label={t('calendar.grid.label', { year })} role="group">
        <YearGrid year={year} days={days} focusDate={focusDate} onFocusDate={setFocusDate} {...(props.canEdit ? { onPick: pick } : {})} />
      </div>
      {props.canEdit && (
        // After the grid and sticky at the bottom of the screen: on a phone the day clicked is far
        // below the top of the year, and what happened to it must show where the user is looking.
        <p
          class={`calendar-status${status ? ' calendar-status--shown' : ''}${status?.refused ? ' calendar-status--refused' : ''}`}
          role="status"
          data-testid="calendar-status"
        >
          {status?.text ?? ''}
        </p>
      )}
      {props.canEdit && (
        <form
          class="calendar-save"
          noValidate
          onSubmit={(event) => {
            event.preventDefault();
            void save();
          }}
        >
          <TextField
            id="calendar-source"
            label={t('calendar.source.label')}
            hint={t('calendar.source.hint')}
            value={source}
            onValue={setSource}
            maxLength={200}
          />
          {dirty && <p data-testid="calendar-dirty">{t('calendar.unsaved')}</p>}
          <Button type="submit" aria-disabled={saving}>
            {saving ? t('calendar.saving') : t('calendar.save', { year })}
          </Button>
        </form>
      )}
    </section>
  );
}
