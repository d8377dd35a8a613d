import { useLocation } from 'preact-iso';
import { placeOfUser, usePlaceNames } from '../../api/places.js';
import { useI18n } from '../../i18n/i18n.js';
import { api } from '../../services.js';
import { WORKSPACE_PATHS, SIGN_IN_PATH } from '../../session/paths.js';
import { signOut } from '../../session/sign-out.js';
import { useSession } from '../../session/use-session.js';
import { LanguageSwitch } from '../LanguageSwitch/LanguageSwitch.js';
import './site-header.css';

/**
 * The banner of every page: the service's name (home link), the language switch, and who is
 * signed in (name, role, township) with sign-out, or a sign-in link.
 */
export function SiteHeader() {
  const { t, lang } = useI18n();
  const { session } = useSession();
  const { path, route } = useLocation();
  const user = session?.user;
  usePlaceNames(api, Boolean(user?.townshipId));
  const place = user ? placeOfUser(user, lang) : undefined;
  const ownWorkspace = user ? WORKSPACE_PATHS[user.workspace] : undefined;

  return (
    <header class="site-header" role="banner">
      <div class="page-width site-header__bar">
        <a class="site-header__brand" href="/">
          <span class="site-header__name">{t('app.name')}</span>
          <span class="site-header__tagline">{t('app.tagline')}</span>
        </a>
        <div class="site-header__tools">
          <LanguageSwitch />
          {!user && path !== SIGN_IN_PATH && (
            <a class="site-header__sign-in" href={SIGN_IN_PATH}>
              {t('header.signIn')}
            </a>
          )}
        </div>
      </div>
      {user && (
        <div class="site-header__account">
          <div class="page-width site-header__account-row">
            <p class="site-header__who">
              <span class="visually-hidden">{t('header.account')}: </span>
              <strong data-testid="user-name">{user.name}</strong>
              <span class="site-header__sep" aria-hidden="true">
                ·
              </span>
              <span data-testid="user-role">{t(`role.${user.role}`)}</span>
              {place && (
                <>
                  <span class="site-header__sep" aria-hidden="true">
                    ·
                  </span>
                  <span data-testid="user-place">{place}</span>
                </>
              )}
            </p>
            <div class="site-header__account-actions">
              {ownWorkspace && !path.startsWith(ownWorkspace) && <a href={ownWorkspace}>{t('header.myWorkspace')}</a>}
              <button type="button" class="site-header__sign-out" onClick={() => signOut(route)}>
                {t('header.signOut')}
              </button>
            </div>
          </div>
        </div>
      )}
    </header>
  );
}
