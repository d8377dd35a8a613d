import { useState } from 'preact/hooks';
import { placeName } from '../../api/places.js';
import { fetchDemoAccounts, type DemoAccount } from '../../api/sign-in-options.js';
import { useAsync } from '../../api/use-async.js';
import { useI18n } from '../../i18n/i18n.js';
import { api } from '../../services.js';
import './demo-accounts.css';

/**
 * The demo accounts of the embedded default, shown only beside its local issuer. They come from
 * the API (`GET /api/auth/local/demo-accounts`), so no password ships in the web bundle.
 */
export function DemoAccounts(props: { onUse(username: string, password: string): void }) {
  const { t, lang } = useI18n();
  const demo = useAsync((signal) => fetchDemoAccounts(api, signal), []);
  const [filled, setFilled] = useState<string | null>(null);

  if (demo.status !== 'ready') return null;
  const { accounts, password } = demo.data;
  const where = (a: DemoAccount) => {
    const id = a.townshipId ?? a.countyId;
    return id ? placeName(id, lang) : undefined;
  };

  return (
    <section class="demo-accounts no-print" aria-labelledby="demo-accounts-title" data-testid="demo-accounts">
      <h2 id="demo-accounts-title">{t('signIn.demo.title')}</h2>
      <p>{t('signIn.demo.lead', { password })}</p>
      <p class="visually-hidden" role="status">
        {filled ? t('signIn.demo.filled', { username: filled }) : ''}
      </p>
      <ul class="demo-accounts__list">
        {accounts.map((account) => (
          <li key={account.username} class="demo-accounts__item">
            <span class="demo-accounts__who">
              <code class="demo-accounts__username">{account.username}</code>
              <span>{[t(`role.${account.role}`), account.name, where(account)].filter(Boolean).join(' · ')}</span>
            </span>
            <button
              type="button"
              class="demo-accounts__use"
              onClick={() => {
                setFilled(account.username);
                props.onUse(account.username, password);
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
