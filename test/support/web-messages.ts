import { format, type MessageParams } from '../../web/src/i18n/format.js';
import type { Lang } from '../../web/src/i18n/lang.js';
import { calendarEn } from '../../web/src/i18n/messages/calendar.en.js';
import { calendarZhCN } from '../../web/src/i18n/messages/calendar.zh-CN.js';
import { catalogueAdminEn } from '../../web/src/i18n/messages/catalogue-admin.en.js';
import { catalogueAdminZhCN } from '../../web/src/i18n/messages/catalogue-admin.zh-CN.js';
import { catalogueEn } from '../../web/src/i18n/messages/catalogue.en.js';
import { catalogueZhCN } from '../../web/src/i18n/messages/catalogue.zh-CN.js';
import { coreEn } from '../../web/src/i18n/messages/core.en.js';
import { coreZhCN } from '../../web/src/i18n/messages/core.zh-CN.js';
import { counterEn } from '../../web/src/i18n/messages/counter.en.js';
import { counterZhCN } from '../../web/src/i18n/messages/counter.zh-CN.js';
import { dashboardEn } from '../../web/src/i18n/messages/dashboard.en.js';
import { dashboardZhCN } from '../../web/src/i18n/messages/dashboard.zh-CN.js';
import { draftsEn } from '../../web/src/i18n/messages/drafts.en.js';
import { draftsZhCN } from '../../web/src/i18n/messages/drafts.zh-CN.js';
import { handoutEn } from '../../web/src/i18n/messages/handout.en.js';
import { handoutZhCN } from '../../web/src/i18n/messages/handout.zh-CN.js';
import type { MessageKey } from '../../web/src/i18n/messages/index.js';
import { intakeEn } from '../../web/src/i18n/messages/intake.en.js';
import { intakeZhCN } from '../../web/src/i18n/messages/intake.zh-CN.js';
import { officeEn } from '../../web/src/i18n/messages/office.en.js';
import { officeZhCN } from '../../web/src/i18n/messages/office.zh-CN.js';
import { outboxEn } from '../../web/src/i18n/messages/outbox.en.js';
import { outboxZhCN } from '../../web/src/i18n/messages/outbox.zh-CN.js';
import { resultsEn } from '../../web/src/i18n/messages/results.en.js';
import { resultsZhCN } from '../../web/src/i18n/messages/results.zh-CN.js';
import { sealEn } from '../../web/src/i18n/messages/seal.en.js';
import { sealZhCN } from '../../web/src/i18n/messages/seal.zh-CN.js';
import { supervisionEn } from '../../web/src/i18n/messages/supervision.en.js';
import { supervisionZhCN } from '../../web/src/i18n/messages/supervision.zh-CN.js';

/**
 * Every namespace's strings in both languages, for unit tests of code that takes a translate
 * function. The app itself never holds them all at once (i18n/message-store.ts loads them by page).
 */
export const ALL_MESSAGES: Record<Lang, Record<MessageKey, string>> = {
  'zh-CN': {
    ...coreZhCN,
    ...intakeZhCN,
    ...draftsZhCN,
    ...resultsZhCN,
    ...handoutZhCN,
    ...outboxZhCN,
    ...counterZhCN,
    ...officeZhCN,
    ...supervisionZhCN,
    ...dashboardZhCN,
    ...catalogueZhCN,
    ...catalogueAdminZhCN,
    ...calendarZhCN,
    ...sealZhCN,
  },
  en: {
    ...coreEn,
    ...intakeEn,
    ...draftsEn,
    ...resultsEn,
    ...handoutEn,
    ...outboxEn,
    ...counterEn,
    ...officeEn,
    ...supervisionEn,
    ...dashboardEn,
    ...catalogueEn,
    ...catalogueAdminEn,
    ...calendarEn,
    ...sealEn,
  },
};

/** A translate function over every namespace in `lang` (zh-CN by default). */
export const translateAll =
  (lang: Lang = 'zh-CN') =>
  (key: MessageKey, params?: MessageParams): string =>
    format(ALL_MESSAGES[lang][key], params);
