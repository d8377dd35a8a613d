import type { ComponentType } from 'preact';
import { lazy } from 'preact-iso';
import type { Workspace } from './api/types.js';
import { RequireWorkspace } from './session/RequireWorkspace.js';

// Workspaces are loaded on demand: a resident on a phone never downloads the counter's code.
const LAZY_WORKSPACES = {
  resident: lazy<ComponentType>(() => import('./pages/resident/ResidentWorkspace.js').then((m) => m.ResidentWorkspace)),
  counter: lazy<ComponentType>(() => import('./pages/counter/CounterWorkspace.js').then((m) => m.CounterWorkspace)),
  office: lazy<ComponentType>(() => import('./pages/office/OfficeWorkspace.js').then((m) => m.OfficeWorkspace)),
  county: lazy<ComponentType>(() => import('./pages/county/CountyWorkspace.js').then((m) => m.CountyWorkspace)),
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
export const GuidePage = lazy<ComponentType>(() => import('./pages/guide/GuidePage.js').then((m) => m.GuidePage));
export const TrackPage = lazy<ComponentType>(() => import('./pages/track/TrackPage.js').then((m) => m.TrackPage));
