import type { ReceivedDecision } from '../../api/decisions.js';
import { allMaterialsOf, getItem, type CaseProgress } from '../../api/intake.js';
import { pickText } from '../../api/localized.js';
import { placeName } from '../../api/places.js';
import { useAsync } from '../../api/use-async.js';
import { CaseStateTag } from '../../components/CaseStateTag/CaseStateTag.js';
import { CaseTimeline } from '../../components/CaseTimeline/CaseTimeline.js';
import { formatInstant, formatLocalDate } from '../../i18n/dates.js';
import { useI18n } from '../../i18n/i18n.js';
import { api } from '../../services.js';
import { CorrectionItems } from '../resident/cases/CorrectionNotice.js';
import '../resident/resident.css';
import { TrackDecision, type TrackProof } from './TrackDecision.js';
import { SummaryRow } from '../../components/SummaryRow/SummaryRow.js';

/** What the lookup found: the item, the state in plain words, the dates, what is asked, the result once decided, and the steps. */
export function TrackResult(props: {
  data: CaseProgress;
  proof: TrackProof;
  onReceived(received: ReceivedDecision): void;
  onPrint(received: ReceivedDecision): void;
}) {
  const { t, lang } = useI18n();
  const { data } = props;
  // Names for a correction's materials; the public catalogue has them (best effort: ids otherwise).
  const item = useAsync((signal) => (data.correction ? getItem(api, data.itemCode, signal).catch(() => null) : Promise.resolve(null)), [data.itemCode]);
  const spec = item.status === 'ready' ? item.data : null;
  const date = (d: string) => formatLocalDate(d, lang);
  return (
    <section aria-labelledby="track-result-title" data-testid="track-result">
      <h2 id="track-result-title">{pickText(data.itemName, lang) || data.itemCode}</h2>
      <p class="case-detail__state" data-testid="track-state" data-state={data.state}>
        <CaseStateTag state={data.state} />
      </p>
      <p>{t(data.state === 'completed' ? 'intake.stateHelp.completedLookup' : `intake.stateHelp.${data.state}`)}</p>
      <dl class="summary-list">
        <SummaryRow label={t('track.result.caseNumber')} testId="track-case-number">
          {data.caseNumber}
        </SummaryRow>
        <SummaryRow label={t('intake.track.township')}>{placeName(data.townshipId, lang)}</SummaryRow>
        <SummaryRow label={t('intake.case.applicant')}>{data.applicantName}</SummaryRow>
        <SummaryRow label={t('intake.track.received')}>{date(data.receivedOn)}</SummaryRow>
        {data.acceptedOn && <SummaryRow label={t('intake.case.acceptedOn')}>{date(data.acceptedOn)}</SummaryRow>}
        {data.dueDates && (
          <>
            <SummaryRow
              label={t('intake.case.promisedDue')}
            >{`${date(data.dueDates.promised)}${data.dueDates.provisional ? ` ${t('intake.due.provisionalShort')}` : ''}`}</SummaryRow>
            <SummaryRow label={t('intake.case.legalDue')}>{date(data.dueDates.legal)}</SummaryRow>
          </>
        )}
      </dl>
      {data.dueDates?.provisional && <p class="muted">{t('intake.due.provisional')}</p>}
      {data.correction && (
        <section class="correction-box" aria-labelledby="track-correction-title">
          <h3 id="track-correction-title">{t('intake.correction.title')}</h3>
          <p>{t('intake.correction.lead', { at: formatInstant(data.correction.issuedAt, lang) })}</p>
          <CorrectionItems items={data.correction.items} materials={spec ? allMaterialsOf(spec) : []} fields={spec?.formFields ?? []} />
          <p>{t('intake.track.correctionHow')}</p>
        </section>
      )}
      {data.decision && <TrackDecision decision={data.decision} proof={props.proof} onReceived={props.onReceived} onPrint={props.onPrint} />}
      <h3 id="track-steps-title">{t('intake.case.stepsTitle')}</h3>
      <CaseTimeline steps={data.steps} headingId="track-steps-title" />
    </section>
  );
}
