import { defineMessages } from '../message-store.js';
import { resultsZhCN } from './results.zh-CN.js';

/** The `results` namespace: the decision downloaded online (electronic delivery) and the ratings, online and on the counter's tablet. Importing this module defines it (zh-CN now, English on demand). */
defineMessages('results', resultsZhCN, () => import('./results.en.js').then((m) => m.resultsEn));
