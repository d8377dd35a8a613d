import type { ComponentChildren } from 'preact';
import { placeOfUser, usePlaceNames } from '../../api/places.js';
import type { Workspace } from '../../api/types.js';
import { useI18n } from '../../i18n/i18n.js';
import { api } from '../../services.js';
import { WORKSPACE_PATHS } from '../../session/paths.js';
import { useSession } from '../../session/use-session.js';
import { Page, PageTitle } from '../Page/Page.js';
import '../Panel/panel.css';
import './workspace-shell.css';

/** A link of the workspace navigation: a page, or a section (`#id`) of the dashboard. */
export interface WorkspaceNavItem {
  href: string;
  label: string;
}

/**
 * The navigation bar of a workspace: its dashboard, then `nav`. `current` is the href of the page
 * shown (the dashboard when omitted), marked with aria-current.
 */
export function WorkspaceNav(props: { workspace: Workspace; nav: WorkspaceNavItem[]; current?: string }) {
  const { t } = useI18n();
  const home = WORKSPACE_PATHS[props.workspace];
  const current = props.current ?? home;
  return (
    <nav class="workspace-nav no-print" aria-label={t('ws.navLabel')} data-workspace={props.workspace}>
      <div class="page-width">
        <ul class="workspace-nav__list">
          {[{ href: home, label: t('ws.dashboard') }, ...props.nav].map((item) => (
            <li key={item.href}>
              <a class="workspace-nav__link" href={item.href} aria-current={item.href === current ? 'page' : undefined}>
                {item.label}
              </a>
            </li>
          ))}
        </ul>
      </div>
    </nav>
  );
}

/**
 * The frame of every workspace: its navigation (before the main landmark, so the skip link
 * passes it), then the page title, a greeting and the dashboard's panels.
 */
export function WorkspaceShell(props: { workspace: Workspace; title: string; nav: WorkspaceNavItem[]; current?: string; children: ComponentChildren }) {
  const { t, lang } = useI18n();
  const { session } = useSession();
  usePlaceNames(api, Boolean(session?.user.townshipId));
  const place = session ? placeOfUser(session.user, lang) : undefined;
  return (
    <>
      <WorkspaceNav workspace={props.workspace} nav={props.nav} {...(props.current ? { current: props.current } : {})} />
      <Page>
        <div data-testid={`workspace-${props.workspace}`}>
          <PageTitle {...(place ? { caption: place } : {})}>{props.title}</PageTitle>
          {session && <p class="lead">{t('ws.greeting', { name: session.user.name })}</p>}
          <div class="panel-grid">{props.children}</div>
        </div>
      </Page>
    </>
  );
}
