import type { CountyDashboardData } from '../../../api/dashboard.js';
import type { Lang } from '../../../i18n/lang.js';

/** The name of a township, office or item in the dashboard's language (its id when unnamed). */
export const nameIn = (names: Record<string, { 'zh-CN': string; en: string }>, id: string, lang: Lang) => names[id]?.[lang] ?? id;

export type DashboardNames = CountyDashboardData['names'];
