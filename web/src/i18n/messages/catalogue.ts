import { defineMessages } from '../message-store.js';
import { catalogueZhCN } from './catalogue.zh-CN.js';

/** The `catalogue` namespace: a service item's public page (guide.item.*) and its offering texts. Importing this module defines it (zh-CN now, English on demand). */
defineMessages('catalogue', catalogueZhCN, () => import('./catalogue.en.js').then((m) => m.catalogueEn));
