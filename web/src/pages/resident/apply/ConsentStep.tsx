import { pickText } from '../../../api/localized.js';
import { Button } from '../../../components/Button/Button.js';
import { ChoiceInput } from '../../../components/ItemForm/ChoiceInput.js';
import { useI18n } from '../../../i18n/i18n.js';
import { completeStep, type ConsentDraft } from './application-draft.js';
import { CONSENT_IDS, CONSENT_METHODS, consentIssues } from './consent.js';
import '../../../components/ItemForm/item-form.css';
import { StepPage } from './StepPage.js';
import type { StepProps } from './step-props.js';
import { localIssues, useStepSubmit } from './use-step-submit.js';

/** The village proxy's step: how and when the resident agreed to the proxy applying for them. */
export function ConsentStep(props: StepProps) {
  const { t, lang } = useI18n();
  const { handle } = props;
  const consent = handle.draft.consent;
  const set = (patch: Partial<ConsentDraft>) => handle.update((d) => ({ ...d, consent: { ...d.consent, ...patch } }));
  const { issues, attempt, busy, onSubmit } = useStepSubmit(async () => {
    const problems = consentIssues(consent, t);
    if (problems.length > 0) throw localIssues(problems);
    handle.update((d) => completeStep(d, 'consent'));
    props.next();
  });
  const errorAt = (field: keyof typeof CONSENT_IDS) => issues.find((i) => i.path === `proxyConsent.${field}`)?.message;
  const errors = (Object.keys(CONSENT_IDS) as (keyof typeof CONSENT_IDS)[]).flatMap((field) =>
    errorAt(field) ? [{ message: errorAt(field)!, fieldId: CONSENT_IDS[field] }] : [],
  );
  const givenAtError = errorAt('givenAt');
  const noteError = errorAt('note');
  return (
    <StepPage
      title={t('intake.consent.title')}
      itemName={pickText(props.item.name, lang)}
      step={props.position}
      backHref={props.backHref}
      errors={errors}
      attempt={attempt}
      testId="apply-consent"
    >
      <p class="lead">{t('intake.consent.lead')}</p>
      <form noValidate onSubmit={onSubmit}>
        <ChoiceInput
          id={CONSENT_IDS.method}
          name="consent-method"
          label={t('intake.consent.method')}
          options={CONSENT_METHODS.map((m) => ({ value: m, label: t(`intake.consent.method.${m}`) }))}
          value={consent.method}
          onValue={(method) => set({ method: method as ConsentDraft['method'] })}
          required
          {...(errorAt('method') ? { error: errorAt('method')! } : {})}
        />
        <div class={`text-field${givenAtError ? ' text-field--error' : ''}`}>
          <label class="text-field__label" for={CONSENT_IDS.givenAt}>
            {t('intake.consent.givenAt')}
            <span class="item-form__required">{t('intake.form.required')}</span>
          </label>
          <p class="text-field__hint" id={`${CONSENT_IDS.givenAt}-hint`}>
            {t('intake.consent.givenAtHint')}
          </p>
          {givenAtError && (
            <p class="text-field__error" id={`${CONSENT_IDS.givenAt}-error`}>
              <span class="visually-hidden">{t('field.errorPrefix')}</span>
              {givenAtError}
            </p>
          )}
          <input
            class="text-field__input text-field__input--medium"
            type="datetime-local"
            id={CONSENT_IDS.givenAt}
            name="consent-givenAt"
            value={consent.givenAt}
            onInput={(event) => set({ givenAt: event.currentTarget.value })}
            aria-describedby={[`${CONSENT_IDS.givenAt}-hint`, givenAtError ? `${CONSENT_IDS.givenAt}-error` : ''].filter(Boolean).join(' ')}
            aria-invalid={givenAtError ? true : undefined}
            aria-required="true"
          />
        </div>
        <div class={`text-field${noteError ? ' text-field--error' : ''}`}>
          <label class="text-field__label" for={CONSENT_IDS.note}>
            {t('intake.consent.note')}
          </label>
          <p class="text-field__hint" id={`${CONSENT_IDS.note}-hint`}>
            {t('intake.consent.noteHint')}
          </p>
          {noteError && (
            <p class="text-field__error" id={`${CONSENT_IDS.note}-error`}>
              <span class="visually-hidden">{t('field.errorPrefix')}</span>
              {noteError}
            </p>
          )}
          <textarea
            class="text-field__input text-field__input--full item-form__textarea"
            id={CONSENT_IDS.note}
            name="consent-note"
            rows={3}
            value={consent.note}
            onInput={(event) => set({ note: event.currentTarget.value })}
            aria-describedby={[`${CONSENT_IDS.note}-hint`, noteError ? `${CONSENT_IDS.note}-error` : ''].filter(Boolean).join(' ')}
            aria-invalid={noteError ? true : undefined}
          />
        </div>
        <Button type="submit" aria-disabled={busy}>
          {t('intake.apply.continue')}
        </Button>
      </form>
    </StepPage>
  );
}
