import type { WorkspaceNavItem } from '../../components/WorkspaceShell/WorkspaceShell.js';
import type { Translate } from '../../i18n/i18n.js';

/** The rectification tasks page (整改任务) of the office workspace. */
export const RECTIFY_PATH = '/office/rectify';

/** The office workspace's own pages in its navigation, after the dashboard. */
export const officeNav = (t: Translate): WorkspaceNavItem[] => [{ href: RECTIFY_PATH, label: t('rectify.nav') }];
