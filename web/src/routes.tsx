import type { ComponentType } from 'preact';
import { lazy } from 'preact-iso';
import type { Workspace } from './api/types.js';
import { currentLang, LANGS } from './i18n/lang.js';
import { loadMessages } from './i18n/message-store.js';
import { ProblemPage } from './pages/errors/ProblemPage.js';
import { RequireSignIn } from './session/RequireSignIn.js';
import { RequireWorkspace } from './session/RequireWorkspace.js';

// A chunk that fails to download (a flaky village connection, a redeploy mid-session) shows the
// problem page with a reload button, instead of leaving the previous page on screen for ever.
// A page's chunk brings its namespaces' zh-CN strings (its modules import them); in English the
// page also waits for theirs, so it never shows a key. `bilingual` pages show both languages at once.
const orProblem = <T,>(load: Promise<T>, options: { bilingual?: boolean } = {}) =>
  load
    .then(async (page) => {
      await Promise.all((options.bilingual ? LANGS : [currentLang()]).map((lang) => loadMessages(lang)));
      return page;
    })
    .catch((): ComponentType => ProblemPage);

// Workspaces are loaded on demand: a resident on a phone never downloads the counter's code.
const LAZY_WORKSPACES = {
  resident: lazy<ComponentType>(() => orProblem(import('./pages/resident/ResidentWorkspace.js').then((m) => m.ResidentWorkspace))),
  counter: lazy<ComponentType>(() => orProblem(import('./pages/counter/CounterWorkspace.js').then((m) => m.CounterWorkspace))),
  office: lazy<ComponentType>(() => orProblem(import('./pages/office/OfficeWorkspace.js').then((m) => m.OfficeWorkspace))),
  county: lazy<ComponentType>(() => orProblem(import('./pages/county/CountyWorkspace.js').then((m) => m.CountyWorkspace))),
} satisfies Record<Workspace, ComponentType>;

/** A workspace route: the guard first (no download for someone it refuses), then the lazy page. */
export function workspaceRoute(workspace: Workspace) {
  const Body = LAZY_WORKSPACES[workspace];
  return function WorkspaceRoute() {
    return (
      <RequireWorkspace workspace={workspace}>
        <Body />
      </RequireWorkspace>
    );
  };
}

/** Public pages that are not on the first screen most people see. */
export const GuidePage = lazy<ComponentType>(() => orProblem(import('./pages/guide/GuidePage.js').then((m) => m.GuidePage)));
/** One item of the guide (`/guide/:code`). */
export const GuideItemPage = lazy<ComponentType<{ code?: string }>>(() => orProblem(import('./pages/guide/ItemPage.js').then((m) => m.ItemPage)));
export const TrackPage = lazy<ComponentType>(() => orProblem(import('./pages/track/TrackPage.js').then((m) => m.TrackPage)));

const LazyNoticePage = lazy<ComponentType>(() => orProblem(import('./pages/notices/NoticePage.js').then((m) => m.NoticePage)));

/** A printable notice of a case: for anyone signed in; the API lets only the case's clerk or owner read it. */
export function NoticeRoute() {
  return (
    <RequireSignIn>
      <LazyNoticePage />
    </RequireSignIn>
  );
}

/** Where the OIDC provider sends the user back; only deployments signing in through one need it. */
export const AuthCallbackPage = lazy<ComponentType>(() => orProblem(import('./pages/auth-callback/AuthCallbackPage.js').then((m) => m.AuthCallbackPage)));

/** The public page behind a decision's QR code (`/verify/:code`, no login). */
export const VerifyPage = lazy<ComponentType>(() =>
  orProblem(
    import('./pages/verify/VerifyPage.js').then((m) => m.VerifyPage),
    { bilingual: true },
  ),
);

const LazyDecisionPrintPage = lazy<ComponentType>(() => orProblem(import('./pages/decision/DecisionPrintPage.js').then((m) => m.DecisionPrintPage)));

/** The printable decision of a case: for anyone signed in; the API lets only those who may read the case see it. */
export function DecisionPrintRoute() {
  return (
    <RequireSignIn>
      <LazyDecisionPrintPage />
    </RequireSignIn>
  );
}
