import { useLocation } from 'preact-iso';
import { useState } from 'preact/hooks';
import { listCalendarYears, type CalendarYear } from '../../../api/calendar.js';
import { useAsync } from '../../../api/use-async.js';
import { AsyncState } from '../../../components/AsyncState/AsyncState.js';
import { Button } from '../../../components/Button/Button.js';
import { EmptyState } from '../../../components/EmptyState/EmptyState.js';
import { Notice } from '../../../components/Notice/Notice.js';
import { TextField } from '../../../components/TextField/TextField.js';
import { chinaToday } from '../../../i18n/dates.js';
import { useI18n } from '../../../i18n/i18n.js';
import { api } from '../../../services.js';
import { COUNTY_CALENDAR_PATH } from '../county-pages.js';
import { CountyFrame, useCanEdit } from '../CountyFrame.js';
import { useKeptData } from '../use-kept-data.js';
import { YearEditor } from './YearEditor.js';
import { YearList } from './YearList.js';
import './calendar.css';

const YEAR_MIN = 2000;
const YEAR_MAX = 2100;

/**
 * The working-day calendar (holidays and 调休 makeup days) that every time limit counts with.
 * Everyone in the county workspace reads it; administrators edit a year or add the next one
 * once the State Council publishes it. `?year=` chooses the year.
 */
export function CalendarPage() {
  const { t } = useI18n();
  const { query, route } = useLocation();
  const canEdit = useCanEdit();
  const today = chinaToday();
  const years = useAsync((signal) => listCalendarYears(api, signal), []);
  const asked = Number(query.year);
  const year = Number.isInteger(asked) && asked >= YEAR_MIN && asked <= YEAR_MAX ? asked : Number(today.slice(0, 4));
  const loadedList = useKeptData(years, 'years');
  const [saved, setSaved] = useState<CalendarYear | null>(null);
  // The year just saved shows at once, before the list is read again (or if reading it fails).
  const list = loadedList && saved ? withYear(loadedList, saved) : loadedList;
  const [newYear, setNewYear] = useState('');
  const [newYearError, setNewYearError] = useState<string | undefined>();

  const open = (y: number) => {
    setSaved(null);
    route(`${COUNTY_CALENDAR_PATH}?year=${y}`);
  };
  const addYear = (event: Event) => {
    event.preventDefault();
    const n = Number(newYear.trim());
    if (!Number.isInteger(n) || n < YEAR_MIN || n > YEAR_MAX) {
      setNewYearError(t('calendar.add.error', { min: YEAR_MIN, max: YEAR_MAX }));
      return;
    }
    setNewYearError(undefined);
    setNewYear('');
    open(n);
  };

  return (
    <CountyFrame current={COUNTY_CALENDAR_PATH} title={t('calendar.title')} testId="calendar-page">
      <p class="lead">{canEdit ? t('calendar.leadEdit') : t('calendar.leadRead')}</p>
      {years.status === 'error' || !list ? (
        <AsyncState state={years} loadingText={t('calendar.loading')} errorTitle={t('calendar.error')}>
          {() => null}
        </AsyncState>
      ) : (
        (() => {
          const record = list.find((y) => y.year === year);
          return (
            <>
              <YearList years={list.map((y) => y.year)} current={year} thisYear={Number(today.slice(0, 4))} onOpen={() => setSaved(null)} />
              {canEdit && (
                <form class="year-add" noValidate onSubmit={addYear}>
                  <TextField
                    id="calendar-new-year"
                    label={t('calendar.add.label')}
                    hint={t('calendar.add.hint')}
                    value={newYear}
                    onValue={setNewYear}
                    inputMode="numeric"
                    width="short"
                    maxLength={4}
                    {...(newYearError ? { error: newYearError } : {})}
                  />
                  <Button type="submit" variant="secondary">
                    {t('calendar.add.submit')}
                  </Button>
                </form>
              )}
              {saved && saved.year === year && (
                <Notice tone="success" title={t('calendar.saved.title', { year: saved.year, version: saved.version })}>
                  <p data-testid="calendar-saved">{t('calendar.saved.recomputed', { year: saved.year })}</p>
                </Notice>
              )}
              {!record && !canEdit ? (
                <EmptyState>{t('calendar.year.none', { year })}</EmptyState>
              ) : (
                <YearEditor
                  key={`${year}:${record?.version ?? 'new'}`}
                  year={year}
                  {...(record ? { record } : {})}
                  canEdit={canEdit}
                  today={today}
                  onSaved={(s) => {
                    setSaved(s);
                    years.reload();
                  }}
                  onReload={() => {
                    setSaved(null);
                    years.reload();
                  }}
                />
              )}
            </>
          );
        })()
      )}
    </CountyFrame>
  );
}

function withYear(list: CalendarYear[], saved: CalendarYear): CalendarYear[] {
  const known = list.find((y) => y.year === saved.year);
  if (known && known.version >= saved.version) return list;
  return [...list.filter((y) => y.year !== saved.year), saved].sort((a, b) => a.year - b.year);
}
