import { defineMessages } from '../message-store.js';
import { intakeZhCN } from './intake.zh-CN.js';

/** The `intake` namespace: the resident and village-proxy side (apply, my cases, correction, withdraw), progress lookup, and the shared item form, upload, timeline and case state. Importing this module defines it (zh-CN now, English on demand). */
defineMessages('intake', intakeZhCN, () => import('./intake.en.js').then((m) => m.intakeEn));
