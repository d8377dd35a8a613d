import { defineMessages } from '../message-store.js';
import { outboxZhCN } from './outbox.zh-CN.js';

/** The `outbox` namespace: the county's record of the messages sent to applicants. Importing this module defines it (zh-CN now, English on demand). */
defineMessages('outbox', outboxZhCN, () => import('./outbox.en.js').then((m) => m.outboxEn));
