import { useLocation } from 'preact-iso';
import { useState } from 'preact/hooks';
import { useAsync } from '../../api/use-async.js';
import { AsyncState } from '../../components/AsyncState/AsyncState.js';
import { ErrorSummary } from '../../components/ErrorSummary/ErrorSummary.js';
import { Notice } from '../../components/Notice/Notice.js';
import { Page, PageTitle } from '../../components/Page/Page.js';
import { useI18n } from '../../i18n/i18n.js';
import { loadAuthConfig } from '../../session/auth-config.js';
import { WORKSPACE_PATHS } from '../../session/paths.js';
import { useSession } from '../../session/use-session.js';
import { LocalSignIn, type SignInSummary } from './LocalSignIn.js';
import { ProviderSignIn } from './ProviderSignIn.js';
import { hasDraftInTab } from '../resident/apply/draft-storage.js';
import './sign-in.css';

/**
 * One sign-in for everybody; afterwards the user goes back where they were sent from (`next`),
 * or to their own workspace. The server says how: a username and password form against its
 * local issuer, or a button to the OIDC provider (`GET /api/auth/config`).
 */
export function SignInPage() {
  const { t } = useI18n();
  const { query } = useLocation();
  const { session } = useSession();
  const config = useAsync(() => loadAuthConfig(), []);
  const [summary, setSummary] = useState<SignInSummary>({ errors: [], attempt: 0 });

  return (
    <Page>
      <div class="sign-in">
        <ErrorSummary errors={summary.errors} attempt={summary.attempt} />
        {query.reason === 'expired' && !session && (
          <Notice>
            <p>{t('signIn.expired')}</p>
            {hasDraftInTab() && <p>{t('drafts.signIn.kept')}</p>}
          </Notice>
        )}
        {query.reason === 'signed-out' && !session && <Notice tone="success">{t('signIn.signedOut')}</Notice>}
        {session && (
          <Notice announce={false}>
            <p>
              {t('signIn.alreadySignedIn', { name: session.user.name })} <a href={WORKSPACE_PATHS[session.user.workspace]}>{t('header.myWorkspace')}</a>
            </p>
          </Notice>
        )}
        <PageTitle hasErrors={summary.errors.length > 0}>{t('signIn.title')}</PageTitle>
        <p>{t('signIn.lead')}</p>
        {config.status === 'ready' ? (
          config.data.mode === 'local' ? (
            <LocalSignIn onSummary={setSummary} />
          ) : (
            <ProviderSignIn config={config.data} />
          )
        ) : (
          <AsyncState state={config} loadingText={t('auth.loading')} errorTitle={t('auth.configError')}>
            {() => null}
          </AsyncState>
        )}
      </div>
    </Page>
  );
}
