import { getCase, getItem, type CaseDetail, type ItemVersion } from '../../api/intake.js';
import { pickText } from '../../api/localized.js';
import { useAsync } from '../../api/use-async.js';
import { AsyncState } from '../../components/AsyncState/AsyncState.js';
import { ButtonLink } from '../../components/Button/Button.js';
import { CopyCode } from '../../components/CopyCode/CopyCode.js';
import { Page, PageTitle } from '../../components/Page/Page.js';
import { formatLocalDate } from '../../i18n/dates.js';
import { useI18n } from '../../i18n/i18n.js';
import { api } from '../../services.js';
import { useSession } from '../../session/use-session.js';
import { residentPaths } from './resident-paths.js';
import './resident.css';

/** The confirmation after submitting: the case number, the query code to keep, and what happens next. */
export function SubmittedPage(props: { caseId: string }) {
  const { t, lang } = useI18n();
  const { session } = useSession();
  const isProxy = session?.user.role === 'proxy';
  const state = useAsync(
    async (signal): Promise<{ detail: CaseDetail; item: ItemVersion | null }> => {
      const detail = await getCase(api, props.caseId, signal);
      const item = await getItem(api, detail.case.itemCode, signal, detail.case.itemVersion).catch(() => null);
      return { detail, item };
    },
    [props.caseId],
  );
  return (
    <Page>
      <div class="resident-page" data-testid="apply-submitted">
        <div class="confirmation-panel">
          <PageTitle>{t('intake.submitted.title')}</PageTitle>
          {state.status === 'ready' && (
            <p class="confirmation-panel__body">
              {t('intake.submitted.caseNumber')}
              <br />
              <strong data-testid="case-number">{state.data.detail.case.caseNumber}</strong>
            </p>
          )}
        </div>
        <AsyncState state={state} loadingText={t('intake.submitted.loading')} errorTitle={t('intake.submitted.loadError')}>
          {({ detail, item }) => {
            const c = detail.case;
            return (
              <>
                <p class="lead">{t('intake.submitted.item', { item: pickText(detail.itemName ?? item?.name, lang) || c.itemCode })}</p>
                <section class="keep-code" aria-labelledby="keep-code-title">
                  <h2 id="keep-code-title">{t('intake.submitted.keepTitle')}</h2>
                  <CopyCode code={c.queryCode} label={t('intake.submitted.queryCode')} testId="query-code" />
                  <p>{t(isProxy ? 'intake.submitted.keepBodyProxy' : 'intake.submitted.keepBody')}</p>
                </section>
                <h2>{t('intake.submitted.nextTitle')}</h2>
                <ol class="next-steps">
                  <li>
                    {c.preReviewDueOn
                      ? t('intake.submitted.next.preReview', { date: formatLocalDate(c.preReviewDueOn, lang) })
                      : t('intake.submitted.next.answer', { date: formatLocalDate(c.answerDueOn, lang) })}
                  </li>
                  <li>{t('intake.submitted.next.correction')}</li>
                  {item && (
                    <li>
                      {item.caseType === 'on_the_spot'
                        ? t('intake.submitted.next.onTheSpot')
                        : t('intake.submitted.next.promised', { days: item.promisedLimitDays })}
                    </li>
                  )}
                </ol>
                <div class="resident-actions">
                  <ButtonLink href={residentPaths.case(c.caseId)}>{t('intake.submitted.viewCase')}</ButtonLink>
                  <ButtonLink href={residentPaths.dashboard()} variant="secondary">
                    {t(isProxy ? 'intake.dashboard.proxyCases' : 'intake.dashboard.myCases')}
                  </ButtonLink>
                </div>
                <p>
                  <a href={`/track?code=${encodeURIComponent(c.queryCode)}`}>{t('intake.submitted.track')}</a>
                </p>
              </>
            );
          }}
        </AsyncState>
      </div>
    </Page>
  );
}
