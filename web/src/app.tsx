import { LocationProvider, Route, Router, useLocation } from 'preact-iso';
import { ErrorBoundary } from './components/ErrorBoundary/ErrorBoundary.js';
import { SiteFooter } from './components/SiteFooter/SiteFooter.js';
import { SiteHeader } from './components/SiteHeader/SiteHeader.js';
import { SkipLink } from './components/SkipLink/SkipLink.js';
import { I18nProvider } from './i18n/i18n.js';
import type { Lang } from './i18n/lang.js';
import { NotFoundPage } from './pages/errors/NotFoundPage.js';
import { HomePage } from './pages/home/HomePage.js';
import { SignInPage } from './pages/sign-in/SignInPage.js';
import { ShortLink } from './pages/track/ShortLink.js';
import { AuthCallbackPage, DecisionPrintRoute, GuideItemPage, GuidePage, NoticeRoute, TrackPage, VerifyPage, workspaceRoute } from './routes.js';
import { AUTH_CALLBACK_PATH, SIGN_IN_PATH, WORKSPACE_PATHS } from './session/paths.js';
import { SessionKeeper } from './session/session-keeper.js';

const ResidentRoute = workspaceRoute('resident');
const CounterRoute = workspaceRoute('counter');
const OfficeRoute = workspaceRoute('office');
const CountyRoute = workspaceRoute('county');

/** The whole app: language (`lang`: the first page's, its strings loaded), session, the page frame and the routes. */
export function App(props: { lang?: Lang }) {
  return (
    <I18nProvider initial={props.lang}>
      <LocationProvider>
        <SessionKeeper />
        <SkipLink />
        <SiteHeader />
        <Routes />
        <SiteFooter />
      </LocationProvider>
    </I18nProvider>
  );
}

// `:rest*` lets each workspace grow its own pages (/counter/cases/…) behind the same guard.
function Routes() {
  const { path } = useLocation();
  return (
    <ErrorBoundary path={path}>
      <Router onRouteChange={focusPageTitle}>
        <Route path="/" component={HomePage} />
        <Route path="/guide" component={GuidePage} />
        <Route path="/guide/:code" component={GuideItemPage} />
        <Route path="/track" component={TrackPage} />
        <Route path="/t/:code" component={ShortLink} />
        <Route path={SIGN_IN_PATH} component={SignInPage} />
        <Route path={AUTH_CALLBACK_PATH} component={AuthCallbackPage} />
        <Route path={`${WORKSPACE_PATHS.resident}/:rest*`} component={ResidentRoute} />
        <Route path={`${WORKSPACE_PATHS.counter}/:rest*`} component={CounterRoute} />
        <Route path={`${WORKSPACE_PATHS.office}/:rest*`} component={OfficeRoute} />
        <Route path={`${WORKSPACE_PATHS.county}/:rest*`} component={CountyRoute} />
        <Route path="/notices/:caseId/:kind" component={NoticeRoute} />
        <Route path="/verify" component={VerifyPage} />
        <Route path="/verify/:code" component={VerifyPage} />
        <Route path="/cases/:caseId/decision/print" component={DecisionPrintRoute} />
        <Route default component={NotFoundPage} />
      </Router>
    </ErrorBoundary>
  );
}

// After client-side navigation a screen reader would otherwise stay where the click was; moving
// focus to the new page's h1 reads its title, and the next Tab continues from there.
function focusPageTitle() {
  const title = document.getElementById('page-title');
  if (title && document.activeElement !== title) title.focus({ preventScroll: true });
}
