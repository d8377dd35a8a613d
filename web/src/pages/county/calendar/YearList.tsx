import { useI18n } from '../../../i18n/i18n.js';
import { COUNTY_CALENDAR_PATH } from '../county-pages.js';

/**
 * The years that have a calendar, as links. Recent years (and the one open) are shown; older
 * ones, rarely needed, fold away so a phone does not scroll past twenty years first.
 */
export function YearList(props: { years: number[]; current: number; thisYear: number; onOpen(): void }) {
  const { t } = useI18n();
  const recent = props.years.filter((y) => y >= props.thisYear - 2 || y === props.current);
  const older = props.years.filter((y) => !recent.includes(y));
  const link = (y: number) => (
    <li key={y}>
      <a href={`${COUNTY_CALENDAR_PATH}?year=${y}`} aria-current={y === props.current ? 'page' : undefined} onClick={props.onOpen}>
        {y}
      </a>
    </li>
  );
  return (
    <nav class="year-list" aria-labelledby="year-list-title">
      <h2 class="year-list__title" id="year-list-title">
        {t('calendar.years.title')}
      </h2>
      <ul data-testid="year-list">{recent.map(link)}</ul>
      {older.length > 0 && (
        <details class="year-list__older">
          <summary>{t('calendar.years.older', { count: older.length })}</summary>
          <ul>{older.map(link)}</ul>
        </details>
      )}
    </nav>
  );
}
