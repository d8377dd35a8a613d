import { defineMessages } from '../message-store.js';
import { coreZhCN } from './core.zh-CN.js';

/** The `core` namespace: the page frame and the public pages of the entry (home, sign-in, errors). Importing this module defines it (zh-CN now, English on demand). */
defineMessages('core', coreZhCN, () => import('./core.en.js').then((m) => m.coreEn));
