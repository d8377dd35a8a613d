import { useLayoutEffect, useRef } from 'preact/hooks';
import { formatLocalDateWithWeekday } from '../../../i18n/dates.js';
import { useI18n } from '../../../i18n/i18n.js';
import type { MessageKey } from '../../../i18n/messages/index.js';
import { dayKind, monthWeeks, moveDate, type DayKind, type YearDays } from './calendar-model.js';

const KIND_KEYS: Record<DayKind, MessageKey> = {
  workday: 'calendar.kind.workday',
  weekend: 'calendar.kind.weekend',
  holiday: 'calendar.kind.holiday',
  makeup: 'calendar.kind.makeup',
};
const WEEKDAYS = [1, 2, 3, 4, 5, 6, 0] as const;

/**
 * A year as twelve small months. Holidays and makeup working days differ by a written mark
 * (休 / 班), a pattern and a border, not by colour alone. When `onPick` is given each day is a
 * button, and the year is one keyboard stop: arrows move by day and week, Page Up / Down by
 * month, Home / End to the week's ends, Enter or Space applies the chosen mark.
 */
export function YearGrid(props: { year: number; days: YearDays; focusDate: string; onFocusDate(date: string): void; onPick?(date: string): void }) {
  const { t, lang } = useI18n();
  const ref = useRef<HTMLDivElement>(null);
  const moved = useRef(false);
  useLayoutEffect(() => {
    if (!moved.current) return;
    moved.current = false;
    ref.current?.querySelector<HTMLButtonElement>(`button[data-date="${props.focusDate}"]`)?.focus();
  }, [props.focusDate]);

  const onKeyDown = (event: KeyboardEvent) => {
    const next = moveDate(props.focusDate, event.key, props.year);
    if (!next) return;
    event.preventDefault();
    moved.current = true;
    props.onFocusDate(next);
  };

  return (
    <div class="year-grid" ref={ref} data-testid="year-grid" onKeyDown={props.onPick ? onKeyDown : undefined}>
      {Array.from({ length: 12 }, (_, i) => i + 1).map((month) => (
        <table class="cal-month" key={month}>
          <caption class="cal-month__caption">{t(`calendar.month.${month}` as MessageKey)}</caption>
          <thead>
            <tr>
              {WEEKDAYS.map((d) => (
                <th scope="col" key={d} abbr={t(`calendar.weekday.${d}` as MessageKey)}>
                  {t(`calendar.weekdayShort.${d}` as MessageKey)}
                </th>
              ))}
            </tr>
          </thead>
          <tbody>
            {monthWeeks(props.year, month).map((week, w) => (
              <tr key={w}>
                {week.map((date, d) => {
                  if (!date) return <td key={d} />;
                  const kind = dayKind(date, props.days);
                  const label = `${formatLocalDateWithWeekday(date, lang)}${t('calendar.kindSep')}${t(KIND_KEYS[kind])}`;
                  // The full date and kind are what is read; the number and mark are what is seen.
                  const content = (
                    <>
                      <span class="cal-day__number" aria-hidden="true">
                        {Number(date.slice(8))}
                      </span>
                      {(kind === 'holiday' || kind === 'makeup') && (
                        <span class="cal-day__mark" aria-hidden="true">
                          {t(kind === 'holiday' ? 'calendar.mark.holiday' : 'calendar.mark.makeup')}
                        </span>
                      )}
                      <span class="visually-hidden">{label}</span>
                    </>
                  );
                  return (
                    <td key={d}>
                      {props.onPick ? (
                        <button
                          type="button"
                          class={`cal-day cal-day--${kind}`}
                          data-date={date}
                          data-kind={kind}
                          tabIndex={date === props.focusDate ? 0 : -1}
                          onFocus={() => date !== props.focusDate && props.onFocusDate(date)}
                          onClick={() => props.onPick?.(date)}
                        >
                          {content}
                        </button>
                      ) : (
                        <span class={`cal-day cal-day--${kind}`} data-date={date} data-kind={kind}>
                          {content}
                        </span>
                      )}
                    </td>
                  );
                })}
              </tr>
            ))}
          </tbody>
        </table>
      ))}
    </div>
  );
}

/** The key to the marks, with the same look as the days. */
export function CalendarLegend() {
  const { t } = useI18n();
  const rows: [DayKind, string, MessageKey][] = [
    ['holiday', t('calendar.mark.holiday'), 'calendar.legend.holiday'],
    ['makeup', t('calendar.mark.makeup'), 'calendar.legend.makeup'],
    ['weekend', '', 'calendar.legend.weekend'],
    ['workday', '', 'calendar.legend.workday'],
  ];
  return (
    <dl class="cal-legend" data-testid="calendar-legend">
      {rows.map(([kind, mark, key]) => (
        <div key={kind} class="cal-legend__row">
          <dt>
            <span class={`cal-day cal-day--${kind} cal-day--sample`} aria-hidden="true">
              <span class="cal-day__number">8</span>
              {mark && <span class="cal-day__mark">{mark}</span>}
            </span>
            <span class="visually-hidden">{t(KIND_KEYS[kind])}</span>
          </dt>
          <dd>{t(key)}</dd>
        </div>
      ))}
    </dl>
  );
}
