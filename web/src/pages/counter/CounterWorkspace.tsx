import { useLocation } from 'preact-iso';
import { NotFoundPage } from '../errors/NotFoundPage.js';
import { CounterRatingPage } from './hand-out/CounterRatingPage.js';
import { HandOutCasePage } from './hand-out/HandOutCasePage.js';
import { HandOutQueuePage } from './hand-out/HandOutQueuePage.js';
import { ReceiptPage } from './hand-out/ReceiptPage.js';
import { QueuePage } from './queue/QueuePage.js';
import { CaseReviewPage } from './review/CaseReviewPage.js';
import { WalkInPage } from './walk-in/WalkInPage.js';
// The strings this page's code speaks, beyond core (i18n/message-store.ts); they come with this chunk.
import '../../i18n/messages/counter.js';
import '../../i18n/messages/intake.js';
import '../../i18n/messages/results.js';
import '../../i18n/messages/handout.js';
import '../../i18n/messages/office.js';
import '../../i18n/messages/supervision.js';

/**
 * The counter clerk's workspace: the queue (/counter), one case to answer
 * (/counter/cases/:caseId), walk-in intake (/counter/new), and results out: the results to hand
 * out (/counter/hand-out), one case's hand-over (/counter/hand-out/:caseId) and its printable
 * receipt (…/receipt), and the tablet rating page (/counter/rate/:caseId). The app's router hands every
 * /counter path here behind the workspace guard; the pages are told apart by path.
 */
export function CounterWorkspace() {
  const { path } = useLocation();
  if (path === '/counter') return <QueuePage />;
  if (path === '/counter/new') return <WalkInPage />;
  const caseMatch = /^\/counter\/cases\/([^/]+)$/.exec(path);
  if (caseMatch) return <CaseReviewPage key={caseMatch[1]} caseId={decodeURIComponent(caseMatch[1]!)} />;
  if (path === '/counter/hand-out') return <HandOutQueuePage />;
  const handOut = /^\/counter\/hand-out\/([^/]+)(\/receipt)?$/.exec(path);
  if (handOut) {
    const caseId = decodeURIComponent(handOut[1]!);
    return handOut[2] ? <ReceiptPage key={caseId} caseId={caseId} /> : <HandOutCasePage key={caseId} caseId={caseId} />;
  }
  const rate = /^\/counter\/rate\/([^/]+)$/.exec(path);
  if (rate) return <CounterRatingPage key={rate[1]} caseId={decodeURIComponent(rate[1]!)} />;
  return <NotFoundPage />;
}
