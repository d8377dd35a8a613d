import { validateAnswers } from '../../../api/intake.js';
import { pickText } from '../../../api/localized.js';
import { Button } from '../../../components/Button/Button.js';
import { answersForServer, ItemForm, itemFormSummary } from '../../../components/ItemForm/ItemForm.js';
import { Notice } from '../../../components/Notice/Notice.js';
import { useI18n } from '../../../i18n/i18n.js';
import { api } from '../../../services.js';
import { completeStep } from './application-draft.js';
import { StepPage } from './StepPage.js';
import type { StepProps } from './step-props.js';
import { useStepSubmit } from './use-step-submit.js';

/** Step 2: the application form, checked by the server (ID checksums and all) before moving on. */
export function FormStep(props: StepProps) {
  const { t, lang } = useI18n();
  const { item, handle } = props;
  const { draft } = handle;
  const { issues, failure, attempt, busy, onSubmit } = useStepSubmit(async () => {
    await validateAnswers(api, item.code, answersForServer(item.formFields, draft.answers));
    handle.update((d) => completeStep(d, 'form'));
    props.next();
  });
  const { errors, rest } = itemFormSummary(item, draft.variantAnswers, issues, lang, { show: 'fields' });
  return (
    <StepPage
      title={t(props.isProxy ? 'intake.form.titleProxy' : 'intake.form.title')}
      itemName={pickText(item.name, lang)}
      step={props.position}
      backHref={props.backHref}
      errors={[...errors, ...rest.map((i) => ({ message: i.message }))]}
      attempt={attempt}
      testId="apply-form"
    >
      <p class="lead">{t(props.isProxy ? 'intake.form.leadProxy' : 'intake.form.lead')}</p>
      <form noValidate onSubmit={onSubmit}>
        <ItemForm
          item={item}
          show="fields"
          answers={draft.answers}
          variantAnswers={draft.variantAnswers}
          issues={issues}
          autofill={!props.isProxy}
          onAnswersChange={(answers) => handle.update((d) => ({ ...d, answers }))}
        />
        {failure && <Notice tone="error">{failure}</Notice>}
        <Button type="submit" aria-disabled={busy}>
          {t(busy ? 'intake.form.checking' : 'intake.apply.continue')}
        </Button>
      </form>
    </StepPage>
  );
}
