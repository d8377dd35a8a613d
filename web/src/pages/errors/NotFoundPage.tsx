import { Page, PageTitle } from '../../components/Page/Page.js';
import { useI18n } from '../../i18n/i18n.js';

/** Any path the router does not know. */
export function NotFoundPage() {
  const { t } = useI18n();
  return (
    <Page>
      <div data-testid="not-found">
        <PageTitle>{t('notFound.title')}</PageTitle>
        <p>{t('notFound.body')}</p>
        <p>
          <a href="/">{t('notFound.home')}</a>
        </p>
      </div>
    </Page>
  );
}
