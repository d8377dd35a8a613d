import { defineMessages } from '../message-store.js';
import { sealZhCN } from './seal.zh-CN.js';

/** The `seal` namespace: the sealed decision (print page) and its public verification. Importing this module defines it (zh-CN now, English on demand). */
defineMessages('seal', sealZhCN, () => import('./seal.en.js').then((m) => m.sealEn));
