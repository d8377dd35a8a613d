import { useLocation } from 'preact-iso';
import { allMaterialsOf, noticePath, type NoticeKind } from '../../../api/intake.js';
import { pickText } from '../../../api/localized.js';
import { AsyncState } from '../../../components/AsyncState/AsyncState.js';
import { BackLink } from '../../../components/BackLink/BackLink.js';
import { ButtonLink } from '../../../components/Button/Button.js';
import { CaseStateTag } from '../../../components/CaseStateTag/CaseStateTag.js';
import { CaseTimeline } from '../../../components/CaseTimeline/CaseTimeline.js';
import { Notice } from '../../../components/Notice/Notice.js';
import { Page, PageTitle } from '../../../components/Page/Page.js';
import { formatInstant } from '../../../i18n/dates.js';
import { useI18n } from '../../../i18n/i18n.js';
import { residentPaths } from '../resident-paths.js';
import '../resident.css';
import { CaseFacts } from './CaseFacts.js';
import { CaseMaterials } from './CaseMaterials.js';
import { CorrectionItems } from './CorrectionNotice.js';
import { RatingSection } from './RatingSection.js';
import { ResultSection } from './ResultSection.js';
import { useCaseDetail } from './use-case-detail.js';

/** One of the applicant's cases: its state in plain words, dates, what to do now, materials, steps, notices. */
export function CaseDetailPage(props: { caseId: string }) {
  const { t, lang } = useI18n();
  const state = useCaseDetail(props.caseId);
  const { query } = useLocation();
  const done = query.done === 'resubmitted' || query.done === 'withdrawn' ? query.done : undefined;
  const ready = state.status === 'ready' ? state.data : undefined;
  const title = ready ? pickText(ready.detail.itemName ?? ready.item?.name, lang) || ready.detail.case.itemCode : t('intake.case.title');
  return (
    <Page>
      <div class="resident-page" data-testid="case-detail">
        <BackLink href={residentPaths.dashboard()}>{t('intake.case.back')}</BackLink>
        <PageTitle {...(ready ? { caption: `${t('intake.case.caseNumber')} ${ready.detail.case.caseNumber}` } : {})}>{title}</PageTitle>
        {done && (
          <Notice tone="success" title={t(`intake.case.done.${done}`)}>
            <p>{t(`intake.case.doneBody.${done}`)}</p>
          </Notice>
        )}
        <AsyncState state={state} loadingText={t('intake.case.loading')} errorTitle={t('intake.case.loadError')}>
          {({ detail, item }) => {
            const c = detail.case;
            const materials = item ? allMaterialsOf(item) : [];
            const notices: NoticeKind[] = [
              ...(c.acceptedOn ? (['acceptance'] as const) : []),
              ...(c.correction ? (['correction'] as const) : []),
              ...(c.state === 'not_accepted' ? (['not-accepted'] as const) : []),
            ];
            return (
              <>
                <p class="case-detail__state">
                  <CaseStateTag state={c.state} />
                </p>
                <p class="lead">{t(`intake.stateHelp.${c.state}`)}</p>
                {c.state === 'correction_required' && c.correction && (
                  <section class="correction-box" aria-labelledby="correction-title" data-testid="correction-box">
                    <h2 id="correction-title">{t('intake.correction.title')}</h2>
                    <p>{t('intake.correction.lead', { at: formatInstant(c.correction.issuedAt, lang) })}</p>
                    <CorrectionItems items={c.correction.items} materials={materials} fields={item?.formFields ?? []} />
                    <ButtonLink href={residentPaths.respond(c.caseId)}>{t('intake.correction.respond')}</ButtonLink>
                  </section>
                )}
                {c.state === 'not_accepted' && c.notAccepted && (
                  <section class="correction-box correction-box--stopped" aria-labelledby="not-accepted-title">
                    <h2 id="not-accepted-title">{t('intake.notAccepted.title')}</h2>
                    <h3>{t('intake.notAccepted.reasons')}</h3>
                    <ul>
                      {c.notAccepted.reasons.map((r) => (
                        <li key={r}>{r}</li>
                      ))}
                    </ul>
                    <h3>{t('intake.notAccepted.basis')}</h3>
                    <ul>
                      {c.notAccepted.legalBasis.map((r) => (
                        <li key={r}>{r}</li>
                      ))}
                    </ul>
                    <h3>{t('intake.notAccepted.remedies')}</h3>
                    <p>{c.notAccepted.remedies}</p>
                  </section>
                )}
                {c.decision && !c.decision.revoked && (
                  <ResultSection c={c} canReceive={detail.allowedActions.includes('deliver_electronically')} onReceived={state.reload} />
                )}
                <RatingSection c={c} canRate={detail.allowedActions.includes('rate')} onRated={state.reload} />
                <h2>{t('intake.case.factsTitle')}</h2>
                <CaseFacts c={c} item={item} />
                <h2>{t('intake.case.materialsTitle')}</h2>
                <CaseMaterials materials={c.materials} specs={materials} />
                <h2 id="steps-title">{t('intake.case.stepsTitle')}</h2>
                <CaseTimeline steps={detail.events} headingId="steps-title" />
                {notices.length > 0 && (
                  <>
                    <h2>{t('intake.case.noticesTitle')}</h2>
                    <ul class="notice-links">
                      {notices.map((kind) => (
                        <li key={kind}>
                          <a href={noticePath(c.caseId, kind)}>{t(`intake.notice.${kind}`)}</a>
                        </li>
                      ))}
                    </ul>
                  </>
                )}
                {detail.allowedActions.includes('withdraw') && (
                  <section class="case-detail__withdraw" aria-labelledby="withdraw-title">
                    <h2 id="withdraw-title">{t('intake.withdraw.sectionTitle')}</h2>
                    <p>{t('intake.withdraw.sectionBody')}</p>
                    <ButtonLink href={residentPaths.withdraw(c.caseId)} variant="secondary">
                      {t('intake.withdraw.action')}
                    </ButtonLink>
                  </section>
                )}
                <p class="muted">
                  {t('intake.case.receivedAt', { at: formatInstant(c.receivedAt, lang) })} · {t('intake.case.dateNote')}
                </p>
              </>
            );
          }}
        </AsyncState>
      </div>
    </Page>
  );
}
