import type { Case, ItemVersion } from '../../../api/intake.js';
import { formatInstant, formatLocalDate } from '../../../i18n/dates.js';
import { useI18n } from '../../../i18n/i18n.js';
import { SummaryRow } from '../../../components/SummaryRow/SummaryRow.js';

/** The numbers and dates of a case, as a summary list. */
export function CaseFacts(props: { c: Case; item: ItemVersion | null }) {
  const { t, lang } = useI18n();
  const { c, item } = props;
  const date = (d: string) => formatLocalDate(d, lang);
  return (
    <>
      <dl class="summary-list" data-testid="case-facts">
        <SummaryRow label={t('intake.case.caseNumber')}>{c.caseNumber}</SummaryRow>
        <SummaryRow label={t('intake.case.queryCode')} testId="case-query-code">
          {c.queryCode}
        </SummaryRow>
        <SummaryRow label={t('intake.case.channel')}>{t(`intake.channel.${c.channel}`)}</SummaryRow>
        <SummaryRow label={t('intake.case.applicant')}>{c.applicant.name}</SummaryRow>
        {c.firstReceivedAt ? (
          <>
            <SummaryRow label={t('intake.case.firstReceived')} testId="case-first-received">
              {formatInstant(c.firstReceivedAt, lang)}
            </SummaryRow>
            <SummaryRow label={t('intake.case.resubmitted')} testId="case-resubmitted">
              {formatInstant(c.receivedAt, lang)}
            </SummaryRow>
          </>
        ) : (
          <SummaryRow label={t('intake.case.received')}>{formatInstant(c.receivedAt, lang)}</SummaryRow>
        )}
        {c.state === 'submitted' && <SummaryRow label={t('intake.case.answerDue')}>{date(c.answerDueOn)}</SummaryRow>}
        {c.acceptedOn && (
          <SummaryRow label={t('intake.case.acceptedOn')}>{`${date(c.acceptedOn)}${c.deemedAccepted ? ` ${t('intake.case.deemed')}` : ''}`}</SummaryRow>
        )}
        {c.dueDates ? (
          <>
            <SummaryRow
              label={t('intake.case.promisedDue')}
              testId="case-promised-due"
            >{`${date(c.dueDates.promised)}${c.dueDates.provisional ? ` ${t('intake.due.provisionalShort')}` : ''}`}</SummaryRow>
            <SummaryRow label={t('intake.case.legalDue')}>{date(c.dueDates.legal)}</SummaryRow>
          </>
        ) : (
          item &&
          item.caseType === 'promised' && (
            <SummaryRow label={t('intake.case.promisedLimit')}>{t('intake.case.promisedLimitValue', { days: item.promisedLimitDays })}</SummaryRow>
          )
        )}
      </dl>
      {c.dueDates?.provisional && <p class="muted">{t('intake.due.provisional')}</p>}
    </>
  );
}
