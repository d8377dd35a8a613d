import { useLocation } from 'preact-iso';
import { useEffect } from 'preact/hooks';
import { errorText } from '../../api/error-text.js';
import { useAsync } from '../../api/use-async.js';
import { ButtonLink } from '../../components/Button/Button.js';
import { Notice } from '../../components/Notice/Notice.js';
import { Page, PageTitle } from '../../components/Page/Page.js';
import { useI18n, type Translate } from '../../i18n/i18n.js';
import { OidcSignInError } from '../../session/oidc/errors.js';
import { SIGN_IN_PATH } from '../../session/paths.js';
import { finishSignInOnce } from './finish-sign-in.js';

/**
 * Where the OIDC provider sends the user back (`/auth/callback?code=…&state=…`): finishes the
 * code flow, then goes on to `next` or the user's workspace. A refused answer (a tampered state,
 * a foreign ID token, the provider's own refusal) is explained, with a way to sign in again.
 */
export function AuthCallbackPage() {
  const { t } = useI18n();
  const { route } = useLocation();
  const result = useAsync(() => finishSignInOnce(), []);

  useEffect(() => {
    if (result.status === 'ready') route(result.data, true);
  }, [result.status]);

  if (result.status === 'error') {
    return (
      <Page>
        <div data-testid="auth-callback-failed">
          <PageTitle hasErrors>{t('auth.callback.failedTitle')}</PageTitle>
          <Notice tone="error">
            <p>{failureText(result.error, t)}</p>
          </Notice>
          <ButtonLink href={SIGN_IN_PATH}>{t('auth.callback.retry')}</ButtonLink>
        </div>
      </Page>
    );
  }
  return (
    <Page>
      <PageTitle>{t('auth.callback.title')}</PageTitle>
      <p role="status" data-testid="auth-callback-working">
        {t('auth.callback.working')}
      </p>
    </Page>
  );
}

function failureText(error: unknown, t: Translate): string {
  if (!(error instanceof OidcSignInError)) return errorText(error, t);
  if (error.reason === 'provider-refused') return t('auth.callback.error.provider-refused', { detail: error.detail ?? '' });
  return t(`auth.callback.error.${error.reason}`);
}
