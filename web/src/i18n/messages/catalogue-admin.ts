import { defineMessages } from '../message-store.js';
import { catalogueAdminZhCN } from './catalogue-admin.zh-CN.js';

/** The `catalogue-admin` namespace: the county's catalogue editor. Importing this module defines it (zh-CN now, English on demand). */
defineMessages('catalogue-admin', catalogueAdminZhCN, () => import('./catalogue-admin.en.js').then((m) => m.catalogueAdminEn));
