import type { ComponentChildren } from 'preact';
import { useLocation } from 'preact-iso';
import { useEffect } from 'preact/hooks';
import type { Workspace } from '../api/types.js';
import { Page } from '../components/Page/Page.js';
import { useI18n } from '../i18n/i18n.js';
import { ForbiddenPage } from '../pages/errors/ForbiddenPage.js';
import { signInPath } from './paths.js';
import { useSession } from './use-session.js';

/**
 * Lets in only users whose role belongs to `workspace`: anybody else signed in gets the 403
 * view; an anonymous visitor goes to sign in and comes back here afterwards. The API checks
 * again on every call; this only spares people a page that would refuse them anyway.
 */
export function RequireWorkspace(props: { workspace: Workspace; children: ComponentChildren }) {
  const { t } = useI18n();
  const { session, ended } = useSession();
  const { url, route } = useLocation();

  useEffect(() => {
    // Sign-out routes to the sign-in page itself, before this runs; only an expired or absent
    // session is redirected from here.
    if (!session) route(signInPath(url, ended === 'expired' ? 'expired' : undefined), true);
  }, [session, ended]);

  if (!session) {
    return (
      <Page>
        <p role="status">{t('redirect.toSignIn')}</p>
      </Page>
    );
  }
  if (session.user.workspace !== props.workspace) {
    return <ForbiddenPage workspace={props.workspace} user={session.user} next={url} />;
  }
  return <>{props.children}</>;
}
