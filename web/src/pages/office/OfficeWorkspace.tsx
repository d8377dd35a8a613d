import { useLocation } from 'preact-iso';
import { NotFoundPage } from '../errors/NotFoundPage.js';
import { OfficeCasePage } from './case/OfficeCasePage.js';
import { OFFICE_SUPERVISION_PATH, RECTIFY_PATH } from './office-nav.js';
import { OfficeQueuePage } from './queue/OfficeQueuePage.js';
import { RectifyQueuePage } from './rectify/RectifyQueuePage.js';
import { OfficeSupervisionPage } from './supervision/OfficeSupervisionPage.js';
// The strings this page's code speaks, beyond core (i18n/message-store.ts); they come with this chunk.
import '../../i18n/messages/office.js';
import '../../i18n/messages/counter.js';
import '../../i18n/messages/intake.js';
import '../../i18n/messages/results.js';
import '../../i18n/messages/supervision.js';
import '../../i18n/messages/dashboard.js';

/**
 * The back office: the role's work queues (/office), the rectification tasks (/office/rectify), the supervision orders (/office/supervision) and one case (/office/cases/:caseId). The
 * app's router hands every /office path here behind the workspace guard.
 */
export function OfficeWorkspace() {
  const { path } = useLocation();
  if (path === '/office') return <OfficeQueuePage />;
  if (path === RECTIFY_PATH) return <RectifyQueuePage />;
  if (path === OFFICE_SUPERVISION_PATH) return <OfficeSupervisionPage />;
  const caseMatch = /^\/office\/cases\/([^/]+)$/.exec(path);
  if (caseMatch) return <OfficeCasePage key={caseMatch[1]} caseId={decodeURIComponent(caseMatch[1]!)} />;
  return <NotFoundPage />;
}
