import { defineMessages } from '../message-store.js';
import { supervisionZhCN } from './supervision.zh-CN.js';

/** The `supervision` namespace: the county's supervision orders and the office's answers. Importing this module defines it (zh-CN now, English on demand). */
defineMessages('supervision', supervisionZhCN, () => import('./supervision.en.js').then((m) => m.supervisionEn));
