import type { Lang } from '../../i18n/lang.js';

const CHINA = 'Asia/Shanghai';

/** Today's date in China (YYYY-MM-DD): deadlines are China dates, whatever the PC's zone. */
export function chinaToday(now: Date = new Date()): string {
  // en-CA formats as YYYY-MM-DD.
  return new Intl.DateTimeFormat('en-CA', { timeZone: CHINA, year: 'numeric', month: '2-digit', day: '2-digit' }).format(now);
}

const locale = (lang: Lang) => (lang === 'zh-CN' ? 'zh-CN' : 'en-GB');

/**
 * A YYYY-MM-DD date with its weekday, as people read it ("2026年3月9日周一", "Mon, 9 Mar 2026");
 * `short` drops the year when it is this year's, for dense tables.
 */
export function formatDay(date: string | undefined, lang: Lang, options: { weekday?: boolean; short?: boolean } = {}): string {
  if (!date || !/^\d{4}-\d{2}-\d{2}$/.test(date)) return date ?? '';
  const dropYear = options.short && date.slice(0, 4) === chinaToday().slice(0, 4);
  return new Intl.DateTimeFormat(locale(lang), {
    timeZone: 'UTC',
    ...(dropYear ? {} : { year: 'numeric' as const }),
    month: lang === 'zh-CN' ? 'long' : 'short',
    day: 'numeric',
    ...(options.weekday === false ? {} : { weekday: 'short' }),
  }).format(new Date(`${date}T00:00:00Z`));
}

/** An instant in China time, to the minute ("2026年3月2日 10:00"); `short` as for formatDay. */
export function formatMoment(iso: string | undefined, lang: Lang, options: { short?: boolean } = {}): string {
  if (!iso) return '';
  const at = new Date(iso);
  if (Number.isNaN(at.getTime())) return iso;
  const dropYear = options.short && chinaToday(at).slice(0, 4) === chinaToday().slice(0, 4);
  return new Intl.DateTimeFormat(locale(lang), {
    timeZone: CHINA,
    ...(dropYear ? {} : { year: 'numeric' as const }),
    month: lang === 'zh-CN' ? 'long' : 'short',
    day: 'numeric',
    hour: '2-digit',
    minute: '2-digit',
    hourCycle: 'h23',
  }).format(at);
}

/** The calendar day `days` after a YYYY-MM-DD date. */
export function addDays(date: string, days: number): string {
  const d = new Date(`${date}T00:00:00Z`);
  d.setUTCDate(d.getUTCDate() + days);
  return d.toISOString().slice(0, 10);
}
