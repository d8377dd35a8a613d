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
  const where = (a: DemoAccount) => (a.townshipId ?? a.countyId ? placeName((a.townshipId ?? a.countyId)!, lang) : '—');

  return (
    <section class="demo-accounts no-print" aria-labelledby="demo-accounts-title" data-testid="demo-accounts">
      <h2 id="demo-accounts-title">{t('signIn.demo.title')}</h2>
      <p>{t('signIn.demo.lead', { password: DEMO_PASSWORD })}</p>
      <p class="visually-hidden" role="status">
        {filled ? t('signIn.demo.filled', { username: filled }) : ''}
      </p>
      <div class="demo-accounts__scroll">
        <table class="demo-accounts__table">
          <thead>
            <tr>
              <th scope="col">{t('signIn.demo.username')}</th>
              <th scope="col">{t('signIn.demo.role')}</th>
              <th scope="col">{t('signIn.demo.name')}</th>
              <th scope="col">{t('signIn.demo.where')}</th>
              <td />
            </tr>
          </thead>
          <tbody>
            {DEMO_ACCOUNTS.map((account) => (
              <tr key={account.username}>
                <th scope="row">
                  <code>{account.username}</code>
                </th>
                <td>{t(`role.${account.role}`)}</td>
                <td>{account.name}</td>
                <td>{where(account)}</td>
                <td>
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
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
    </section>
  );
}
