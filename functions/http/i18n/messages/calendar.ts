import { MAX_WORKING_DAYS } from '../../../core/clock/case-clock-input.js';
import type { MessageCatalog } from '../translate.js';

/** Messages of the working-day calendar and the case clock. */
export const calendarMessages: MessageCatalog = {
  CALENDAR_YEAR_NOT_FOUND: { 'zh-CN': '尚未录入{year}年的工作日历。', en: 'There is no working-day calendar for {year} yet.' },
  CALENDAR_YEAR_EXISTS: {
    'zh-CN': '{year}年的工作日历已存在，请刷新后在当前版本上修改。',
    en: 'A calendar for {year} already exists. Reload it and edit the current version.',
  },
  'field.date.format': { 'zh-CN': '日期格式应为 YYYY-MM-DD', en: 'Use the date format YYYY-MM-DD' },
  'field.date.invalid': { 'zh-CN': '该日期不存在', en: 'This date does not exist' },
  'field.pause.format': { 'zh-CN': '暂停期间应写作 开始日期..结束日期（YYYY-MM-DD..YYYY-MM-DD）', en: 'Write a pause as FROM..TO (YYYY-MM-DD..YYYY-MM-DD)' },
  'field.pause.endBeforeStart': { 'zh-CN': '暂停结束日期不能早于开始日期', en: 'A pause cannot end before it starts' },
  'field.calendar.year': { 'zh-CN': '年份应为2000至2100之间的整数', en: 'The year must be a whole number from 2000 to 2100' },
  'field.calendar.tooManyDates': { 'zh-CN': '日期数量过多（一年最多366天）', en: 'Too many dates (a year has at most 366 days)' },
  'field.calendar.noHolidays': { 'zh-CN': '请至少填写一个节假日', en: 'Enter at least one holiday' },
  'field.calendar.notInYear': { 'zh-CN': '{date} 不在{year}年内', en: '{date} is not in {year}' },
  'field.calendar.duplicate': { 'zh-CN': '{date} 重复填写', en: '{date} is listed twice' },
  'field.calendar.inBothLists': {
    'zh-CN': '{date} 不能既是节假日又是调休上班日',
    en: '{date} cannot be both a holiday and a makeup working day',
  },
  'field.calendar.makeupNotWeekend': {
    'zh-CN': '{date} 不是周六或周日，不能作为调休上班日',
    en: '{date} is not a Saturday or Sunday, so it cannot be a makeup working day',
  },
  'field.suspension.endBeforeStart': { 'zh-CN': '结束日期不能早于开始日期', en: 'The end date cannot be before the start date' },
  'field.workingDays': {
    'zh-CN': `工作日数应为0至${MAX_WORKING_DAYS}之间的整数`,
    en: `The number of working days must be a whole number from 0 to ${MAX_WORKING_DAYS}`,
  },
};
