import { defineMessages } from '../message-store.js';
import { calendarZhCN } from './calendar.zh-CN.js';

/** The `calendar` namespace: the county's working-day calendar editor. Importing this module defines it (zh-CN now, English on demand). */
defineMessages('calendar', calendarZhCN, () => import('./calendar.en.js').then((m) => m.calendarEn));
