import { useLocation } from 'preact-iso';
import { useState } from 'preact/hooks';
import { ApiError } from '../../../api/api-error.js';
import { withdrawApplication } from '../../../api/intake.js';
import { pickText } from '../../../api/localized.js';
import { AsyncState } from '../../../components/AsyncState/AsyncState.js';
import { BackLink } from '../../../components/BackLink/BackLink.js';
import { Button } from '../../../components/Button/Button.js';
import { ErrorSummary } from '../../../components/ErrorSummary/ErrorSummary.js';
import { Notice } from '../../../components/Notice/Notice.js';
import { Page, PageTitle } from '../../../components/Page/Page.js';
import { useI18n } from '../../../i18n/i18n.js';
import { api } from '../../../services.js';
import { localIssues, useStepSubmit } from '../apply/use-step-submit.js';
import { residentPaths } from '../resident-paths.js';
import '../../../components/ItemForm/item-form.css';
import '../resident.css';
import { useCaseDetail, type CaseWithItem } from './use-case-detail.js';

const REASON_ID = 'withdraw-reason';

/** Withdrawing an application: what it means, a reason (recorded on the case), and a confirm button. */
export function WithdrawPage(props: { caseId: string }) {
  const { t } = useI18n();
  const state = useCaseDetail(props.caseId);
  return (
    <Page>
      <div class="resident-page" data-testid="withdraw">
        <BackLink href={residentPaths.case(props.caseId)}>{t('intake.respond.back')}</BackLink>
        {state.status !== 'ready' && <PageTitle>{t('intake.withdraw.title')}</PageTitle>}
        <AsyncState state={state} loadingText={t('intake.case.loading')} errorTitle={t('intake.case.loadError')}>
          {(data) =>
            data.detail.allowedActions.includes('withdraw') ? (
              <WithdrawForm data={data} />
            ) : (
              <>
                <PageTitle>{t('intake.withdraw.title')}</PageTitle>
                <Notice>{t('intake.withdraw.notPossible')}</Notice>
              </>
            )
          }
        </AsyncState>
      </div>
    </Page>
  );
}

function WithdrawForm(props: { data: CaseWithItem }) {
  const { t, lang } = useI18n();
  const { route } = useLocation();
  const c = props.data.detail.case;
  const [reason, setReason] = useState('');
  const { issues, failure, attempt, busy, onSubmit } = useStepSubmit(async () => {
    if (!reason.trim()) throw localIssues([{ path: 'reason', message: t('intake.withdraw.reasonRequired') }]);
    try {
      await withdrawApplication(api, c.caseId, c.version, reason.trim());
    } catch (error) {
      if (error instanceof ApiError && error.code === 'VERSION_CONFLICT') throw new ApiError(409, error.code, t('intake.respond.conflict'));
      throw error;
    }
    route(`${residentPaths.case(c.caseId)}?done=withdrawn`);
  });
  const reasonError = issues.find((i) => i.path === 'reason')?.message;
  const errors = issues.map((i) => ({ message: i.message, ...(i.path === 'reason' ? { fieldId: REASON_ID } : {}) }));
  return (
    <>
      <ErrorSummary errors={errors} attempt={attempt} />
      <PageTitle hasErrors={errors.length > 0} caption={`${pickText(props.data.detail.itemName, lang) || c.itemCode} · ${c.caseNumber}`}>
        {t('intake.withdraw.title')}
      </PageTitle>
      <Notice tone="error" title={t('intake.withdraw.warningTitle')} announce={false}>
        <p>{t('intake.withdraw.warning')}</p>
      </Notice>
      <form noValidate onSubmit={onSubmit}>
        <div class={`text-field${reasonError ? ' text-field--error' : ''}`}>
          <label class="text-field__label" for={REASON_ID}>
            {t('intake.withdraw.reason')}
            <span class="item-form__required">{t('intake.form.required')}</span>
          </label>
          <p class="text-field__hint" id={`${REASON_ID}-hint`}>
            {t('intake.withdraw.reasonHint')}
          </p>
          {reasonError && (
            <p class="text-field__error" id={`${REASON_ID}-error`}>
              <span class="visually-hidden">{t('field.errorPrefix')}</span>
              {reasonError}
            </p>
          )}
          <textarea
            class="text-field__input text-field__input--full item-form__textarea"
            id={REASON_ID}
            name={REASON_ID}
            rows={3}
            maxLength={500}
            value={reason}
            onInput={(event) => setReason(event.currentTarget.value)}
            aria-describedby={`${REASON_ID}-hint${reasonError ? ` ${REASON_ID}-error` : ''}`}
            aria-invalid={reasonError ? true : undefined}
            aria-required="true"
          />
        </div>
        {failure && <Notice tone="error">{failure}</Notice>}
        <div class="resident-actions">
          <Button type="submit" class="button--warning" aria-disabled={busy}>
            {t('intake.withdraw.confirm')}
          </Button>
          <a href={residentPaths.case(c.caseId)}>{t('intake.withdraw.cancel')}</a>
        </div>
      </form>
    </>
  );
}
