import { PageTitle } from '../../../components/Page/Page.js';
import { useI18n } from '../../../i18n/i18n.js';
import { CounterFrame } from '../CounterFrame.js';

/** Walk-in intake (whole-subject): any item of the township, taken in at the counter. */
export function WalkInPage() {
  const { t } = useI18n();
  return (
    <CounterFrame>
      <PageTitle>{t('counter.walkIn.panelTitle')}</PageTitle>
    </CounterFrame>
  );
}
