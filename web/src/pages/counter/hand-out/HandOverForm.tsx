import { useState } from 'preact/hooks';
import type { Case } from '../../../api/counter.js';
import { deliverCase } from '../../../api/results.js';
import { Button } from '../../../components/Button/Button.js';
import { Checkbox } from '../../../components/Checkbox/Checkbox.js';
import { RadioGroup } from '../../../components/RadioGroup/RadioGroup.js';
import { TextField } from '../../../components/TextField/TextField.js';
import { useI18n } from '../../../i18n/i18n.js';
import { api } from '../../../services.js';
import type { SummaryError } from '../../../components/ErrorSummary/ErrorSummary.js';
import { failureOf } from '../review/action-outcome.js';
import { useInFlight } from '../use-in-flight.js';
import {
  checkHandOver,
  fieldOfIssue,
  HAND_OVER_FIELDS as F,
  initialDraft,
  withRecipientKind,
  type HandOverDraft,
  type HandOverField,
} from './hand-over-model.js';

/**
 * 送达: at the window (to the applicant or an authorised person, ID seen) or by post (carrier and
 * tracking number), on a day that defaults to today in China. The API completes the case.
 */
export function HandOverForm(props: { c: Case; today: string; onDone(): void; onErrors(errors: SummaryError[]): void; onConflict(): void }) {
  const { t } = useI18n();
  const { c, today } = props;
  const [draft, setDraft] = useState<HandOverDraft>(() => initialDraft(c.applicant.name, today));
  const [errors, setErrors] = useState<Partial<Record<HandOverField, string>>>({});
  const { busy, run } = useInFlight();
  const set = (patch: Partial<HandOverDraft>) => setDraft({ ...draft, ...patch });

  const show = (byField: Partial<Record<HandOverField, string>>, others: string[] = []) => {
    setErrors(byField);
    props.onErrors([
      ...Object.entries(byField).map(([field, message]) => ({ fieldId: F[field as HandOverField], message: message! })),
      ...others.map((message) => ({ message })),
    ]);
  };

  const onSubmit = async (event: Event) => {
    event.preventDefault();
    const checked = checkHandOver(draft, today);
    if (!checked.body) {
      show(Object.fromEntries(Object.entries(checked.errors).map(([field, key]) => [field, t(key!)])));
      return;
    }
    const body = checked.body;
    await run(async () => {
      try {
        await deliverCase(api, c.caseId, c.version, body);
        setErrors({});
        props.onErrors([]);
        props.onDone();
      } catch (error) {
        const failure = failureOf(error, t);
        if (failure.kind === 'conflict') props.onConflict();
        else if (failure.kind === 'issues') {
          const byField: Partial<Record<HandOverField, string>> = {};
          const others: string[] = [];
          for (const issue of failure.issues) {
            const field = fieldOfIssue(issue.path);
            if (field && !byField[field]) byField[field] = issue.message;
            else if (!field) others.push(issue.message);
          }
          show(byField, others);
        } else show({}, [failure.message]);
      }
    });
  };

  return (
    <form class="hand-out-form" noValidate onSubmit={onSubmit} data-testid="hand-over-form">
      <RadioGroup
        id={F.method}
        legend={t('handout.method.legend')}
        options={[
          { value: 'window', label: t('handout.method.window') },
          { value: 'post', label: t('handout.method.post') },
        ]}
        value={draft.method}
        onValue={(method) => {
          setErrors({});
          set({ method: method as HandOverDraft['method'] });
        }}
        inline
      />
      {draft.method === 'window' ? (
        <>
          <RadioGroup
            id={F.recipientKind}
            legend={t('handout.recipient.legend')}
            options={[
              { value: 'applicant', label: t('handout.recipient.applicant') },
              { value: 'authorised', label: t('handout.recipient.authorised') },
            ]}
            value={draft.recipientKind}
            onValue={(kind) => setDraft(withRecipientKind(draft, kind as HandOverDraft['recipientKind'], c.applicant.name))}
            {...(errors.recipientKind ? { error: errors.recipientKind } : {})}
          />
          <TextField
            id={F.name}
            label={t('handout.recipient.name')}
            value={draft.name}
            onValue={(name) => set({ name })}
            maxLength={100}
            autoComplete="off"
            {...(errors.name ? { error: errors.name } : {})}
          />
          <div class={errors.idChecked ? 'text-field--error' : undefined}>
            {errors.idChecked && (
              <p class="field-error" id={`${F.idChecked}-error`}>
                {errors.idChecked}
              </p>
            )}
            <Checkbox id={F.idChecked} label={t('handout.recipient.idChecked')} checked={draft.idChecked} onChecked={(idChecked) => set({ idChecked })} />
          </div>
        </>
      ) : (
        <>
          <TextField
            id={F.carrier}
            label={t('handout.post.carrier')}
            value={draft.carrier}
            onValue={(carrier) => set({ carrier })}
            maxLength={100}
            {...(errors.carrier ? { error: errors.carrier } : {})}
          />
          <TextField
            id={F.trackingNumber}
            label={t('handout.post.trackingNumber')}
            value={draft.trackingNumber}
            onValue={(trackingNumber) => set({ trackingNumber })}
            maxLength={60}
            width="medium"
            {...(errors.trackingNumber ? { error: errors.trackingNumber } : {})}
          />
        </>
      )}
      <TextField
        id={F.on}
        type="date"
        label={t('handout.date')}
        hint={t('handout.date.hint')}
        value={draft.on}
        onValue={(on) => set({ on })}
        max={today}
        width="medium"
        {...(c.decision ? { min: c.decision.decidedOn } : {})}
        {...(errors.on ? { error: errors.on } : {})}
      />
      <div class="form-actions">
        <Button type="submit" aria-disabled={busy} id="hand-over-submit">
          {busy ? t('counter.answer.sending') : t('handout.submit')}
        </Button>
      </div>
    </form>
  );
}
