import { useLocation } from 'preact-iso';
import { useEffect, useState } from 'preact/hooks';
import { ApiError } from '../../../api/api-error.js';
import { createItem, editItem } from '../../../api/catalogue-admin.js';
import { getItem, listOffices, type ItemVersion } from '../../../api/catalogue-item.js';
import { errorText } from '../../../api/error-text.js';
import { pickText } from '../../../api/localized.js';
import { useAsync } from '../../../api/use-async.js';
import { AsyncState } from '../../../components/AsyncState/AsyncState.js';
import { Button } from '../../../components/Button/Button.js';
import type { SummaryError } from '../../../components/ErrorSummary/ErrorSummary.js';
import { Notice } from '../../../components/Notice/Notice.js';
import { chinaToday } from '../../../i18n/dates.js';
import { useI18n } from '../../../i18n/i18n.js';
import { api } from '../../../services.js';
import { COUNTY_CATALOGUE_PATH, itemAdminPath } from '../county-pages.js';
import { CountyFrame, useCanEdit } from '../CountyFrame.js';
import { ItemEditForm } from './edit/ItemEditForm.js';
import type { FieldErrors } from './edit/PairFields.js';
import { fieldIdOf, formPaths, targetOf } from './field-paths.js';
import { checkDraft, type DraftIssue } from './item-check.js';
import type { Translate } from '../../../i18n/i18n.js';
import { draftFromVersion, draftToBody, emptyDraft, type ItemDraft } from './item-draft.js';

/** The latest version of an item (the one an edit must be based on), and the county's offices. */
async function loadBase(code: string | undefined, signal: AbortSignal) {
  const offices = await listOffices(api, signal);
  if (!code) return { offices, base: undefined };
  const detail = await getItem(api, code, {}, signal).catch((error: unknown) => {
    // An item whose first version starts later has none in force today: ask for version 1's successors directly.
    if (error instanceof ApiError && error.code === 'CATALOGUE_VERSION_NOT_FOUND') return undefined;
    throw error;
  });
  const latest = detail?.latestVersion;
  const base: ItemVersion =
    detail && latest === detail.item.version ? detail.item : (await getItem(api, code, latest ? { version: latest } : { at: '2100-12-31' }, signal)).item;
  return { offices, base };
}

/**
 * Creates an item (no `code`) or makes the next version of one. The form is checked here first;
 * the API's 400 issues are shown the same way, in the summary and beside their fields; a 409
 * means someone saved a newer version meanwhile, and the administrator reloads it.
 */
export function ItemEditPage(props: { code?: string }) {
  const { t, lang } = useI18n();
  const { route } = useLocation();
  const canEdit = useCanEdit();
  const creating = props.code === undefined;
  const today = chinaToday();
  const loaded = useAsync((signal) => loadBase(props.code, signal), [props.code]);
  const [draft, setDraft] = useState<ItemDraft | null>(null);
  const [errors, setErrors] = useState<FieldErrors>({});
  const [summary, setSummary] = useState<SummaryError[]>([]);
  const [attempt, setAttempt] = useState(0);
  const [saving, setSaving] = useState(false);
  const [conflict, setConflict] = useState(false);

  const base = loaded.status === 'ready' ? loaded.data.base : undefined;
  useEffect(() => {
    if (loaded.status !== 'ready') return;
    setDraft(base ? draftFromVersion(base, today) : emptyDraft(today));
    setConflict(false);
    setErrors({});
    setSummary([]);
  }, [loaded.status, base]);

  const show = (issues: { path: string; message: string }[]) => {
    if (!draft) return;
    const known = formPaths(draft, creating);
    const byField: FieldErrors = {};
    const listed: SummaryError[] = [];
    for (const issue of issues) {
      const target = targetOf(issue.path, known);
      if (target && !byField[target]) byField[target] = issue.message;
      listed.push({ message: issue.message, ...(target ? { fieldId: fieldIdOf(target) } : {}) });
    }
    setErrors(byField);
    setSummary(listed);
    setAttempt((n) => n + 1);
  };

  const submit = async () => {
    if (!draft) return;
    setConflict(false);
    const problems = checkDraft(draft, { today, creating, ...(base ? { latestEffective: base.effectiveFrom } : {}) });
    if (problems.length > 0) return show(problems.map((p) => ({ path: p.path, message: issueText(p, t) })));
    setSaving(true);
    try {
      const body = draftToBody(draft);
      const saved = base ? await editItem(api, base.code, { ...body, baseVersion: base.version }) : await createItem(api, body);
      route(`${itemAdminPath(saved.code, undefined)}?saved=${saved.version}`);
    } catch (error) {
      setSaving(false);
      if (error instanceof ApiError && error.status === 409 && base) {
        setConflict(true);
        show([{ path: '', message: t('catalogue.edit.conflict') }]);
      } else if (error instanceof ApiError && error.status === 409) {
        show([{ path: 'code', message: errorText(error, t) }]);
      } else if (error instanceof ApiError && error.issues.length > 0) {
        show(error.issues);
      } else {
        show([{ path: '', message: errorText(error, t) }]);
      }
      return;
    }
  };

  const name = base ? pickText(base.name, lang) : '';
  const title = creating ? t('catalogue.edit.createTitle') : t('catalogue.edit.title', { name });
  const back = base
    ? { href: itemAdminPath(base.code), label: t('catalogue.edit.backToItem') }
    : { href: COUNTY_CATALOGUE_PATH, label: t('catalogue.backToList') };

  return (
    <CountyFrame current={COUNTY_CATALOGUE_PATH} title={title} back={back} errors={summary} attempt={attempt} testId="item-edit-page">
      {!canEdit ? (
        <Notice tone="info">
          <p>{t('catalogue.readOnly')}</p>
        </Notice>
      ) : loaded.status !== 'ready' || !draft ? (
        <AsyncState state={loaded} loadingText={t('catalogue.edit.loading')} errorTitle={t('catalogue.edit.loadError')}>
          {() => null}
        </AsyncState>
      ) : (
        <>
          {conflict && (
            <Notice tone="error" announce={false}>
              <p data-testid="edit-conflict">{t('catalogue.edit.conflict')}</p>
              <Button variant="secondary" onClick={loaded.reload}>
                {t('catalogue.edit.reloadLatest')}
              </Button>
            </Notice>
          )}
          {base && <p class="lead">{t('catalogue.edit.lead', { version: base.version, next: base.version + 1 })}</p>}
          <ItemEditForm
            draft={draft}
            onDraft={setDraft}
            errors={errors}
            offices={loaded.data.offices}
            creating={creating}
            today={today}
            saving={saving}
            submitLabel={base ? t('catalogue.edit.submit', { next: base.version + 1 }) : t('catalogue.edit.submitCreate')}
            onSubmit={() => void submit()}
          />
        </>
      )}
    </CountyFrame>
  );
}

/** An issue's message, led by the field it is about when the message alone would not say. */
function issueText(issue: DraftIssue, t: Translate): string {
  const message = t(issue.key, issue.params);
  return issue.where ? t('catalogue.edit.error.where', { where: t(issue.where.key, issue.where.params), message }) : message;
}
