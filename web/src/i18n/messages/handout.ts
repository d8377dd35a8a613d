import { defineMessages } from '../message-store.js';
import { handoutZhCN } from './handout.zh-CN.js';

/** The `handout` namespace: the counter's hand-out of results (queue, hand-over at the window or by post, delivery receipt). Importing this module defines it (zh-CN now, English on demand). */
defineMessages('handout', handoutZhCN, () => import('./handout.en.js').then((m) => m.handoutEn));
