import { useLocation } from 'preact-iso';
import { useEffect, useRef, useState } from 'preact/hooks';
import { ApiError } from '../../api/api-error.js';
import type { ReceivedDecision } from '../../api/decisions.js';
import { lookupProgress, type CaseProgress } from '../../api/intake.js';
import type { AsyncStatus } from '../../api/use-async.js';
import { AsyncState } from '../../components/AsyncState/AsyncState.js';
import { Button } from '../../components/Button/Button.js';
import { ErrorSummary, type SummaryError } from '../../components/ErrorSummary/ErrorSummary.js';
import { Notice } from '../../components/Notice/Notice.js';
import { Page, PageTitle } from '../../components/Page/Page.js';
import { TextField } from '../../components/TextField/TextField.js';
import { useI18n } from '../../i18n/i18n.js';
import { api } from '../../services.js';
import type { TrackProof } from './TrackDecision.js';
import { normalizeTrackForm, validateTrackForm, type TrackForm } from './track-form.js';
import { TrackPrintView } from './TrackPrintView.js';
import { TrackResult } from './TrackResult.js';
// The strings this page's code speaks, beyond core (i18n/message-store.ts); they come with this chunk.
import '../../i18n/messages/intake.js';
import '../../i18n/messages/results.js';
import '../../i18n/messages/seal.js';

const FIELD_IDS: Record<keyof TrackForm, string> = { code: 'track-code', phoneLast4: 'track-phone' };

/** Looks a case up by query code and phone digits, without signing in. */
export function TrackPage() {
  const { t } = useI18n();
  const { query } = useLocation();
  // The QR code on a notice opens /track?code=…: the code is filled in, the phone digits asked.
  const [form, setForm] = useState<TrackForm>({ code: query.code ?? '', phoneLast4: '' });
  const [noMatch, setNoMatch] = useState(false);
  const [errors, setErrors] = useState<Partial<Record<keyof TrackForm, string>>>({});
  const [attempt, setAttempt] = useState(0);
  const [result, setResult] = useState<AsyncStatus<CaseProgress> | { status: 'idle' }>({ status: 'idle' });
  // What the case was found with: the result's downloads prove the same, whatever the fields say now.
  const [proof, setProof] = useState<TrackProof>({ code: '', phoneLast4: '' });
  const [printing, setPrinting] = useState<ReceivedDecision>();
  const backFromPrint = useRef(false);

  // Back from the printable decision: to the button that opened it.
  useEffect(() => {
    if (printing || !backFromPrint.current) return;
    backFromPrint.current = false;
    document.getElementById('track-decision-print')?.focus();
  }, [printing]);

  const onSubmit = async (event: Event) => {
    event.preventDefault();
    if (result.status === 'loading') return;
    setAttempt((n) => n + 1);
    const issues = validateTrackForm(form);
    setErrors(Object.fromEntries(issues.map((i) => [i.field, t(i.key)])));
    if (issues.length > 0) {
      setNoMatch(false);
      setResult({ status: 'idle' });
      return;
    }
    setResult({ status: 'loading' });
    setNoMatch(false);
    try {
      const sent = normalizeTrackForm(form);
      const data = await lookupProgress(api, sent);
      setProof(sent);
      setResult({ status: 'ready', data });
    } catch (error) {
      const fieldIssues = error instanceof ApiError ? error.issues.filter((i) => i.path in FIELD_IDS) : [];
      if (fieldIssues.length > 0) {
        setErrors(Object.fromEntries(fieldIssues.map((i) => [i.path, i.message])));
        setResult({ status: 'idle' });
      } else if (error instanceof ApiError && error.status === 404) {
        // Not found is an answer, not a failure: say what to check rather than "try again later".
        setNoMatch(true);
        setResult({ status: 'idle' });
      } else setResult({ status: 'error', error });
    }
  };

  const summary: SummaryError[] = (Object.keys(FIELD_IDS) as (keyof TrackForm)[]).flatMap((field) =>
    errors[field] ? [{ fieldId: FIELD_IDS[field], message: errors[field]! }] : [],
  );

  const received = (answer: ReceivedDecision) => setResult({ status: 'ready', data: answer.progress });

  if (printing) {
    return (
      <Page>
        <TrackPrintView
          decision={printing}
          onBack={() => {
            backFromPrint.current = true;
            setPrinting(undefined);
          }}
        />
      </Page>
    );
  }

  return (
    <Page>
      <ErrorSummary errors={summary} attempt={attempt} />
      <PageTitle hasErrors={summary.length > 0}>{t('track.title')}</PageTitle>
      <p class="lead">{t('track.lead')}</p>
      <form noValidate onSubmit={onSubmit} class="track__form">
        <TextField
          id={FIELD_IDS.code}
          label={t('track.code.label')}
          hint={t('track.code.hint')}
          value={form.code}
          onValue={(code) => setForm({ ...form, code })}
          error={errors.code}
          width="medium"
          autoComplete="off"
          maxLength={40}
        />
        <TextField
          id={FIELD_IDS.phoneLast4}
          label={t('track.phone.label')}
          hint={t('track.phone.hint')}
          value={form.phoneLast4}
          onValue={(phoneLast4) => setForm({ ...form, phoneLast4 })}
          error={errors.phoneLast4}
          width="short"
          inputMode="numeric"
          autoComplete="off"
          maxLength={4}
        />
        <Button type="submit" aria-disabled={result.status === 'loading'}>
          {t('track.submit')}
        </Button>
      </form>
      <div class="track__result">
        <AsyncState state={result} loadingText={t('track.searching')} errorTitle={t('track.errorTitle')}>
          {(data) => <TrackResult data={data} proof={proof} onReceived={received} onPrint={setPrinting} />}
        </AsyncState>
        {noMatch && (
          <Notice tone="error" title={t('intake.track.noMatchTitle')}>
            <p>{t('intake.track.noMatch')}</p>
          </Notice>
        )}
      </div>
    </Page>
  );
}
