import { Button } from '../../components/Button/Button.js';
import { Page, PageTitle } from '../../components/Page/Page.js';
import { useI18n } from '../../i18n/i18n.js';

/** Shown when a page's code could not be downloaded or crashed: say so plainly, offer a reload. */
export function ProblemPage() {
  const { t } = useI18n();
  return (
    <Page>
      <div data-testid="problem">
        <PageTitle>{t('problem.title')}</PageTitle>
        <p>{t('problem.body')}</p>
        <Button onClick={() => location.reload()}>{t('problem.reload')}</Button>
      </div>
    </Page>
  );
}
