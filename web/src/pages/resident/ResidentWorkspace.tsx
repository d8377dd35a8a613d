import { useLocation } from 'preact-iso';
import { useEffect, useRef } from 'preact/hooks';
import { NotFoundPage } from '../errors/NotFoundPage.js';
import { ApplyFlow } from './apply/ApplyFlow.js';
import { CaseDetailPage } from './cases/CaseDetailPage.js';
import { RespondPage } from './cases/RespondPage.js';
import { WithdrawPage } from './cases/WithdrawPage.js';
import { residentRouteOf } from './resident-paths.js';
import { ResidentDashboard } from './ResidentDashboard.js';
import { SubmittedPage } from './SubmittedPage.js';
// The strings this page's code speaks, beyond core (i18n/message-store.ts); they come with this chunk.
import '../../i18n/messages/intake.js';
import '../../i18n/messages/drafts.js';
import '../../i18n/messages/results.js';

/** Residents' and village proxies' workspace: the dashboard, applying, and their cases. */
export function ResidentWorkspace() {
  const { path, url } = useLocation();
  useFocusOnNavigation(url);
  const route = residentRouteOf(path);
  switch (route.page) {
    case 'dashboard':
      return <ResidentDashboard />;
    case 'choose':
      return <ApplyFlow step="choose" />;
    case 'resume':
      return <ApplyFlow step="resume" />;
    case 'apply':
      return <ApplyFlow step={route.step} />;
    case 'submitted':
      return <SubmittedPage caseId={route.caseId} />;
    case 'case':
      return <CaseDetailPage key={route.caseId} caseId={route.caseId} />;
    case 'respond':
      return <RespondPage key={route.caseId} caseId={route.caseId} />;
    case 'withdraw':
      return <WithdrawPage key={route.caseId} caseId={route.caseId} />;
    default:
      return <NotFoundPage />;
  }
}

/**
 * The app's router moves focus to the title only when the workspace itself changes; moving
 * between this workspace's pages is done here: to the element a `#fragment` names (a change
 * link on the check page leads to the field), else to the new page's title, from the top.
 */
function useFocusOnNavigation(url: string) {
  const first = useRef(true);
  useEffect(() => {
    if (first.current) {
      first.current = false;
      return;
    }
    const hash = decodeURIComponent(location.hash.slice(1));
    const target = (hash && document.getElementById(hash)) || document.getElementById('page-title');
    if (!hash) window.scrollTo(0, 0);
    if (target) {
      if (hash) target.scrollIntoView({ block: 'center' });
      target.focus({ preventScroll: Boolean(hash) });
    }
  }, [url]);
}
