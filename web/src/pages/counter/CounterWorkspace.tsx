import { useLocation } from 'preact-iso';
import { NotFoundPage } from '../errors/NotFoundPage.js';
import { QueuePage } from './queue/QueuePage.js';
import { CaseReviewPage } from './review/CaseReviewPage.js';
import { WalkInPage } from './walk-in/WalkInPage.js';

/**
 * The counter clerk's workspace: the queue (/counter), one case to answer
 * (/counter/cases/:caseId) and walk-in intake (/counter/new). The app's router hands every
 * /counter path here behind the workspace guard; the pages are told apart by path.
 */
export function CounterWorkspace() {
  const { path } = useLocation();
  if (path === '/counter') return <QueuePage />;
  if (path === '/counter/new') return <WalkInPage />;
  const caseMatch = /^\/counter\/cases\/([^/]+)$/.exec(path);
  if (caseMatch) return <CaseReviewPage key={caseMatch[1]} caseId={decodeURIComponent(caseMatch[1]!)} />;
  return <NotFoundPage />;
}
