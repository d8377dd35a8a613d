import { useState } from 'preact/hooks';
import { hasLocalIssuer } from '../../api/auth.js';
import { placeName } from '../../api/places.js';
import { useAsync } from '../../api/use-async.js';
import { useI18n } from '../../i18n/i18n.js';
import type { DemoAccount } from '../../../../functions/demo/accounts.js';
import './demo-accounts.css';

/**
 * The demo accounts of the embedded default, shown only when this server signs people in with
 * its built-in local issuer. Loaded on demand, so a real deployment never downloads the list.
 */
export function DemoAccounts(props: { onUse(username: string, password: string): void }) {
  const { t, lang } = useI18n();
  const demo = useAsync(async (signal) => {
    if (!(await hasLocalIssuer(signal))) return null;
    return import('../../../../functions/demo/accounts.js');
  }, []);
  const [filled, setFilled] = useState<string | null>(null);

  if (demo.status !== 'ready' || !demo.data) return null;
  const { DEMO_ACCOUNTS, DEMO_PASSWORD } = demo.data;
  const where = (a: DemoAccount) => {
    const id = a.townshipId ?? a.countyId;
    return id ? placeName(id, lang) : undefined;
  };

  return (
    <section class="demo-accounts no-print" aria-labelledby="demo-accounts-title" data-testid="demo-accounts">
      <h2 id="demo-accounts-title">{t('signIn.demo.title')}</h2>
      <p>{t('signIn.demo.lead', { password: DEMO_PASSWORD })}</p>
      <p class="visually-hidden" role="status">
        {filled ? t('signIn.demo.filled', { username: filled }) : ''}
      </p>
      <ul class="demo-accounts__list">
        {DEMO_ACCOUNTS.map((account) => (
          <li key={account.username} class="demo-accounts__item">
            <span class="demo-accounts__who">
              <code class="demo-accounts__username">{account.username}</code>
              <span>
                {[t(`role.${account.role}`), account.name, where(account)].filter(Boolean).join(' · ')}
              </span>
            </span>
            <button
              type="button"
              class="demo-accounts__use"
              onClick={() => {
                setFilled(account.username);
                props.onUse(account.username, DEMO_PASSWORD);
              }}
            >
              {t('signIn.demo.use')}
              <span class="visually-hidden"> {account.username}</span>
            </button>
          </li>
        ))}
      </ul>
    </section>
  );
}
