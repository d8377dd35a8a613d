import { defineMessages } from '../message-store.js';
import { counterZhCN } from './counter.zh-CN.js';

/** The `counter` namespace: the counter clerk (queue, pre-review, walk-in) and the printed intake notices. Importing this module defines it (zh-CN now, English on demand). */
defineMessages('counter', counterZhCN, () => import('./counter.en.js').then((m) => m.counterEn));
