import { civilFromDay, toDayNumber, weekdayOf, type IsoDate } from '../calendar/day-number.js';
import type { ExplanationLang } from './explanation-parts.js';

const EN_MONTHS = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];
const EN_WEEKDAYS = ['Sun', 'Mon', 'Tue', 'Wed', 'Thu', 'Fri', 'Sat'];
const ZH_WEEKDAYS = ['星期日', '星期一', '星期二', '星期三', '星期四', '星期五', '星期六'];

const civil = (date: IsoDate) => civilFromDay(toDayNumber(date));

/** "2 Mar 2026" / "2026年3月2日"; with the weekday: "Sat 14 Feb 2026" / "2026年2月14日（星期六）". */
export function formatDate(date: IsoDate, lang: ExplanationLang, withWeekday = false): string {
  const { year, month, day } = civil(date);
  const weekday = weekdayOf(toDayNumber(date));
  if (lang === 'en') return `${withWeekday ? `${EN_WEEKDAYS[weekday]} ` : ''}${day} ${EN_MONTHS[month - 1]} ${year}`;
  return `${year}年${month}月${day}日${withWeekday ? `（${ZH_WEEKDAYS[weekday]}）` : ''}`;
}

/** "4–6 Apr 2026", "28 Jan–4 Feb 2025", "31 Dec 2025–2 Jan 2026"; in Chinese "2026年4月4日至6日" etc. */
export function formatRange(start: IsoDate, end: IsoDate, lang: ExplanationLang): string {
  if (start === end) return formatDate(start, lang);
  const a = civil(start);
  const b = civil(end);
  if (lang === 'en') {
    if (a.year !== b.year) return `${formatDate(start, lang)}–${formatDate(end, lang)}`;
    if (a.month !== b.month) return `${a.day} ${EN_MONTHS[a.month - 1]}–${formatDate(end, lang)}`;
    return `${a.day}–${formatDate(end, lang)}`;
  }
  if (a.year !== b.year) return `${formatDate(start, lang)}至${formatDate(end, lang)}`;
  if (a.month !== b.month) return `${formatDate(start, lang)}至${b.month}月${b.day}日`;
  return `${formatDate(start, lang)}至${b.day}日`;
}
