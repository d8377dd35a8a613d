import { useState } from 'preact/hooks';
import { notAccept, type Case, type ItemVersion } from '../../../api/counter.js';
import { placeName } from '../../../api/places.js';
import { Button } from '../../../components/Button/Button.js';
import { TextArea } from '../../../components/TextArea/TextArea.js';
import { useI18n } from '../../../i18n/i18n.js';
import { translate } from '../../../i18n/message-store.js';
import { api } from '../../../services.js';
import { useInFlight } from '../use-in-flight.js';
import { failureOf, issuesToErrors, type AnswerCallbacks } from './action-outcome.js';

const REASONS_ID = 'not-accept-reasons';
const BASIS_ID = 'not-accept-basis';
const REMEDIES_ID = 'not-accept-remedies';

const lines = (text: string) =>
  text
    .split('\n')
    .map((line) => line.trim())
    .filter(Boolean);

/**
 * 不予受理: in writing, with reasons, the legal basis (from the item version) and the applicant's
 * remedies (administrative reconsideration within 60 days, or a lawsuit within 6 months). The
 * prefilled texts are Chinese, as they are printed on the official notice; all are editable.
 */
export function NotAcceptForm(props: { c: Case; item: ItemVersion } & AnswerCallbacks) {
  const { t } = useI18n();
  const { c, item } = props;
  const [reasons, setReasons] = useState('');
  const [basis, setBasis] = useState(() => item.legalBasis.map((b) => b['zh-CN']).join('\n'));
  const [remedies, setRemedies] = useState(() => translate('zh-CN', 'counter.notAccept.remediesTemplate', { county: placeName(c.countyId, 'zh-CN') }));
  const [errors, setErrors] = useState<Record<string, string>>({});
  const { busy, run } = useInFlight();

  const onSubmit = async (event: Event) => {
    event.preventDefault();
    const byField: Record<string, string> = {};
    if (lines(reasons).length === 0) byField[REASONS_ID] = t('counter.notAccept.error.reasons');
    if (lines(basis).length === 0) byField[BASIS_ID] = t('counter.notAccept.error.basis');
    if (!remedies.trim()) byField[REMEDIES_ID] = t('counter.notAccept.error.remedies');
    setErrors(byField);
    if (Object.keys(byField).length > 0) {
      props.onErrors(Object.entries(byField).map(([fieldId, message]) => ({ fieldId, message })));
      return;
    }
    await run(async () => {
      try {
        await notAccept(api, c.caseId, { version: c.version, reasons: lines(reasons), legalBasis: lines(basis), remedies: remedies.trim() });
        props.onErrors([]);
        props.onDone('notAccepted');
      } catch (error) {
        const failure = failureOf(error, t);
        if (failure.kind === 'conflict') props.onConflict();
        else if (failure.kind === 'issues') {
          const mapped = issuesToErrors(failure.issues, (path) =>
            path.startsWith('reasons') ? REASONS_ID : path.startsWith('legalBasis') ? BASIS_ID : path.startsWith('remedies') ? REMEDIES_ID : undefined,
          );
          setErrors(mapped.byField);
          props.onErrors(mapped.summary);
        } else props.onErrors([{ message: failure.message }]);
      }
    });
  };

  return (
    <form class="answer-form" noValidate onSubmit={onSubmit} data-testid="not-accept-form">
      <TextArea
        id={REASONS_ID}
        label={t('counter.notAccept.reasons')}
        hint={t('counter.notAccept.linesHint')}
        value={reasons}
        onValue={setReasons}
        error={errors[REASONS_ID]}
        rows={3}
      />
      <TextArea
        id={BASIS_ID}
        label={t('counter.notAccept.basis')}
        hint={t('counter.notAccept.basisHint')}
        value={basis}
        onValue={setBasis}
        error={errors[BASIS_ID]}
        rows={3}
      />
      <TextArea
        id={REMEDIES_ID}
        label={t('counter.notAccept.remedies')}
        hint={t('counter.notAccept.remediesHint')}
        value={remedies}
        onValue={setRemedies}
        error={errors[REMEDIES_ID]}
        rows={4}
        maxLength={1000}
      />
      <div class="form-actions">
        <Button type="submit" aria-disabled={busy}>
          {busy ? t('counter.answer.sending') : t('counter.notAccept.submit')}
        </Button>
      </div>
    </form>
  );
}
