import { useRef } from 'preact/hooks';
import { ApiError, type ApiIssue } from '../../../api/api-error.js';
import type { Material } from '../../../api/intake.js';
import { pickText } from '../../../api/localized.js';
import { Button } from '../../../components/Button/Button.js';
import { FileUpload, materialDomId } from '../../../components/FileUpload/FileUpload.js';
import { Notice } from '../../../components/Notice/Notice.js';
import { useI18n, type Translate } from '../../../i18n/i18n.js';
import type { Lang } from '../../../i18n/lang.js';
import { completeStep, type ApplicationDraft } from './application-draft.js';
import { StepPage } from './StepPage.js';
import type { StepProps } from './step-props.js';
import { localIssues, useStepSubmit } from './use-step-submit.js';

/** `materials.<id>` issues for required materials with no file (容缺 ones may follow later). */
export function missingMaterials(materials: readonly Material[], draft: Pick<ApplicationDraft, 'materials'>, t: Translate, lang: Lang): ApiIssue[] {
  return materials
    .filter((m) => m.mandatory && !m.mayBeDeferred && (draft.materials[m.id]?.length ?? 0) === 0)
    .map((m) => ({ path: `materials.${m.id}`, message: t('intake.materials.missing', { name: pickText(m.name, lang) }) }));
}

/** Step 3: one upload row per material of the checklist. */
export function MaterialsStep(props: StepProps) {
  const { t, lang } = useI18n();
  const { handle } = props;
  const { draft } = handle;
  const materials = draft.checklist?.materials ?? [];
  const busy = useRef<Record<string, boolean>>({});
  const {
    issues,
    failure,
    attempt,
    busy: checking,
    onSubmit,
  } = useStepSubmit(async () => {
    if (Object.values(busy.current).some(Boolean)) throw new ApiError(409, 'UPLOADS_RUNNING', t('intake.materials.stillUploading'));
    const missing = missingMaterials(materials, draft, t, lang);
    if (missing.length > 0) throw localIssues(missing);
    handle.update((d) => completeStep(d, 'materials'));
    props.next();
  });
  const errorOf = (id: string) => issues.find((i) => i.path === `materials.${id}`)?.message;
  return (
    <StepPage
      title={t('intake.materials.title')}
      itemName={pickText(props.item.name, lang)}
      step={props.position}
      backHref={props.backHref}
      errors={issues.map((i) => ({ message: i.message, fieldId: materialDomId(i.path.slice('materials.'.length)) }))}
      attempt={attempt}
      testId="apply-materials"
    >
      <p class="lead">{t('intake.materials.lead')}</p>
      {materials.some((m) => m.mayBeDeferred) && <Notice announce={false}>{t('intake.materials.deferrableNote')}</Notice>}
      <form noValidate onSubmit={onSubmit}>
        {materials.map((m) => (
          <FileUpload
            key={m.id}
            material={m}
            files={draft.materials[m.id] ?? []}
            onFilesChange={(files) => handle.update((d) => ({ ...d, materials: { ...d.materials, [m.id]: files } }))}
            onBusyChange={(running) => (busy.current[m.id] = running)}
            headingLevel={2}
            {...(errorOf(m.id) ? { error: errorOf(m.id)! } : {})}
          />
        ))}
        {failure && <Notice tone="error">{failure}</Notice>}
        <Button type="submit" aria-disabled={checking}>
          {t('intake.apply.continue')}
        </Button>
      </form>
    </StepPage>
  );
}
