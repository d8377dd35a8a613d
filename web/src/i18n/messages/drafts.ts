import { defineMessages } from '../message-store.js';
import { draftsZhCN } from './drafts.zh-CN.js';

/** The `drafts` namespace: online applications' drafts kept on the server (save state, two devices, resuming, the list of unfinished ones). Importing this module defines it (zh-CN now, English on demand). */
defineMessages('drafts', draftsZhCN, () => import('./drafts.en.js').then((m) => m.draftsEn));
