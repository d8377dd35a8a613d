import { getChecklist, type Checklist } from '../../../api/intake.js';
import { pickText } from '../../../api/localized.js';
import { useAsync } from '../../../api/use-async.js';
import { AsyncState } from '../../../components/AsyncState/AsyncState.js';
import { Button } from '../../../components/Button/Button.js';
import { MaterialTag } from '../../../components/FileUpload/MaterialTag.js';
import { askedQuestions } from '../../../components/ItemForm/item-form-model.js';
import { ItemForm, itemFormSummary } from '../../../components/ItemForm/ItemForm.js';
import { Notice } from '../../../components/Notice/Notice.js';
import { useI18n } from '../../../i18n/i18n.js';
import { api } from '../../../services.js';
import { withChecklist } from './application-draft.js';
import { StepPage } from './StepPage.js';
import type { StepProps } from './step-props.js';
import { useStepSubmit } from './use-step-submit.js';

/**
 * Step 1: the conditions to meet and the situation questions; once every asked question is
 * answered, the exact materials for that situation, so the applicant knows what to gather
 * before typing anything.
 */
export function SituationStep(props: StepProps) {
  const { t, lang } = useI18n();
  const { item, handle } = props;
  const { draft } = handle;
  const answered = askedQuestions(item.questions, draft.variantAnswers).every((q) => draft.variantAnswers[q.id]);
  const answersKey = JSON.stringify(draft.variantAnswers);
  const preview = useAsync((signal) => (answered ? getChecklist(api, item.code, draft.variantAnswers, signal) : Promise.resolve(null)), [answersKey, answered]);

  const { issues, failure, attempt, busy, onSubmit } = useStepSubmit(async () => {
    const checklist = await getChecklist(api, item.code, draft.variantAnswers);
    const after = withChecklist(draft, checklist);
    handle.update((d) => withChecklist(d, checklist));
    props.next(after);
  });

  const { errors } = itemFormSummary(item, draft.variantAnswers, issues, lang, { show: 'questions' });
  return (
    <StepPage
      title={t('intake.situation.title')}
      itemName={pickText(item.name, lang)}
      step={props.position}
      backHref={props.backHref}
      errors={errors}
      attempt={attempt}
      testId="apply-situation"
    >
      <p class="muted">{t('intake.apply.saved')}</p>
      {item.acceptanceConditions.length > 0 && (
        <section aria-labelledby="conditions-title">
          <h2 id="conditions-title">{t('intake.situation.conditions')}</h2>
          <ul class="apply__conditions">
            {item.acceptanceConditions.map((c) => (
              <li key={c['zh-CN']}>{pickText(c, lang)}</li>
            ))}
          </ul>
        </section>
      )}
      <form noValidate onSubmit={onSubmit}>
        {item.questions.length > 0 && (
          <section aria-labelledby="questions-title">
            <h2 id="questions-title">{t('intake.situation.questions')}</h2>
            <ItemForm
              item={item}
              show="questions"
              answers={draft.answers}
              variantAnswers={draft.variantAnswers}
              issues={issues}
              onVariantAnswersChange={(variantAnswers) => handle.update((d) => ({ ...d, variantAnswers }))}
            />
          </section>
        )}
        <section aria-labelledby="checklist-title" class="apply__checklist">
          <h2 id="checklist-title">{t('intake.situation.checklist')}</h2>
          {!answered ? (
            <p>{t('intake.situation.answerFirst')}</p>
          ) : (
            <AsyncState state={preview} loadingText={t('intake.situation.loadingChecklist')} errorTitle={t('intake.situation.checklistError')}>
              {(checklist) => (checklist ? <ChecklistView checklist={checklist} itemConditions={item.acceptanceConditions.length} /> : null)}
            </AsyncState>
          )}
        </section>
        {failure && <Notice tone="error">{failure}</Notice>}
        <Button type="submit" aria-disabled={busy}>
          {t('intake.apply.continue')}
        </Button>
      </form>
    </StepPage>
  );
}

/** The materials of a checklist, and the conditions the situation adds to the item's own. */
export function ChecklistView(props: { checklist: Checklist; itemConditions: number }) {
  const { t, lang } = useI18n();
  const { checklist } = props;
  const extra = checklist.conditions.slice(props.itemConditions);
  return (
    <div data-testid="checklist">
      {checklist.variants.length > 0 && (
        <p>{t('intake.situation.variants', { variants: checklist.variants.map((v) => pickText(v.name, lang)).join(t('list.separator')) })}</p>
      )}
      <ul class="apply__materials">
        {checklist.materials.map((m) => (
          <li key={m.id}>
            <span class="apply__material-name">{pickText(m.name, lang)}</span>
            <MaterialTag material={m} />
            <span class="muted apply__material-form">{t(`intake.material.form.${m.form}`, { copies: m.copies })}</span>
          </li>
        ))}
      </ul>
      {extra.length > 0 && (
        <>
          <p>{t('intake.situation.extraConditions')}</p>
          <ul class="apply__conditions">
            {extra.map((c) => (
              <li key={c['zh-CN']}>{pickText(c, lang)}</li>
            ))}
          </ul>
        </>
      )}
    </div>
  );
}
