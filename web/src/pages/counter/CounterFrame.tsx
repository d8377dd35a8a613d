import type { ComponentChildren } from 'preact';
import { useLocation } from 'preact-iso';
import { Page } from '../../components/Page/Page.js';
import '../../components/WorkspaceShell/workspace-shell.css';
import { useI18n } from '../../i18n/i18n.js';
import './counter.css';

/** The counter's pages, in the order of the clerk's day. */
export const COUNTER_NAV = [
  { href: '/counter', key: 'ws.dashboard' },
  { href: '/counter/new', key: 'counter.nav.walkIn' },
  { href: '/counter/hand-out', key: 'handout.nav' },
] as const;

/**
 * The frame of the counter's inner pages (a case, a walk-in): the same navigation as the
 * dashboard, with the current page marked, then the main landmark.
 */
export function CounterFrame(props: { children: ComponentChildren; wide?: boolean }) {
  const { t } = useI18n();
  const { path } = useLocation();
  return (
    <>
      <nav class="workspace-nav no-print" aria-label={t('ws.navLabel')} data-workspace="counter">
        <div class="page-width">
          <ul class="workspace-nav__list">
            {COUNTER_NAV.map((item) => (
              <li key={item.href}>
                <a class="workspace-nav__link" href={item.href} aria-current={path === item.href ? 'page' : undefined}>
                  {t(item.key)}
                </a>
              </li>
            ))}
          </ul>
        </div>
      </nav>
      <Page>
        <div class="counter-page">{props.children}</div>
      </Page>
    </>
  );
}
