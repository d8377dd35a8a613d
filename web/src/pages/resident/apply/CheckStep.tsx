import { useLocation } from 'preact-iso';
import { ApiError } from '../../../api/api-error.js';
import { submitApplication } from '../../../api/intake.js';
import { pickText } from '../../../api/localized.js';
import { placeName } from '../../../api/places.js';
import { Button } from '../../../components/Button/Button.js';
import { askedQuestions, fieldDomId, questionDomId } from '../../../components/ItemForm/item-form-model.js';
import { materialDomId } from '../../../components/FileUpload/FileUpload.js';
import { Notice } from '../../../components/Notice/Notice.js';
import { useI18n } from '../../../i18n/i18n.js';
import { formatInstant } from '../../../i18n/dates.js';
import { api } from '../../../services.js';
import { residentPaths } from '../resident-paths.js';
import { clearDraft } from './application-draft.js';
import { CheckRow, CheckSection } from './CheckRows.js';
import { forgetOnDevice } from './device-drafts.js';
import { consentInstant } from './consent.js';
import { needsNewKey, newIdempotencyKey } from './idempotency-key.js';
import { StepPage } from './StepPage.js';
import type { StepProps } from './step-props.js';
import { checkRowOf, issuesByMaterial, submitBodyOf } from './submit-body.js';
import { draftStorage } from './use-draft.js';
import { useStepSubmit } from './use-step-submit.js';

/** The last step: everything on one page with change links, then submit (one Idempotency-Key per attempt). */
export function CheckStep(props: StepProps) {
  const { t, lang } = useI18n();
  const { route } = useLocation();
  const { item, handle, isProxy } = props;
  const { draft } = handle;
  const { issues, failure, attempt, busy, onSubmit } = useStepSubmit(async () => {
    const body = submitBodyOf(draft, item, isProxy);
    // No draft save may start now: one landing after the submission would bring the draft back.
    await props.sync.hold();
    try {
      const created = await submitApplication(api, body, draft.idempotencyKey);
      route(residentPaths.submitted(created.caseId));
      // Straight from storage: the flow is leaving, and an empty draft would send it to "choose".
      // The server's copy went in the submission's own transaction.
      clearDraft(draftStorage(draft.ownerId));
      forgetOnDevice(draft);
    } catch (error) {
      props.sync.release();
      if (needsNewKey(error)) handle.update((d) => ({ ...d, idempotencyKey: newIdempotencyKey() }));
      if (error instanceof ApiError && error.code === 'IDEMPOTENCY_KEY_REUSED') {
        throw new ApiError(409, error.code, t('intake.check.maybeSent'));
      }
      if (error instanceof ApiError && error.issues.length > 0) {
        throw new ApiError(error.status, error.code, error.message, error.requestId, issuesByMaterial(error.issues, body));
      }
      throw error;
    }
  });
  const errorAt = (rowId: string) => issues.filter((i) => checkRowOf(i.path) === rowId).map((i) => i.message)[0];
  const errors = issues.map((i) => ({ message: i.message, ...(checkRowOf(i.path) ? { fieldId: `${checkRowOf(i.path)}-change` } : {}) }));
  const questions = askedQuestions(item.questions, draft.variantAnswers);
  const materials = draft.checklist?.materials ?? [];
  const stepHref = (step: Parameters<typeof residentPaths.step>[0], anchor?: string) => `${residentPaths.step(step)}${anchor ? `#${anchor}` : ''}`;

  return (
    <StepPage
      title={t(isProxy ? 'intake.check.titleProxy' : 'intake.check.title')}
      itemName={pickText(item.name, lang)}
      step={props.position}
      backHref={props.backHref}
      errors={errors}
      attempt={attempt}
      testId="apply-check"
    >
      <CheckSection title={t('intake.check.item')}>
        <CheckRow id="check-item" label={t('intake.check.itemName')} value={pickText(item.name, lang)} />
        <CheckRow
          id="check-township"
          label={t('intake.check.township')}
          value={placeName(draft.townshipId, lang)}
          {...(isProxy ? {} : { change: residentPaths.choose({ item: draft.itemCode, township: draft.townshipId }) })}
        />
      </CheckSection>
      {questions.length > 0 && (
        <CheckSection title={t('intake.check.situation')}>
          {questions.map((q) => {
            const answer = q.options.find((o) => o.value === draft.variantAnswers[q.id]);
            return (
              <CheckRow
                key={q.id}
                id={`check-question-${q.id}`}
                label={pickText(q.text, lang)}
                value={answer ? pickText(answer.label, lang) : t('intake.check.notAnswered')}
                change={stepHref('situation', questionDomId(q.id))}
                error={errorAt(`check-question-${q.id}`)}
              />
            );
          })}
        </CheckSection>
      )}
      <CheckSection title={t(isProxy ? 'intake.check.formProxy' : 'intake.check.form')}>
        {item.formFields.map((f) => {
          const raw = draft.answers[f.id]?.trim() ?? '';
          const option = f.options?.find((o) => o.value === raw);
          return (
            <CheckRow
              key={f.id}
              id={`check-answers-${f.id}`}
              label={pickText(f.label, lang)}
              value={option ? pickText(option.label, lang) : raw || t('intake.check.notAnswered')}
              change={stepHref('form', fieldDomId(f.id))}
              error={errorAt(`check-answers-${f.id}`)}
            />
          );
        })}
      </CheckSection>
      <CheckSection title={t('intake.check.materials')}>
        {materials.map((m) => {
          const files = draft.materials[m.id] ?? [];
          const value =
            files.length > 0
              ? files.map((f) => f.name).join(t('list.separator'))
              : m.mayBeDeferred
                ? t('intake.check.later')
                : m.mandatory
                  ? t('intake.check.missing')
                  : t('intake.check.none');
          return (
            <CheckRow
              key={m.id}
              id={`check-material-${m.id}`}
              label={pickText(m.name, lang)}
              value={value}
              change={stepHref('materials', materialDomId(m.id))}
              error={errorAt(`check-material-${m.id}`)}
            />
          );
        })}
      </CheckSection>
      {isProxy && (
        <CheckSection title={t('intake.check.consent')}>
          <CheckRow
            id="check-consent"
            label={t('intake.consent.method')}
            value={draft.consent.method ? t(`intake.consent.method.${draft.consent.method}`) : t('intake.check.notAnswered')}
            change={residentPaths.step('consent')}
            error={errorAt('check-consent')}
          />
          <CheckRow
            id="check-consent-at"
            label={t('intake.consent.givenAt')}
            value={consentInstant(draft.consent.givenAt) ? formatInstant(consentInstant(draft.consent.givenAt)!, lang) : t('intake.check.notAnswered')}
            change={residentPaths.step('consent')}
          />
          {draft.consent.note.trim() && (
            <CheckRow id="check-consent-note" label={t('intake.consent.note')} value={draft.consent.note.trim()} change={residentPaths.step('consent')} />
          )}
        </CheckSection>
      )}
      <h2>{t('intake.check.sendTitle')}</h2>
      <p>{t(isProxy ? 'intake.check.declarationProxy' : 'intake.check.declaration')}</p>
      <form noValidate onSubmit={onSubmit}>
        {failure && (
          <Notice tone="error" title={t('intake.check.failedTitle')}>
            <p>{failure}</p>
            <p>
              <a href={residentPaths.dashboard()}>{t('intake.check.seeMyCases')}</a>
            </p>
          </Notice>
        )}
        <Button type="submit" aria-disabled={busy}>
          {t(busy ? 'intake.check.sending' : 'intake.check.send')}
        </Button>
      </form>
    </StepPage>
  );
}
