import { useRef, useState } from 'preact/hooks';
import { requireCorrection, type Case, type CorrectionItem, type ItemVersion } from '../../../api/counter.js';
import { pickText } from '../../../api/localized.js';
import { Button } from '../../../components/Button/Button.js';
import { Checkbox } from '../../../components/Checkbox/Checkbox.js';
import type { SummaryError } from '../../../components/ErrorSummary/ErrorSummary.js';
import { Notice } from '../../../components/Notice/Notice.js';
import { TextField } from '../../../components/TextField/TextField.js';
import { useI18n } from '../../../i18n/i18n.js';
import { translate } from '../../../i18n/message-store.js';
import { api } from '../../../services.js';
import { useInFlight } from '../use-in-flight.js';
import { formatDay } from '../dates.js';
import { failureOf, issuesToErrors, type AnswerCallbacks } from './action-outcome.js';
import type { MaterialStatus } from './materials.js';

interface Choice {
  on: boolean;
  problem: string;
}

const materialBox = (id: string) => `correction-material-${id}`;
const materialText = (id: string) => `correction-material-${id}-problem`;
const fieldBox = (id: string) => `correction-field-${id}`;
const fieldText = (id: string) => `correction-field-${id}-problem`;
const freeText = (key: number) => `correction-free-${key}`;

/**
 * 一次性告知: one notice that lists everything to correct — materials and form fields picked from
 * the checklist, each with what is wrong, plus free items. Missing mandatory materials start
 * ticked, so none is forgotten (the law allows one notice, not a second round for the same thing).
 */
export function CorrectionForm(props: { c: Case; item: ItemVersion; statuses: MaterialStatus[]; today: string } & AnswerCallbacks) {
  const { t, lang } = useI18n();
  const { c, item, statuses } = props;
  // The notice is an official document printed in Chinese: suggested wording is Chinese too.
  const missingText = translate('zh-CN', 'counter.correction.missingSuggestion');
  const [materials, setMaterials] = useState<Record<string, Choice>>(() =>
    Object.fromEntries(
      statuses.map((s) => {
        const suggest = s.missing && !s.material.mayBeDeferred;
        return [s.material.id, { on: suggest, problem: suggest ? missingText : '' }];
      }),
    ),
  );
  const [fields, setFields] = useState<Record<string, Choice>>(() => Object.fromEntries(item.formFields.map((f) => [f.id, { on: false, problem: '' }])));
  const nextKey = useRef(1);
  const [free, setFree] = useState<{ key: number; problem: string }[]>([]);
  const [errors, setErrors] = useState<Record<string, string>>({});
  const [late, setLate] = useState<string | undefined>();
  const { busy, run } = useInFlight();
  const pastLimit = props.today > c.answerDueOn;

  const addFree = () => {
    const key = nextKey.current++;
    setFree([...free, { key, problem: '' }]);
    // Focus the new line once it is drawn, so typing can start at once.
    requestAnimationFrame(() => document.getElementById(freeText(key))?.focus());
  };

  const onSubmit = async (event: Event) => {
    event.preventDefault();
    const items: CorrectionItem[] = [];
    const inputOf: string[] = [];
    const byField: Record<string, string> = {};
    for (const s of statuses) {
      const pick = materials[s.material.id]!;
      if (!pick.on) continue;
      if (!pick.problem.trim()) byField[materialText(s.material.id)] = t('counter.correction.error.problem', { name: pickText(s.material.name, lang) });
      items.push({ materialId: s.material.id, problem: pick.problem.trim() });
      inputOf.push(materialText(s.material.id));
    }
    for (const f of item.formFields) {
      const pick = fields[f.id]!;
      if (!pick.on) continue;
      if (!pick.problem.trim()) byField[fieldText(f.id)] = t('counter.correction.error.problem', { name: pickText(f.label, lang) });
      items.push({ fieldId: f.id, problem: pick.problem.trim() });
      inputOf.push(fieldText(f.id));
    }
    for (const entry of free) {
      if (!entry.problem.trim()) continue;
      items.push({ problem: entry.problem.trim() });
      inputOf.push(freeText(entry.key));
    }
    const firstBox = statuses[0] ? materialBox(statuses[0].material.id) : item.formFields[0] ? fieldBox(item.formFields[0].id) : undefined;
    const summary: SummaryError[] = Object.entries(byField).map(([fieldId, message]) => ({ fieldId, message }));
    if (items.length === 0) summary.push({ ...(firstBox ? { fieldId: firstBox } : {}), message: t('counter.correction.error.empty') });
    setErrors(byField);
    setLate(undefined);
    if (summary.length > 0) {
      props.onErrors(summary);
      return;
    }
    await run(async () => {
      try {
        await requireCorrection(api, c.caseId, { version: c.version, items });
        props.onErrors([]);
        props.onDone('correction');
      } catch (error) {
        const failure = failureOf(error, t);
        if (failure.kind === 'conflict') props.onConflict();
        else if (failure.kind === 'issues') {
          const mapped = issuesToErrors(failure.issues, (path) => {
            const m = /^items\.(\d+)\./.exec(path);
            return m ? inputOf[Number(m[1])] : undefined;
          });
          setErrors(mapped.byField);
          props.onErrors(mapped.summary);
        } else {
          if (failure.code === 'CORRECTION_NOTICE_LATE') setLate(failure.message);
          props.onErrors([{ message: failure.message }]);
        }
      }
    });
  };

  const row = (box: string, text: string, label: string, pick: Choice, set: (p: Choice) => void, note?: string) => (
    <div class="choice-row" key={box}>
      <div>
        <Checkbox id={box} label={label} checked={pick.on} onChecked={(on) => set({ ...pick, on })} />
        {note && <p class="queue-table__sub">{note}</p>}
      </div>
      {pick.on && (
        <TextField
          id={text}
          label={t('counter.correction.problem')}
          value={pick.problem}
          onValue={(problem) => set({ ...pick, problem })}
          error={errors[text]}
          maxLength={500}
        />
      )}
    </div>
  );

  return (
    <form class="answer-form" noValidate onSubmit={onSubmit} data-testid="correction-form">
      <Notice tone={pastLimit ? 'error' : 'info'} title={t('counter.correction.deadline', { date: formatDay(c.answerDueOn, lang) })} announce={false}>
        <p>{t(pastLimit ? 'counter.correction.pastLimit' : 'counter.correction.lawExplained')}</p>
      </Notice>
      <fieldset>
        <legend>{t('counter.correction.materialsLegend')}</legend>
        {statuses.map((s) =>
          row(
            materialBox(s.material.id),
            materialText(s.material.id),
            pickText(s.material.name, lang),
            materials[s.material.id]!,
            (p) => setMaterials((all) => ({ ...all, [s.material.id]: p })),
            s.missing ? t('counter.materials.missing') : s.hasFiles ? t('counter.correction.supplied', { count: s.onCase!.files.length }) : undefined,
          ),
        )}
      </fieldset>
      {item.formFields.length > 0 && (
        <fieldset>
          <legend>{t('counter.correction.fieldsLegend')}</legend>
          {item.formFields.map((f) =>
            row(fieldBox(f.id), fieldText(f.id), pickText(f.label, lang), fields[f.id]!, (p) => setFields((all) => ({ ...all, [f.id]: p }))),
          )}
        </fieldset>
      )}
      <fieldset>
        <legend>{t('counter.correction.freeLegend')}</legend>
        {free.map((entry, index) => (
          <div class="choice-row" key={entry.key}>
            <TextField
              id={freeText(entry.key)}
              label={t('counter.correction.freeItem', { n: index + 1 })}
              value={entry.problem}
              onValue={(problem) => setFree(free.map((e) => (e.key === entry.key ? { ...e, problem } : e)))}
              maxLength={500}
            />
            <div>
              <Button variant="quiet" class="button--compact" onClick={() => setFree(free.filter((e) => e.key !== entry.key))}>
                {t('counter.correction.removeFree', { n: index + 1 })}
              </Button>
            </div>
          </div>
        ))}
        <Button variant="secondary" class="button--compact" onClick={addFree}>
          {t('counter.correction.addFree')}
        </Button>
      </fieldset>
      {late && (
        <Notice tone="error" title={t('counter.correction.lateTitle')}>
          <p data-testid="correction-late">{late}</p>
        </Notice>
      )}
      <div class="form-actions">
        <Button type="submit" aria-disabled={busy}>
          {busy ? t('counter.answer.sending') : t('counter.correction.submit')}
        </Button>
      </div>
    </form>
  );
}
