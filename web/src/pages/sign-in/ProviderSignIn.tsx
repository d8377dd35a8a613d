import { useLocation } from 'preact-iso';
import { useEffect, useState } from 'preact/hooks';
import type { OidcConfig } from '../../api/sign-in-options.js';
import { Button } from '../../components/Button/Button.js';
import { Notice } from '../../components/Notice/Notice.js';
import { useI18n } from '../../i18n/i18n.js';

/**
 * One button that takes the user to the OIDC provider (Cognito's hosted page, a provincial
 * unified identity service …) with the code flow + PKCE; they come back to /auth/callback and
 * then to `next` or their workspace. The OIDC client is downloaded only when it is pressed.
 */
export function ProviderSignIn(props: { config: OidcConfig }) {
  const { t } = useI18n();
  const { query } = useLocation();
  const [state, setState] = useState<'idle' | 'redirecting' | 'failed'>('idle');
  const provider = props.config.providerName ?? t('auth.provider.genericName');

  // Back from the provider through the browser's back button: the page may come from the cache.
  useEffect(() => {
    const onShow = (event: PageTransitionEvent) => event.persisted && setState('idle');
    addEventListener('pageshow', onShow);
    return () => removeEventListener('pageshow', onShow);
  }, []);

  const start = async () => {
    if (state === 'redirecting') return;
    setState('redirecting');
    try {
      const { startProviderSignIn } = await import('../../session/provider-session.js');
      await startProviderSignIn(props.config, query.next);
    } catch {
      setState('failed');
    }
  };

  return (
    <div class="provider-sign-in" data-testid="provider-sign-in">
      <p>{t('auth.provider.hint', { provider })}</p>
      {state === 'failed' && <Notice tone="error">{t('auth.provider.startFailed', { provider })}</Notice>}
      <Button id="sign-in-provider" aria-disabled={state === 'redirecting'} onClick={() => void start()}>
        {state === 'redirecting' ? t('auth.provider.redirecting', { provider }) : t('auth.provider.button', { provider })}
      </Button>
      <p class="visually-hidden" role="status">
        {state === 'redirecting' ? t('auth.provider.redirecting', { provider }) : ''}
      </p>
    </div>
  );
}
