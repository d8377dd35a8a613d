import { useLocation } from 'preact-iso';
import { useRef, useState } from 'preact/hooks';
import { ApiError } from '../../../api/api-error.js';
import { allMaterialsOf, getChecklist, resubmitApplication, type Material, type UploadedFile } from '../../../api/intake.js';
import { pickText } from '../../../api/localized.js';
import { useAsync } from '../../../api/use-async.js';
import { AsyncState } from '../../../components/AsyncState/AsyncState.js';
import { BackLink } from '../../../components/BackLink/BackLink.js';
import { Button } from '../../../components/Button/Button.js';
import { ErrorSummary } from '../../../components/ErrorSummary/ErrorSummary.js';
import { FileUpload, materialDomId } from '../../../components/FileUpload/FileUpload.js';
import { answersForServer, ItemForm, itemFormSummary, type FormAnswers } from '../../../components/ItemForm/ItemForm.js';
import { Notice } from '../../../components/Notice/Notice.js';
import { Page, PageTitle } from '../../../components/Page/Page.js';
import { useI18n } from '../../../i18n/i18n.js';
import { api } from '../../../services.js';
import { needsNewKey, newIdempotencyKey } from '../apply/idempotency-key.js';
import { issuesByMaterial } from '../apply/submit-body.js';
import { localIssues, useStepSubmit } from '../apply/use-step-submit.js';
import { residentPaths } from '../resident-paths.js';
import '../resident.css';
import { CorrectionItems } from './CorrectionNotice.js';
import { useCaseDetail, type CaseWithItem } from './use-case-detail.js';

/** Answering the one-time correction notice: the materials and answers it asks for, then resubmit. */
export function RespondPage(props: { caseId: string }) {
  const { t } = useI18n();
  const state = useCaseDetail(props.caseId);
  return (
    <Page>
      <div class="resident-page" data-testid="respond">
        <BackLink href={residentPaths.case(props.caseId)}>{t('intake.respond.back')}</BackLink>
        {state.status !== 'ready' && <PageTitle>{t('intake.respond.title')}</PageTitle>}
        <AsyncState state={state} loadingText={t('intake.case.loading')} errorTitle={t('intake.case.loadError')}>
          {(data) =>
            data.detail.case.state === 'correction_required' && data.detail.case.correction && data.item ? (
              <RespondForm data={data} />
            ) : (
              <>
                <PageTitle>{t('intake.respond.title')}</PageTitle>
                <Notice>{t('intake.respond.notNeeded')}</Notice>
                <a href={residentPaths.case(props.caseId)}>{t('intake.respond.back')}</a>
              </>
            )
          }
        </AsyncState>
      </div>
    </Page>
  );
}

const asText = (value: unknown) => (value === undefined || value === null ? '' : String(value));

function RespondForm(props: { data: CaseWithItem }) {
  const { t, lang } = useI18n();
  const { route } = useLocation();
  const c = props.data.detail.case;
  const item = props.data.item!;
  const correction = c.correction!;
  const specs = allMaterialsOf(item);
  const asked = new Set(correction.items.flatMap((i) => (i.materialId ? [i.materialId] : [])));
  const named: Material[] = specs.filter((m) => asked.has(m.id));
  const fieldIds = new Set(correction.items.flatMap((i) => (i.fieldId ? [i.fieldId] : [])));
  const fields = item.formFields.filter((f) => fieldIds.has(f.id));
  const checklist = useAsync((signal) => getChecklist(api, c.itemCode, c.variantAnswers, signal, c.itemVersion), [c.caseId]);
  const others = checklist.status === 'ready' ? checklist.data.materials.filter((m) => !asked.has(m.id)) : [];

  const [files, setFiles] = useState<Record<string, UploadedFile[]>>({});
  const [answers, setAnswers] = useState<FormAnswers>(() => Object.fromEntries(Object.entries(c.answers).map(([k, v]) => [k, asText(v)])));
  const key = useRef(newIdempotencyKey('resubmit'));
  const busy = useRef<Record<string, boolean>>({});

  const {
    issues,
    failure,
    attempt,
    busy: sending,
    onSubmit,
  } = useStepSubmit(async () => {
    if (Object.values(busy.current).some(Boolean)) throw new ApiError(409, 'UPLOADS_RUNNING', t('intake.materials.stillUploading'));
    const missing = named
      .filter((m) => (files[m.id]?.length ?? 0) === 0)
      .map((m) => ({ path: `materials.${m.id}`, message: t('intake.respond.materialMissing', { name: pickText(m.name, lang) }) }));
    if (missing.length > 0) throw localIssues(missing);
    const materials = Object.entries(files)
      .filter(([, list]) => list.length > 0)
      .map(([materialId, list]) => ({ materialId, fileIds: list.map((f) => f.fileId) }));
    const body = { version: c.version, materials, ...(fields.length > 0 ? { answers: answersForServer(item.formFields, answers) } : {}) };
    try {
      await resubmitApplication(api, c.caseId, body, key.current);
      route(`${residentPaths.case(c.caseId)}?done=resubmitted`);
    } catch (error) {
      if (needsNewKey(error)) key.current = newIdempotencyKey('resubmit');
      if (error instanceof ApiError && error.code === 'VERSION_CONFLICT') throw new ApiError(409, error.code, t('intake.respond.conflict'));
      if (error instanceof ApiError && error.issues.length > 0) {
        throw new ApiError(error.status, error.code, error.message, error.requestId, issuesByMaterial(error.issues, body));
      }
      throw error;
    }
  });

  const form = itemFormSummary({ formFields: fields, questions: [] }, {}, issues, lang, { show: 'fields' });
  const errors = [
    ...form.errors,
    ...form.rest.map((i) => (i.path.startsWith('materials.') ? { message: i.message, fieldId: materialDomId(i.path.split('.')[1]!) } : { message: i.message })),
  ];
  const errorOf = (id: string) => issues.find((i) => i.path === `materials.${id}`)?.message;
  const row = (m: Material, heading: 2 | 3) => (
    <FileUpload
      key={m.id}
      material={m}
      files={files[m.id] ?? []}
      onFilesChange={(list) => setFiles((all) => ({ ...all, [m.id]: list }))}
      onBusyChange={(running) => (busy.current[m.id] = running)}
      headingLevel={heading}
      {...(errorOf(m.id) ? { error: errorOf(m.id)! } : {})}
    />
  );

  return (
    <>
      <ErrorSummary errors={errors} attempt={attempt} />
      <PageTitle hasErrors={errors.length > 0} caption={`${pickText(props.data.detail.itemName ?? item.name, lang)} · ${c.caseNumber}`}>
        {t('intake.respond.title')}
      </PageTitle>
      <section class="correction-box" aria-labelledby="respond-notice-title">
        <h2 id="respond-notice-title">{t('intake.respond.noticeTitle')}</h2>
        <CorrectionItems items={correction.items} materials={specs} fields={item.formFields} />
      </section>
      <form noValidate onSubmit={onSubmit}>
        {named.length > 0 && (
          <section aria-labelledby="respond-materials-title">
            <h2 id="respond-materials-title">{t('intake.respond.materials')}</h2>
            {named.map((m) => row(m, 3))}
          </section>
        )}
        {fields.length > 0 && (
          <section aria-labelledby="respond-fields-title">
            <h2 id="respond-fields-title">{t('intake.respond.fields')}</h2>
            <ItemForm
              item={{ formFields: fields, questions: [] }}
              show="fields"
              answers={answers}
              variantAnswers={{}}
              issues={issues}
              onAnswersChange={setAnswers}
            />
          </section>
        )}
        {others.length > 0 && (
          <details class="respond__others">
            <summary>{t('intake.respond.others')}</summary>
            <p>{t('intake.respond.othersHint')}</p>
            {others.map((m) => row(m, 3))}
          </details>
        )}
        {failure && <Notice tone="error">{failure}</Notice>}
        <Button type="submit" aria-disabled={sending}>
          {t(sending ? 'intake.check.sending' : 'intake.respond.send')}
        </Button>
      </form>
    </>
  );
}
