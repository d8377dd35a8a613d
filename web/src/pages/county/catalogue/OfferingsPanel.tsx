import { useState } from 'preact/hooks';
import { ApiError } from '../../../api/api-error.js';
import type { TownshipSummary } from '../../../api/catalogue.js';
import { changeOffering, type OfferingAction } from '../../../api/catalogue-admin.js';
import type { TownshipOffering } from '../../../api/catalogue-item.js';
import { errorText } from '../../../api/error-text.js';
import { pickText } from '../../../api/localized.js';
import { Button } from '../../../components/Button/Button.js';
import { ErrorSummary, type SummaryError } from '../../../components/ErrorSummary/ErrorSummary.js';
import { Notice } from '../../../components/Notice/Notice.js';
import { RadioGroup } from '../../../components/RadioGroup/RadioGroup.js';
import { SelectField } from '../../../components/SelectField/SelectField.js';
import { TextArea } from '../../../components/TextArea/TextArea.js';
import { TextField } from '../../../components/TextField/TextField.js';
import { formatLocalDate } from '../../../i18n/dates.js';
import { useI18n } from '../../../i18n/i18n.js';
import { api } from '../../../services.js';
import { offeringSentence, upcomingChanges, changeSentence } from '../../guide/item/offering-text.js';
import { OFFERING_ACTIONS } from './enums.js';

const FIELDS = { townshipId: 'offering-township', action: 'offering-action', effectiveFrom: 'offering-date', reason: 'offering-reason' } as const;
type Field = keyof typeof FIELDS;

/**
 * Where the item is taken in: each township's standing today, changes already decided for later
 * and the full record; administrators grant (赋权), entrust (委托) or recall (收回) from a date.
 */
export function OfferingsPanel(props: {
  code: string;
  offerings: TownshipOffering[];
  townships: TownshipSummary[];
  at: string;
  canEdit: boolean;
  onChanged(): void;
}) {
  const { t, lang } = useI18n();
  const nameOf = (id: string) => pickText(props.townships.find((tw) => tw.id === id)?.name, lang) || id;
  return (
    <>
      <ul class="offering-list" data-testid="offerings">
        {props.offerings.map((offering) => (
          <li key={offering.townshipId} class="offering-list__item" data-township={offering.townshipId} data-offered={String(offering.offered)}>
            <p>
              <strong>{nameOf(offering.townshipId)}</strong>
              {t('guide.item.townships.sep')}
              {offering.offered ? t('guide.item.townships.yes') : t('guide.item.townships.no')}
            </p>
            <p>{offeringSentence(offering, nameOf(offering.townshipId), t, lang, true)}</p>
            {upcomingChanges(offering, props.at).map((record) => (
              <p key={record.seq} data-testid="offering-upcoming">
                {changeSentence(record, t, lang)}
              </p>
            ))}
            {offering.history.length > 0 && (
              <details>
                <summary>{t('catalogue.offerings.history', { count: offering.history.length })}</summary>
                <ol>
                  {offering.history.map((r) => (
                    <li key={r.seq}>
                      {t('catalogue.offerings.record', {
                        date: formatLocalDate(r.effectiveFrom, lang),
                        action: t(`catalogue.offering.action.${r.action}`),
                        reason: r.reason,
                        by: r.recordedBy,
                      })}
                    </li>
                  ))}
                </ol>
              </details>
            )}
          </li>
        ))}
      </ul>
      {props.canEdit && <OfferingForm code={props.code} townships={props.townships} today={props.at} onChanged={props.onChanged} />}
    </>
  );
}

function OfferingForm(props: { code: string; townships: TownshipSummary[]; today: string; onChanged(): void }) {
  const { t, lang } = useI18n();
  const [form, setForm] = useState({ townshipId: '', action: '', effectiveFrom: props.today, reason: '' });
  const [errors, setErrors] = useState<Partial<Record<Field, string>>>({});
  const [other, setOther] = useState<string[]>([]);
  const [attempt, setAttempt] = useState(0);
  const [busy, setBusy] = useState(false);
  const [done, setDone] = useState<string | null>(null);

  const submit = async (event: Event) => {
    event.preventDefault();
    if (busy) return;
    setAttempt((n) => n + 1);
    setDone(null);
    const found: Partial<Record<Field, string>> = {};
    if (!form.townshipId) found.townshipId = t('catalogue.offerings.error.township');
    if (!form.action) found.action = t('catalogue.offerings.error.action');
    if (!/^\d{4}-\d{2}-\d{2}$/.test(form.effectiveFrom)) found.effectiveFrom = t('catalogue.edit.error.date');
    else if (form.effectiveFrom < props.today) found.effectiveFrom = t('catalogue.edit.error.datePast', { today: formatLocalDate(props.today, lang) });
    if (!form.reason.trim()) found.reason = t('catalogue.offerings.error.reason');
    setErrors(found);
    setOther([]);
    if (Object.keys(found).length > 0) return;
    setBusy(true);
    try {
      const record = await changeOffering(api, props.code, { ...form, action: form.action as OfferingAction, reason: form.reason.trim() });
      const township = pickText(props.townships.find((tw) => tw.id === record.townshipId)?.name, lang);
      setDone(
        t('catalogue.offerings.done', { township, action: t(`catalogue.offering.action.${record.action}`), date: formatLocalDate(record.effectiveFrom, lang) }),
      );
      setForm({ townshipId: '', action: '', effectiveFrom: props.today, reason: '' });
      props.onChanged();
    } catch (error) {
      const issues = error instanceof ApiError ? error.issues : [];
      const byField = Object.fromEntries(issues.filter((i) => i.path in FIELDS).map((i) => [i.path, i.message]));
      setErrors(byField);
      const rest = issues.filter((i) => !(i.path in FIELDS)).map((i) => i.message);
      setOther(issues.length > 0 ? rest : [errorText(error, t)]);
    } finally {
      setBusy(false);
    }
  };

  const summary: SummaryError[] = [
    ...(Object.keys(FIELDS) as Field[]).flatMap((f) => (errors[f] ? [{ fieldId: FIELDS[f], message: errors[f]! }] : [])),
    ...other.map((message) => ({ message })),
  ];
  const errorOf = (f: Field) => (errors[f] ? { error: errors[f] } : {});
  return (
    <form class="offering-form" noValidate onSubmit={submit} aria-labelledby="offering-form-title" data-testid="offering-form">
      <ErrorSummary errors={summary} attempt={attempt} />
      {done && (
        <Notice tone="success">
          <p data-testid="offering-done">{done}</p>
        </Notice>
      )}
      <h3 id="offering-form-title">{t('catalogue.offerings.formTitle')}</h3>
      <SelectField
        id={FIELDS.townshipId}
        label={t('catalogue.offerings.township')}
        value={form.townshipId}
        placeholder={t('catalogue.edit.choose')}
        options={props.townships.map((tw) => ({ value: tw.id, label: pickText(tw.name, lang) }))}
        onValue={(townshipId) => setForm({ ...form, townshipId })}
        {...errorOf('townshipId')}
      />
      <RadioGroup
        id={FIELDS.action}
        legend={t('catalogue.offerings.action')}
        value={form.action}
        options={OFFERING_ACTIONS.map((a) => ({ value: a, label: t(`catalogue.offerings.actionLabel.${a}`) }))}
        onValue={(action) => setForm({ ...form, action })}
        {...errorOf('action')}
      />
      <TextField
        id={FIELDS.effectiveFrom}
        type="date"
        min={props.today}
        label={t('catalogue.offerings.date')}
        hint={t('catalogue.offerings.dateHint')}
        value={form.effectiveFrom}
        onValue={(effectiveFrom) => setForm({ ...form, effectiveFrom })}
        width="medium"
        {...errorOf('effectiveFrom')}
      />
      <TextArea
        id={FIELDS.reason}
        label={t('catalogue.offerings.reason')}
        hint={t('catalogue.offerings.reasonHint')}
        value={form.reason}
        onValue={(reason) => setForm({ ...form, reason })}
        maxLength={500}
        {...errorOf('reason')}
      />
      <Button type="submit" aria-disabled={busy}>
        {busy ? t('catalogue.offerings.saving') : t('catalogue.offerings.submit')}
      </Button>
    </form>
  );
}
