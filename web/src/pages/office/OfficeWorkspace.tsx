import { useLocation } from 'preact-iso';
import { NotFoundPage } from '../errors/NotFoundPage.js';
import { OfficeCasePage } from './case/OfficeCasePage.js';
import { OfficeQueuePage } from './queue/OfficeQueuePage.js';

/**
 * The back office: the role's work queues (/office) and one case (/office/cases/:caseId). The
 * app's router hands every /office path here behind the workspace guard.
 */
export function OfficeWorkspace() {
  const { path } = useLocation();
  if (path === '/office') return <OfficeQueuePage />;
  const caseMatch = /^\/office\/cases\/([^/]+)$/.exec(path);
  if (caseMatch) return <OfficeCasePage key={caseMatch[1]} caseId={decodeURIComponent(caseMatch[1]!)} />;
  return <NotFoundPage />;
}
