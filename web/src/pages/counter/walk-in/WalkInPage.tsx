import { useEffect, useRef, useState } from 'preact/hooks';
import { ApiError, type ApiIssue } from '../../../api/api-error.js';
import { TextArea } from '../../../components/TextArea/TextArea.js';
import { submitWalkIn, type WalkInBody } from '../../../api/counter.js';
import { errorText } from '../../../api/error-text.js';
import { getChecklist, getItem, listOfferedItems, type Case, type Checklist, type ItemVersion } from '../../../api/intake.js';
import { pickText } from '../../../api/localized.js';
import { useAsync } from '../../../api/use-async.js';
import { AsyncState } from '../../../components/AsyncState/AsyncState.js';
import { ErrorSummary, type SummaryError } from '../../../components/ErrorSummary/ErrorSummary.js';
import { askedQuestions } from '../../../components/ItemForm/item-form-model.js';
import { answersForServer, ItemForm, keepAskedAnswers, questionDomId, type FormAnswers } from '../../../components/ItemForm/ItemForm.js';
import { PageTitle } from '../../../components/Page/Page.js';
import { useI18n } from '../../../i18n/i18n.js';
import { api } from '../../../services.js';
import { useSession } from '../../../session/use-session.js';
import { CounterFrame } from '../CounterFrame.js';
import { useInFlight } from '../use-in-flight.js';
import { chinaToday } from '../dates.js';
import { FinishSection } from './FinishSection.js';
import { ItemBrief } from './ItemBrief.js';
import { ITEM_SEARCH_ID, ItemPicker } from './ItemPicker.js';
import { ALL_ORIGINALS_ID, dueId, MaterialsChecklist, originalId } from './MaterialsChecklist.js';
import { isChecksumField, OverrideFields, overrideReasonId, type OverrideEntry } from './OverrideFields.js';
import { walkInIssues } from './walk-in-errors.js';
import { WalkInResult } from './WalkInResult.js';
import { createAttemptKeys, emptyEntry, materialsBody, missingMaterials, type MaterialEntry } from './walk-in-model.js';
import './walk-in.css';

/** Everything typed for one applicant; "next applicant" starts from this again. */
interface Draft {
  code?: string;
  variantAnswers: FormAnswers;
  answers: FormAnswers;
  entries: Record<string, MaterialEntry>;
  overrides: Record<string, OverrideEntry>;
  note: string;
}
const ANSWERS_ID = 'walk-in-answers';
/** An open application of the same applicant: named when the clerk may read it, unnamed when it is another township's. */
const DUPLICATE_CODES = ['DUPLICATE_APPLICATION', 'DUPLICATE_APPLICATION_UNDISCLOSED'];
const EMPTY: Draft = { variantAnswers: {}, answers: {}, entries: {}, overrides: {}, note: '' };

/**
 * Whole-subject walk-in intake (全科受理): any item the township offers. The screen carries the
 * specialist knowledge — conditions, the exact checklist for the situation, the form — and ends
 * with the case number, the query code and the acceptance notice to print.
 */
export function WalkInPage() {
  const { t, lang } = useI18n();
  const { session } = useSession();
  const townshipId = session?.user.townshipId ?? '';
  const [draft, setDraft] = useState<Draft>(EMPTY);
  const [issues, setIssues] = useState<ApiIssue[]>([]);
  const [byId, setById] = useState<Record<string, string>>({});
  const [summary, setSummary] = useState<SummaryError[]>([]);
  const [attempt, setAttempt] = useState(0);
  const { busy, run } = useInFlight();
  const [created, setCreated] = useState<{ c: Case; item: ItemVersion } | undefined>();
  // The API found an open application of this applicant for the item: its message, and the clerk's reason to go on.
  const [duplicate, setDuplicate] = useState<{ message: string; reason: string } | undefined>();
  const keys = useRef(createAttemptKeys());
  const today = chinaToday();

  const items = useAsync((signal) => listOfferedItems(api, townshipId, signal), [townshipId, lang]);
  const item = useAsync((signal) => (draft.code ? getItem(api, draft.code, signal) : Promise.resolve(undefined)), [draft.code, lang]);
  const itemData = item.status === 'ready' ? item.data : undefined;
  const unanswered = itemData ? askedQuestions(itemData.questions, draft.variantAnswers).filter((q) => !draft.variantAnswers[q.id]) : [];
  const situationKey = JSON.stringify(draft.variantAnswers);
  const checklist = useAsync<Checklist | undefined>(
    (signal) => (itemData && unanswered.length === 0 ? getChecklist(api, itemData.code, draft.variantAnswers, signal) : Promise.resolve(undefined)),
    [itemData?.code, itemData?.version, situationKey, unanswered.length === 0, lang],
  );
  const list = checklist.status === 'ready' ? checklist.data : undefined;

  const titleRef = useRef(false);
  useEffect(() => {
    // A new screen (result, or the next applicant) is announced by moving focus to its title.
    if (titleRef.current) document.getElementById(created ? 'page-title' : ITEM_SEARCH_ID)?.focus();
    titleRef.current = true;
  }, [created]);

  // Focus follows the flow: item picked → the situation's first question, or the originals once the
  // checklist is there; all originals ticked → the applicant's first field.
  const [focusNext, setFocusNext] = useState<'afterPick' | 'answers' | undefined>();
  useEffect(() => {
    if (!focusNext) return;
    if (focusNext === 'answers') {
      document.querySelector<HTMLElement>(`#${ANSWERS_ID} :is(input, select, textarea):not([type=hidden])`)?.focus();
      setFocusNext(undefined);
      return;
    }
    if (!itemData) return;
    const question = unanswered[0];
    const target = question ? questionDomId(question.id) : list ? ALL_ORIGINALS_ID : undefined;
    if (!target) return;
    (document.getElementById(target) ?? document.querySelector<HTMLElement>(`#${ANSWERS_ID} :is(input, select, textarea)`))?.focus();
    setFocusNext(undefined);
  }, [focusNext, itemData, list, unanswered.length]);

  const update = (patch: Partial<Draft>) => setDraft((d) => ({ ...d, ...patch }));
  const report = (errors: SummaryError[], fields: Record<string, string> = {}, serverIssues: ApiIssue[] = []) => {
    setSummary(errors);
    setById(fields);
    setIssues(serverIssues);
    setAttempt((n) => n + 1);
  };
  const nextApplicant = () => {
    keys.current.reset();
    setDraft(EMPTY);
    setCreated(undefined);
    report([]);
  };

  const checksumFields = (itemData?.formFields ?? []).filter(
    (f) => isChecksumField(f) && (draft.overrides[f.id]?.on || issues.some((i) => i.path === `answers.${f.id}`)),
  );

  const submit = async (mode: 'accept' | 'review') => {
    if (!itemData) return;
    if (!list) {
      const first = unanswered[0];
      report([{ message: t('counter.walkIn.error.situation'), ...(first ? { fieldId: questionDomId(first.id) } : {}) }]);
      return;
    }
    const { deferred, ...materials } = materialsBody(list.materials, draft.entries);
    const local: Record<string, string> = {};
    // Without these the API registers nothing: say so at each material before sending.
    for (const m of missingMaterials(list.materials, draft.entries).blocking)
      local[originalId(m.id)] = t('counter.walkIn.error.blocking', { name: pickText(m.name, lang) });
    if (mode === 'accept') {
      for (const d of deferred) if (!d.dueOn || d.dueOn <= today) local[dueId(d.materialId)] = t('counter.walkIn.error.dueOn');
    }
    const overrides = checksumFields.filter((f) => draft.overrides[f.id]?.on).map((f) => ({ fieldId: f.id, reason: draft.overrides[f.id]!.reason.trim() }));
    for (const o of overrides) if (o.reason.length < 2) local[overrideReasonId(o.fieldId)] = t('counter.walkIn.override.reasonRequired');
    if (Object.keys(local).length > 0) {
      report(
        Object.entries(local).map(([fieldId, message]) => ({ fieldId, message })),
        local,
        issues,
      );
      return;
    }
    const body: WalkInBody = {
      itemCode: itemData.code,
      townshipId,
      variantAnswers: keepAskedAnswers(itemData.questions, draft.variantAnswers),
      answers: answersForServer(itemData.formFields, draft.answers),
      overrides,
      ...materials,
      ...(mode === 'accept' ? { acceptNow: { deferred, ...(draft.note.trim() ? { note: draft.note.trim() } : {}) } } : {}),
      ...(duplicate && duplicate.reason.trim().length >= 2 ? { duplicateReason: duplicate.reason.trim() } : {}),
    };
    await run(async () => {
      try {
        const c = await submitWalkIn(api, body, keys.current.keyFor(body));
        keys.current.reset();
        report([]);
        setCreated({ c, item: itemData });
        setDuplicate(undefined);
      } catch (error) {
        if (error instanceof ApiError && DUPLICATE_CODES.includes(error.code)) {
          // Keeps a reason typed while the answer was on its way.
          const message = errorText(error, t);
          setDuplicate((shown) => ({ message, reason: shown?.reason ?? '' }));
          report(
            [{ fieldId: 'walk-in-duplicate-reason', message: errorText(error, t) }],
            { 'walk-in-duplicate-reason': t('counter.walkIn.duplicate.reasonRequired') },
            [],
          );
        } else if (error instanceof ApiError && error.status === 400 && error.issues.length > 0) {
          const mapped = walkInIssues(error.issues, {
            item: itemData,
            variantAnswers: draft.variantAnswers,
            materials: list.materials,
            deferred: mode === 'accept' ? deferred : [],
            overrideFields: overrides.map((o) => o.fieldId),
            lang,
          });
          report(mapped.summary, mapped.byId, error.issues);
        } else report([{ message: errorText(error, t) }], {}, []);
      }
    });
  };

  if (created) {
    return (
      <CounterFrame>
        <PageTitle>{t(created.c.acceptedOn ? 'counter.walkIn.done.titleAccepted' : 'counter.walkIn.done.titleSubmitted')}</PageTitle>
        <WalkInResult created={created.c} itemName={created.item.name} onNext={nextApplicant} />
      </CounterFrame>
    );
  }

  const missing = list ? missingMaterials(list.materials, draft.entries) : { blocking: [], undecided: [] };
  return (
    <CounterFrame>
      <ErrorSummary errors={summary} attempt={attempt} />
      <PageTitle hasErrors={summary.length > 0}>{t('counter.walkIn.title')}</PageTitle>
      <p class="lead">{t('counter.walkIn.lead')}</p>
      {!draft.code ? (
        <section class="case-section" aria-labelledby="walk-in-pick-title">
          <h2 id="walk-in-pick-title">{t('counter.walkIn.pickTitle')}</h2>
          <AsyncState
            state={items}
            loadingText={t('counter.walkIn.loadingItems')}
            errorTitle={t('counter.walkIn.itemsError')}
            isEmpty={(d) => d.length === 0}
            emptyText={t('counter.walkIn.noItems')}
          >
            {(data) => (
              <ItemPicker
                items={data}
                onPick={(code) => {
                  update({ ...EMPTY, code });
                  setFocusNext('afterPick');
                }}
              />
            )}
          </AsyncState>
        </section>
      ) : (
        <AsyncState state={item} loadingText={t('counter.walkIn.loadingItem')} errorTitle={t('counter.walkIn.itemError')}>
          {(it) =>
            it && (
              <div data-testid="walk-in-form">
                <ItemBrief item={it} conditions={list?.conditions ?? it.acceptanceConditions} onChange={nextApplicant} />
                {it.questions.length > 0 && (
                  <section class="case-section" aria-labelledby="walk-in-situation-title">
                    <h2 id="walk-in-situation-title">{t('counter.review.situation')}</h2>
                    <ItemForm
                      item={it}
                      show="questions"
                      answers={draft.answers}
                      variantAnswers={draft.variantAnswers}
                      issues={issues}
                      onVariantAnswersChange={(variantAnswers) => update({ variantAnswers })}
                    />
                  </section>
                )}
                <section class="case-section" aria-labelledby="walk-in-materials-title">
                  <h2 id="walk-in-materials-title">{t('counter.review.materials')}</h2>
                  {!list ? (
                    <p class="muted" data-testid="walk-in-materials-wait">
                      {checklist.status === 'loading' ? t('counter.walkIn.checklistLoading') : t('counter.walkIn.answerFirst')}
                    </p>
                  ) : (
                    <>
                      {list.variants.length > 0 && (
                        <p>{t('counter.walkIn.variants', { names: list.variants.map((v) => pickText(v.name, lang)).join(t('list.separator')) })}</p>
                      )}
                      <p class="field-hint">{t('counter.walkIn.materialsHint')}</p>
                      <MaterialsChecklist
                        materials={list.materials}
                        entries={draft.entries}
                        errors={byId}
                        today={today}
                        onAllOriginals={(checked) => {
                          setDraft((d) => {
                            const entries = { ...d.entries };
                            for (const m of list.materials) if (m.mandatory) entries[m.id] = { ...(entries[m.id] ?? emptyEntry()), original: checked };
                            return { ...d, entries };
                          });
                          if (checked) setFocusNext('answers');
                        }}
                        onChange={(id, patch) => setDraft((d) => ({ ...d, entries: { ...d.entries, [id]: { ...(d.entries[id] ?? emptyEntry()), ...patch } } }))}
                      />
                    </>
                  )}
                </section>
                <section class="case-section" id={ANSWERS_ID} aria-labelledby="walk-in-form-title">
                  <h2 id="walk-in-form-title">{t('counter.review.answers')}</h2>
                  <ItemForm
                    item={it}
                    show="fields"
                    autofill={false}
                    answers={draft.answers}
                    variantAnswers={draft.variantAnswers}
                    issues={issues}
                    onAnswersChange={(answers) => update({ answers })}
                  />
                  <OverrideFields
                    fields={checksumFields}
                    overrides={draft.overrides}
                    errors={byId}
                    onChange={(id, patch) =>
                      setDraft((d) => ({ ...d, overrides: { ...d.overrides, [id]: { on: false, reason: '', ...d.overrides[id], ...patch } } }))
                    }
                  />
                </section>
                {duplicate && (
                  <div class="walk-in__duplicate" data-testid="walk-in-duplicate">
                    <p role="alert">{duplicate.message}</p>
                    <TextArea
                      id="walk-in-duplicate-reason"
                      label={t('counter.walkIn.duplicate.reason')}
                      hint={t('counter.walkIn.duplicate.hint')}
                      value={duplicate.reason}
                      onValue={(reason) => setDuplicate({ ...duplicate, reason })}
                      maxLength={200}
                      {...(byId['walk-in-duplicate-reason'] && duplicate.reason.trim().length < 2 ? { error: byId['walk-in-duplicate-reason'] } : {})}
                    />
                  </div>
                )}
                <FinishSection ready={Boolean(list)} missing={missing} note={draft.note} onNote={(note) => update({ note })} busy={busy} onSubmit={submit} />
              </div>
            )
          }
        </AsyncState>
      )}
    </CounterFrame>
  );
}
