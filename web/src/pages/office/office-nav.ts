import type { WorkspaceNavItem } from '../../components/WorkspaceShell/WorkspaceShell.js';
import type { Translate } from '../../i18n/i18n.js';

/** The rectification tasks page (整改任务) of the office workspace. */
export const RECTIFY_PATH = '/office/rectify';
/** The supervision orders (督办单) addressed to the caller's office. */
export const OFFICE_SUPERVISION_PATH = '/office/supervision';

/**
 * The office workspace's own pages in its navigation, after the dashboard: rectification for the
 * reviewer, the supervision orders for every office role (the API lists those addressed to the caller's office).
 */
export const officeNav = (t: Translate, role?: string): WorkspaceNavItem[] => [
  ...(role === 'reviewer' ? [{ href: RECTIFY_PATH, label: t('rectify.nav') }] : []),
  { href: OFFICE_SUPERVISION_PATH, label: t('supervision.nav') },
];
