import { useEffect, useRef, useState } from 'preact/hooks';
import { acceptCase, type Case } from '../../../api/counter.js';
import { pickText } from '../../../api/localized.js';
import { Button } from '../../../components/Button/Button.js';
import { Checkbox } from '../../../components/Checkbox/Checkbox.js';
import { Notice } from '../../../components/Notice/Notice.js';
import { TextArea } from '../../../components/TextArea/TextArea.js';
import { TextField } from '../../../components/TextField/TextField.js';
import { useI18n } from '../../../i18n/i18n.js';
import { api } from '../../../services.js';
import { useInFlight } from '../use-in-flight.js';
import { addDays } from '../dates.js';
import { failureOf, issuesToErrors, type AnswerCallbacks } from './action-outcome.js';
import type { MaterialStatus } from './materials.js';

const deferId = (id: string) => `accept-defer-${id}`;
const dueId = (id: string) => `accept-due-${id}`;
const NOTE_ID = 'accept-note';
const UNVERIFIED_ID = 'accept-unverified';

/**
 * 受理: the clerk may accept with 容缺 — only materials the item version lets follow later, each
 * with the date the applicant commits to; materials that block acceptance are listed first.
 */
export function AcceptForm(props: { c: Case; statuses: MaterialStatus[]; today: string } & AnswerCallbacks) {
  const { t, lang } = useI18n();
  const { c, statuses } = props;
  const deferrable = statuses.filter((s) => s.material.mayBeDeferred && !s.hasFiles && !s.originalChecked);
  const blocking = statuses.filter((s) => s.missing && !s.material.mayBeDeferred);
  const [deferred, setDeferred] = useState<Record<string, { on: boolean; dueOn: string }>>(() =>
    Object.fromEntries(deferrable.map((s) => [s.material.id, { on: s.missing || Boolean(s.deferredTo), dueOn: s.deferredTo ?? '' }])),
  );
  const [note, setNote] = useState('');
  const [errors, setErrors] = useState<Record<string, string>>({});
  const { busy, run } = useInFlight();
  const tomorrow = addDays(props.today, 1);
  // Materials handed in (uploaded) whose paper original the case view shows as not checked (未核验):
  // accepting without seeing them is allowed, but only after the clerk says so.
  const unverified = unverifiedOriginals(statuses);
  const [confirming, setConfirming] = useState(false);
  const confirmRef = useRef<HTMLDivElement>(null);
  useEffect(() => {
    if (confirming) confirmRef.current?.focus();
  }, [confirming]);

  const fail = (byField: Record<string, string>, summary: { fieldId?: string; message: string }[]) => {
    setErrors(byField);
    props.onErrors(summary);
  };

  const onSubmit = async (event: Event) => {
    event.preventDefault();
    const chosen = deferrable.filter((s) => deferred[s.material.id]?.on);
    const byField: Record<string, string> = {};
    for (const s of chosen) {
      const dueOn = deferred[s.material.id]!.dueOn;
      if (!dueOn) byField[dueId(s.material.id)] = t('counter.accept.error.dueRequired', { name: pickText(s.material.name, lang) });
      else if (dueOn <= props.today) byField[dueId(s.material.id)] = t('counter.accept.error.duePast', { name: pickText(s.material.name, lang) });
    }
    if (Object.keys(byField).length > 0) {
      fail(
        byField,
        Object.entries(byField).map(([fieldId, message]) => ({ fieldId, message })),
      );
      return;
    }
    if (unverified.length > 0) {
      setConfirming(true);
      return;
    }
    await send(chosen);
  };

  const send = async (chosen: MaterialStatus[]) => {
    setConfirming(false);
    await run(async () => {
      try {
        await acceptCase(api, c.caseId, {
          version: c.version,
          deferred: chosen.map((s) => ({ materialId: s.material.id, dueOn: deferred[s.material.id]!.dueOn })),
          ...(note.trim() ? { note: note.trim() } : {}),
        });
        fail({}, []);
        props.onDone('accepted');
      } catch (error) {
        const failure = failureOf(error, t);
        if (failure.kind === 'conflict') props.onConflict();
        else if (failure.kind === 'issues') {
          const mapped = issuesToErrors(failure.issues, (path) => {
            const m = /^deferred\.(\d+)\.(materialId|dueOn)$/.exec(path);
            const s = m ? chosen[Number(m[1])] : undefined;
            if (s) return m![2] === 'dueOn' ? dueId(s.material.id) : deferId(s.material.id);
            return path === 'note' ? NOTE_ID : undefined;
          });
          fail(mapped.byField, mapped.summary);
        } else fail({}, [{ message: failure.message }]);
      }
    });
  };

  return (
    <form class="answer-form" noValidate onSubmit={onSubmit} data-testid="accept-form">
      {blocking.length > 0 && (
        <Notice tone="error" title={t('counter.accept.blockingTitle')} announce={false}>
          <p>{blocking.map((s) => pickText(s.material.name, lang)).join(t('list.separator'))}</p>
          <p>{t('counter.accept.blockingHelp')}</p>
        </Notice>
      )}
      <fieldset>
        <legend>{t('counter.accept.deferredLegend')}</legend>
        {deferrable.length === 0 ? (
          <p class="muted">{t('counter.accept.noDeferrable')}</p>
        ) : (
          <>
            <p class="field-hint">{t('counter.accept.deferredHint')}</p>
            {deferrable.map((s) => {
              const id = s.material.id;
              const entry = deferred[id]!;
              return (
                <div class="choice-row" key={id}>
                  <Checkbox
                    id={deferId(id)}
                    label={t('counter.accept.deferMaterial', { name: pickText(s.material.name, lang) })}
                    checked={entry.on}
                    onChecked={(on) => setDeferred({ ...deferred, [id]: { ...entry, on } })}
                  />
                  {entry.on && (
                    <TextField
                      id={dueId(id)}
                      type="date"
                      min={tomorrow}
                      width="medium"
                      label={t('counter.accept.dueOn')}
                      value={entry.dueOn}
                      onValue={(dueOn) => setDeferred({ ...deferred, [id]: { ...entry, dueOn } })}
                      error={errors[dueId(id)]}
                    />
                  )}
                </div>
              );
            })}
          </>
        )}
      </fieldset>
      <TextArea
        id={NOTE_ID}
        label={t('counter.accept.note')}
        hint={t('counter.accept.noteHint')}
        value={note}
        onValue={setNote}
        rows={2}
        maxLength={500}
        error={errors[NOTE_ID]}
      />
      {confirming && unverified.length > 0 && (
        <div
          class="notice notice--error accept-confirm"
          id={UNVERIFIED_ID}
          ref={confirmRef}
          tabIndex={-1}
          role="alert"
          aria-labelledby={`${UNVERIFIED_ID}-title`}
          data-testid="accept-unverified"
        >
          <p class="notice__title" id={`${UNVERIFIED_ID}-title`}>
            {t('counter.accept.unverified.title', { count: unverified.length })}
          </p>
          <p data-testid="accept-unverified-names">{unverified.map((s) => pickText(s.material.name, lang)).join(t('list.separator'))}</p>
          <p>{t('counter.accept.unverified.body')}</p>
          <div class="form-actions">
            <Button onClick={() => send(deferrable.filter((s) => deferred[s.material.id]?.on))} aria-disabled={busy}>
              {t('counter.accept.unverified.confirm')}
            </Button>
            <Button
              variant="secondary"
              onClick={() => {
                setConfirming(false);
                // Back to the materials, to check the originals there.
                document.querySelector<HTMLElement>('#materials button')?.focus();
              }}
            >
              {t('counter.accept.unverified.cancel')}
            </Button>
          </div>
        </div>
      )}
      <div class="form-actions">
        <Button type="submit" aria-disabled={busy}>
          {busy ? t('counter.answer.sending') : t('counter.accept.submit')}
        </Button>
      </div>
    </form>
  );
}

/** Uploaded materials that call for a paper original nobody has checked yet. */
export function unverifiedOriginals(statuses: readonly MaterialStatus[]): MaterialStatus[] {
  return statuses.filter((s) => s.material.form !== 'copy' && s.hasFiles && !s.originalChecked);
}
