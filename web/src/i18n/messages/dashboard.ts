import { defineMessages } from '../message-store.js';
import { dashboardZhCN } from './dashboard.zh-CN.js';

/** The `dashboard` namespace: the county dashboard and its drill-down. Importing this module defines it (zh-CN now, English on demand). */
defineMessages('dashboard', dashboardZhCN, () => import('./dashboard.en.js').then((m) => m.dashboardEn));
