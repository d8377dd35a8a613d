import { defineMessages } from '../message-store.js';
import { officeZhCN } from './office.zh-CN.js';

/** The `office` namespace: the back office (queues, case page, clock, actions, decision preview, rectification of poor ratings). Importing this module defines it (zh-CN now, English on demand). */
defineMessages('office', officeZhCN, () => import('./office.en.js').then((m) => m.officeEn));
