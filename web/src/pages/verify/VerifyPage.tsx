import type { ComponentChildren } from 'preact';
import { useRoute } from 'preact-iso';
import { useState } from 'preact/hooks';
import { pickText } from '../../api/localized.js';
import { verifyDecision, type VerifyAnswer, type VerifyStatus } from '../../api/decisions.js';
import { useAsync } from '../../api/use-async.js';
import { AsyncState } from '../../components/AsyncState/AsyncState.js';
import { Page, PageTitle } from '../../components/Page/Page.js';
import { useI18n } from '../../i18n/i18n.js';
import type { Lang } from '../../i18n/lang.js';
import { translate } from '../../i18n/message-store.js';
import { api } from '../../services.js';
import { formatDay, formatMoment } from '../counter/dates.js';
import { VerifyCodeForm } from './VerifyCodeForm.js';
import './verify.css';
// The strings this page's code speaks, beyond core (i18n/message-store.ts); they come with this chunk.
import '../../i18n/messages/seal.js';

const TONE: Record<VerifyStatus, string> = { authentic: 'ok', altered: 'bad', revoked: 'bad', unknown: 'none' };
const MARK: Record<VerifyStatus, string> = { authentic: '✓', altered: '✗', revoked: '✗', unknown: '?' };

function Fact(props: { label: string; children: ComponentChildren; testId?: string }) {
  return (
    <div class="verify-facts__row" data-testid={props.testId}>
      <dt>{props.label}</dt>
      <dd>{props.children}</dd>
    </div>
  );
}

/**
 * The page behind a decision's QR code (`/verify/:code`, no login): says plainly whether the
 * decision is authentic, altered, revoked or unknown — in the page's language and, below it, in
 * the other one, since whoever holds the paper may read either — with the key facts.
 */
export function VerifyPage() {
  const { params } = useRoute();
  const code = params.code ?? '';
  return code ? <VerifyAnswerPage code={code} /> : <VerifyFormPage />;
}

/** `/verify` without a code: type the one printed on the decision. */
function VerifyFormPage() {
  const { t } = useI18n();
  const [hasErrors, setHasErrors] = useState(false);
  return (
    <Page>
      <PageTitle hasErrors={hasErrors}>{t('verify.title')}</PageTitle>
      <p class="lead">{t('verify.lead')}</p>
      <VerifyCodeForm titleHasErrors={setHasErrors} />
      <p class="muted verify-legal">{t('verify.legalNote')}</p>
    </Page>
  );
}

function VerifyAnswerPage({ code }: { code: string }) {
  const { t, lang } = useI18n();
  const answer = useAsync((signal) => verifyDecision(api, code, signal), [code, lang]);
  return (
    <Page>
      <PageTitle>{t('verify.title')}</PageTitle>
      <p class="lead">{t('verify.lead')}</p>
      <p class="verify-code" data-testid="verify-code">
        {t('verify.code', { code })}
      </p>
      <AsyncState state={answer} loadingText={t('verify.loading')} errorTitle={t('verify.errorTitle')}>
        {(data) => <VerifyResult answer={data} lang={lang} />}
      </AsyncState>
      <p>
        <a href="/verify">{t('verify.another')}</a>
      </p>
      <p class="muted verify-legal">{t('verify.legalNote')}</p>
    </Page>
  );
}

function VerifyResult({ answer, lang }: { answer: VerifyAnswer; lang: Lang }) {
  const { t } = useI18n();
  const other: Lang = lang === 'zh-CN' ? 'en' : 'zh-CN';
  const { status, decision: d } = answer;
  return (
    <>
      <section class={`verify-status verify-status--${TONE[status]}`} data-testid="verify-status" data-status={status} aria-labelledby="verify-status-title">
        <span class="verify-status__mark" aria-hidden="true">
          {MARK[status]}
        </span>
        <div>
          <h2 id="verify-status-title" class="verify-status__title">
            {t(`verify.status.${status}`)}
          </h2>
          <p class="verify-status__other" lang={other}>
            {translate(other, `verify.status.${status}`)}
          </p>
          <p class="verify-status__explain">{t(`verify.explain.${status}`)}</p>
        </div>
      </section>
      {d && (
        <section class="verify-facts-block" aria-labelledby="verify-facts-title">
          <h2 id="verify-facts-title">{t('verify.factsTitle')}</h2>
          <dl class="verify-facts">
            <Fact label={t('verify.fact.issuer')} testId="verify-issuer">
              {pickText(d.issuer.name, lang)}
              <span class="verify-facts__note">{t(`verify.issuerKind.${d.issuer.kind}`)}</span>
            </Fact>
            <Fact label={t('verify.fact.documentNumber')}>{d.documentNumber}</Fact>
            <Fact label={t('verify.fact.outcome')} testId="verify-outcome">
              {t(`decision.outcome.${d.outcome}`)}
            </Fact>
            <Fact label={t('verify.fact.item')}>{pickText(d.item.name, lang)}</Fact>
            <Fact label={t('verify.fact.applicant')}>{[d.applicant.name, d.applicant.idNumber, d.applicant.creditCode].filter(Boolean).join(' · ')}</Fact>
            <Fact label={t('verify.fact.township')}>{pickText(d.township.name, lang)}</Fact>
            <Fact label={t('verify.fact.caseNumber')}>{d.caseNumber}</Fact>
            <Fact label={t('verify.fact.decidedOn')}>{formatDay(d.decidedOn, lang)}</Fact>
            {answer.algorithm && (
              <Fact label={t('verify.fact.algorithm')} testId="verify-algorithm">
                {t(`verify.algorithm.${answer.algorithm}`)}
              </Fact>
            )}
            {answer.signedAt && <Fact label={t('verify.fact.signedAt')}>{formatMoment(answer.signedAt, lang)}</Fact>}
            {answer.keyId && (
              <Fact label={t('verify.fact.keyId')}>
                <code class="verify-facts__key">{answer.keyId}</code>
              </Fact>
            )}
            {answer.revoked && (
              <>
                <Fact label={t('verify.fact.revokedAt')}>{formatMoment(answer.revoked.at, lang)}</Fact>
                <Fact label={t('verify.fact.revokedReason')} testId="verify-revoked-reason">
                  {answer.revoked.reason}
                </Fact>
              </>
            )}
          </dl>
          <p class="muted">{t('verify.masked')}</p>
        </section>
      )}
    </>
  );
}
