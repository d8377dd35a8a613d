import { useEffect, useRef, useState } from 'preact/hooks';
import { runAction, type ActionBodies, type OfficeAction } from '../../../api/office.js';
import { Button } from '../../../components/Button/Button.js';
import type { SummaryError } from '../../../components/ErrorSummary/ErrorSummary.js';
import { Checkbox } from '../../../components/Checkbox/Checkbox.js';
import { RadioGroup } from '../../../components/RadioGroup/RadioGroup.js';
import { SelectField } from '../../../components/SelectField/SelectField.js';
import { TextArea } from '../../../components/TextArea/TextArea.js';
import { TextField } from '../../../components/TextField/TextField.js';
import { useI18n } from '../../../i18n/i18n.js';
import type { Lang } from '../../../i18n/lang.js';
import { formatDay } from '../../counter/dates.js';
import { api } from '../../../services.js';
import { failureOf, issuesToErrors } from '../../counter/review/action-outcome.js';
import { useInFlight } from '../../counter/use-in-flight.js';
import { Row } from '../../counter/review/CaseFacts.js';
import { ACTION_SPECS, fieldId, fieldOfPath, maxExtensionOf, splitLines, type ActionContext, type FieldSpec } from './action-specs.js';
import { DecisionPreview } from './DecisionPreview.js';
import { DueDatePreview } from './DueDatePreview.js';

/** What an action form tells the case page. */
export interface ActionCallbacks {
  onDone(action: OfficeAction): void;
  /** Problems for the page's error summary (an empty list clears it). */
  onErrors(errors: SummaryError[]): void;
  onConflict(): void;
  onCancel(): void;
}

/**
 * One action's form, in two steps: fill in (field-level errors, listed in the page's summary),
 * then check what will happen — the new due dates, the decision as it will read — and confirm.
 * A step with nothing to fill in opens at the check.
 */
export function ActionForm(props: { action: OfficeAction; ctx: ActionContext } & ActionCallbacks) {
  const { t, lang } = useI18n();
  const { action, ctx } = props;
  const spec = ACTION_SPECS[action];
  const [values, setValues] = useState<Record<string, string>>(() => Object.fromEntries(spec.fields.map((f) => [f.name, f.initial?.(ctx) ?? ''])));
  const [errors, setErrors] = useState<Record<string, string>>({});
  const [stage, setStage] = useState<'edit' | 'confirm'>(spec.fields.length === 0 ? 'confirm' : 'edit');
  const { busy, run } = useInFlight();
  const confirmRef = useRef<HTMLHeadingElement>(null);
  const actionName = t(`office.action.${action}`);
  const max = maxExtensionOf(ctx.c);

  useEffect(() => {
    if (stage === 'confirm' && spec.fields.length > 0) confirmRef.current?.focus();
  }, [stage]);

  const idOf = (name: string) => fieldId(action, name);
  const fail = (byName: Record<string, string>, extra: SummaryError[] = []) => {
    setErrors(byName);
    props.onErrors([...Object.entries(byName).map(([name, message]) => ({ fieldId: idOf(name), message })), ...extra]);
  };

  const onContinue = (event: Event) => {
    event.preventDefault();
    const byName: Record<string, string> = {};
    for (const f of spec.fields) {
      const empty = f.kind === 'lines' ? splitLines(values[f.name] ?? '').length === 0 : !(values[f.name] ?? '').trim();
      if (f.required && empty)
        byName[f.name] = t(f.kind === 'select' || f.kind === 'radio' ? 'office.error.choose' : 'office.error.required', { label: t(f.label) });
    }
    for (const [name, message] of Object.entries(spec.check?.(values, t, ctx) ?? {})) if (message && !byName[name]) byName[name] = message;
    if (Object.keys(byName).length > 0) return fail(byName);
    fail({});
    setStage('confirm');
  };

  const onConfirm = (event: Event) => {
    event.preventDefault();
    void run(async () => {
      try {
        await runAction(api, ctx.c.caseId, action, ctx.c.version, spec.body(values) as ActionBodies[typeof action]);
        fail({});
        props.onDone(action);
      } catch (error) {
        const failure = failureOf(error, t);
        if (failure.kind === 'conflict') return props.onConflict();
        if (failure.kind === 'issues') {
          const mapped = issuesToErrors(failure.issues, (path) => {
            const name = fieldOfPath(spec, path);
            return name ? idOf(name) : undefined;
          });
          const byName = Object.fromEntries(spec.fields.filter((f) => mapped.byField[idOf(f.name)]).map((f) => [f.name, mapped.byField[idOf(f.name)]!]));
          setErrors(byName);
          props.onErrors(mapped.summary);
          if (Object.keys(byName).length > 0) setStage('edit');
          return;
        }
        setErrors({});
        props.onErrors([{ message: failure.message }]);
      }
    });
  };

  const formId = `action-form-${action.replace(/_/g, '-')}`;
  if (stage === 'edit') {
    return (
      <form class="answer-form" id={formId} noValidate onSubmit={onContinue} data-testid={`form-${action}`}>
        <p>{t(`office.intro.${action}`, { max })}</p>
        {spec.fields.map((f) => (
          <Field
            key={f.name}
            f={f}
            id={idOf(f.name)}
            value={values[f.name] ?? ''}
            error={errors[f.name]}
            max={max}
            onValue={(v) => setValues({ ...values, [f.name]: v })}
          />
        ))}
        <div class="form-actions">
          <Button type="submit">{t('office.form.continue')}</Button>
          <Button variant="quiet" onClick={props.onCancel}>
            {t('office.form.cancel')}
          </Button>
        </div>
      </form>
    );
  }

  return (
    <form class="answer-form" id={formId} noValidate onSubmit={onConfirm} data-testid={`confirm-${action}`}>
      <h3 ref={confirmRef} tabIndex={-1} class="office-confirm__title">
        {t('office.form.confirmTitle')}
      </h3>
      {spec.fields.length === 0 ? (
        <p>{t(`office.intro.${action}`, { max })}</p>
      ) : (
        spec.preview !== 'decision' && (
          <dl class="dense-list" data-testid="confirm-summary">
            {spec.fields
              .filter((f) => (values[f.name] ?? '').trim())
              .map((f) => (
                <Row key={f.name} label={t(f.label)}>
                  {shown(f, values[f.name] ?? '', t, lang)}
                </Row>
              ))}
          </dl>
        )
      )}
      {spec.final && spec.preview !== 'decision' && (
        <p class="text-error" data-testid="final-warning">
          {t('office.form.final')}
        </p>
      )}
      {spec.preview === 'suspend' && <DueDatePreview ctx={ctx} kind="suspend" values={values} />}
      {spec.preview === 'extend' && <DueDatePreview ctx={ctx} kind="extend" values={values} />}
      {spec.preview === 'decision' && <DecisionPreview ctx={ctx} values={values} forwarded={action === 'decide_forwarded' || ctx.c.state === 'forwarded'} />}
      <div class="form-actions">
        <Button type="submit" aria-disabled={busy}>
          {busy
            ? t('office.form.sending')
            : spec.preview === 'decision' && action === 'decide'
              ? t('office.decision.confirm')
              : t('office.form.confirm', { action: actionName })}
        </Button>
        {spec.fields.length > 0 ? (
          <Button variant="secondary" onClick={() => setStage('edit')}>
            {t('office.form.change')}
          </Button>
        ) : (
          <Button variant="quiet" onClick={props.onCancel}>
            {t('office.form.cancel')}
          </Button>
        )}
      </div>
    </form>
  );
}

/** A value as the confirmation lists it: a choice by its label, lines as a list. */
function shown(f: FieldSpec, value: string, t: ReturnType<typeof useI18n>['t'], lang: Lang) {
  if (f.kind === 'date') return formatDay(value, lang);
  if (f.kind === 'checkbox') return t(value === 'yes' ? 'office.form.yes' : 'office.form.no');
  if (f.options) return f.options(t).find((o) => o.value === value)?.label ?? value;
  if (f.kind === 'lines')
    return (
      <ol class="compact-list">
        {splitLines(value).map((line, i) => (
          <li key={i}>{line}</li>
        ))}
      </ol>
    );
  return value;
}

function Field(props: { f: FieldSpec; id: string; value: string; error: string | undefined; max: number; onValue(value: string): void }) {
  const { t } = useI18n();
  const { f, id, value, error, onValue } = props;
  const label = t(f.label);
  const hint = f.hint ? t(f.hint, { max: props.max }) : undefined;
  const common = { id, label, value, onValue, ...(hint ? { hint } : {}), ...(error ? { error } : {}) };
  if (f.kind === 'checkbox') return <Checkbox id={id} label={label} checked={value === 'yes'} onChecked={(on) => onValue(on ? 'yes' : '')} />;
  if (f.kind === 'radio')
    return <RadioGroup id={id} legend={label} options={f.options!(t)} value={value} onValue={onValue} inline {...(error ? { error } : {})} />;
  if (f.kind === 'select') return <SelectField {...common} options={f.options!(t)} placeholder={t('office.field.procedureChoose')} />;
  if (f.kind === 'date') return <TextField {...common} type="date" width="medium" />;
  if (f.kind === 'number') return <TextField {...common} inputMode="numeric" width="short" maxLength={2} />;
  if (f.kind === 'text') return <TextField {...common} />;
  return <TextArea {...common} rows={f.kind === 'lines' ? 3 : 3} maxLength={2000} />;
}
