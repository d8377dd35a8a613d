import type { Case, ItemVersion } from '../../../api/intake.js';
import { formatInstant, formatLocalDate } from '../../../i18n/dates.js';
import { useI18n } from '../../../i18n/i18n.js';

/** The numbers and dates of a case, as a summary list. */
export function CaseFacts(props: { c: Case; item: ItemVersion | null }) {
  const { t, lang } = useI18n();
  const { c, item } = props;
  const date = (d: string) => formatLocalDate(d, lang);
  return (
    <>
      <dl class="summary-list" data-testid="case-facts">
        <Row label={t('intake.case.caseNumber')} value={c.caseNumber} />
        <Row label={t('intake.case.queryCode')} value={c.queryCode} testId="case-query-code" />
        <Row label={t('intake.case.channel')} value={t(`intake.channel.${c.channel}`)} />
        <Row label={t('intake.case.applicant')} value={c.applicant.name} />
        {c.firstReceivedAt ? (
          <>
            <Row label={t('intake.case.firstReceived')} value={formatInstant(c.firstReceivedAt, lang)} testId="case-first-received" />
            <Row label={t('intake.case.resubmitted')} value={formatInstant(c.receivedAt, lang)} testId="case-resubmitted" />
          </>
        ) : (
          <Row label={t('intake.case.received')} value={formatInstant(c.receivedAt, lang)} />
        )}
        {c.state === 'submitted' && <Row label={t('intake.case.answerDue')} value={date(c.answerDueOn)} />}
        {c.acceptedOn && <Row label={t('intake.case.acceptedOn')} value={`${date(c.acceptedOn)}${c.deemedAccepted ? ` ${t('intake.case.deemed')}` : ''}`} />}
        {c.dueDates ? (
          <>
            <Row
              label={t('intake.case.promisedDue')}
              value={`${date(c.dueDates.promised)}${c.dueDates.provisional ? ` ${t('intake.due.provisionalShort')}` : ''}`}
              testId="case-promised-due"
            />
            <Row label={t('intake.case.legalDue')} value={date(c.dueDates.legal)} />
          </>
        ) : (
          item &&
          item.caseType === 'promised' && (
            <Row label={t('intake.case.promisedLimit')} value={t('intake.case.promisedLimitValue', { days: item.promisedLimitDays })} />
          )
        )}
      </dl>
      {c.dueDates?.provisional && <p class="muted">{t('intake.due.provisional')}</p>}
    </>
  );
}

function Row(props: { label: string; value: string; testId?: string }) {
  return (
    <div class="summary-list__row">
      <dt>{props.label}</dt>
      <dd data-testid={props.testId}>{props.value}</dd>
    </div>
  );
}
