import { ActionLink } from '../../components/ActionLink/ActionLink.js';
import { Page, PageTitle } from '../../components/Page/Page.js';
import { useI18n } from '../../i18n/i18n.js';
import './home.css';

/** The public front door: who the service is for, and the three things people come to do. */
export function HomePage() {
  const { t } = useI18n();
  return (
    <Page>
      <div class="home__intro">
        <PageTitle>{t('home.title')}</PageTitle>
        <p class="lead">{t('home.lead')}</p>
      </div>

      <section aria-labelledby="home-actions">
        <h2 id="home-actions" class="visually-hidden">
          {t('home.actions.title')}
        </h2>
        <ul class="action-links">
          <li>
            <ActionLink href="/guide" title={t('home.action.guide')} hint={t('home.action.guide.hint')} testId="action-guide" />
          </li>
          <li>
            <ActionLink href="/track" title={t('home.action.track')} hint={t('home.action.track.hint')} testId="action-track" />
          </li>
          <li>
            <ActionLink href="/sign-in" title={t('home.action.signIn')} hint={t('home.action.signIn.hint')} testId="action-sign-in" />
          </li>
        </ul>
      </section>

      <section aria-labelledby="home-audience">
        <h2 id="home-audience">{t('home.audience.title')}</h2>
        <ul class="home__audience">
          {(['residents', 'proxy', 'staff'] as const).map((who) => (
            <li key={who}>
              <h3>{t(`home.audience.${who}.title`)}</h3>
              <p>{t(`home.audience.${who}.body`)}</p>
            </li>
          ))}
        </ul>
      </section>

      <section class="home__offline" aria-labelledby="home-offline">
        <h2 id="home-offline">{t('home.offline.title')}</h2>
        <p>{t('home.offline.body')}</p>
      </section>
    </Page>
  );
}
