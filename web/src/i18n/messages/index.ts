import type { calendarZhCN } from './calendar.zh-CN.js';
import type { catalogueAdminZhCN } from './catalogue-admin.zh-CN.js';
import type { catalogueZhCN } from './catalogue.zh-CN.js';
import type { CoreMessageKey } from './core.zh-CN.js';
import type { CounterMessageKey } from './counter.zh-CN.js';
import type { dashboardZhCN } from './dashboard.zh-CN.js';
import type { draftsZhCN } from './drafts.zh-CN.js';
import type { handoutZhCN } from './handout.zh-CN.js';
import type { IntakeMessageKey } from './intake.zh-CN.js';
import type { OfficeMessageKey } from './office.zh-CN.js';
import type { outboxZhCN } from './outbox.zh-CN.js';
import type { resultsZhCN } from './results.zh-CN.js';
import type { SealMessageKey } from './seal.zh-CN.js';
import type { supervisionZhCN } from './supervision.zh-CN.js';

/**
 * A key of any namespace. Types only: importing this module loads no strings (a page loads its
 * namespaces by importing `./<name>.js`, see ../message-store.ts).
 */
export type MessageKey =
  | CoreMessageKey
  | IntakeMessageKey
  | keyof typeof draftsZhCN
  | keyof typeof resultsZhCN
  | keyof typeof handoutZhCN
  | keyof typeof outboxZhCN
  | CounterMessageKey
  | OfficeMessageKey
  | keyof typeof supervisionZhCN
  | keyof typeof dashboardZhCN
  | keyof typeof catalogueZhCN
  | keyof typeof catalogueAdminZhCN
  | keyof typeof calendarZhCN
  | SealMessageKey;
