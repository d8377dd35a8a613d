import type { ComponentChildren } from 'preact';
import { useLocation } from 'preact-iso';
import { useEffect } from 'preact/hooks';
import { Page } from '../components/Page/Page.js';
import { useI18n } from '../i18n/i18n.js';
import { signInPath } from './paths.js';
import { useSession } from './use-session.js';

/**
 * Lets in anyone signed in, whatever their workspace, for pages several roles share (a notice
 * is printed by the clerk and by the resident who owns the case); the API decides per case.
 */
export function RequireSignIn(props: { children: ComponentChildren }) {
  const { t } = useI18n();
  const { session, ended } = useSession();
  const { url, route } = useLocation();
  useEffect(() => {
    if (!session) route(signInPath(url, ended === 'expired' ? 'expired' : undefined), true);
  }, [session, ended]);
  if (!session) {
    return (
      <Page>
        <p role="status">{t('redirect.toSignIn')}</p>
      </Page>
    );
  }
  return <>{props.children}</>;
}
