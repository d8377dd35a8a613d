import type { OfficeCase } from '../../../api/office.js';
import { useI18n } from '../../../i18n/i18n.js';
import { formatMoment } from '../../counter/dates.js';
import { Row, Section } from '../../counter/review/CaseFacts.js';

function Lines(props: { lines: string[] }) {
  if (props.lines.length === 1) return <>{props.lines[0]}</>;
  return (
    <ol class="compact-list">
      {props.lines.map((line, i) => (
        <li key={i}>{line}</li>
      ))}
    </ol>
  );
}

/** What the back office has recorded on the case: reviewer, opinion, proposal, requests, forwarding, decision. */
export function ReviewRecord(props: { c: OfficeCase; officeName(id: string): string }) {
  const { t, lang } = useI18n();
  const { c } = props;
  const at = (iso: string) => formatMoment(iso, lang);
  const review = c.review;
  return (
    <Section id="review" title={t('office.record.title')}>
      <dl class="dense-list" data-testid="review-record">
        <Row label={t('office.record.handlingOffice')}>{props.officeName(c.handlingOfficeId)}</Row>
        <Row label={t('office.record.reviewer')} testId="record-reviewer">
          {review?.reviewer ? t('office.record.reviewerValue', { name: review.reviewer.name, at: at(review.reviewer.takenAt) }) : t('office.record.notTaken')}
        </Row>
        {review?.opinion && (
          <Row label={t('office.record.opinion')} testId="record-opinion">
            {review.opinion}
          </Row>
        )}
        {review?.proposal && (
          <>
            <Row label={t('office.record.proposal')} testId="record-proposal">
              {t('office.record.proposalValue', {
                outcome: t(`office.outcome.${review.proposal.outcome}`),
                name: review.proposal.by.name,
                at: at(review.proposal.at),
              })}
            </Row>
            {review.proposal.reasons.length > 0 && (
              <Row label={t('office.record.reasons')}>
                <Lines lines={review.proposal.reasons} />
              </Row>
            )}
            {review.proposal.legalBasis.length > 0 && (
              <Row label={t('office.record.legalBasis')}>
                <Lines lines={review.proposal.legalBasis} />
              </Row>
            )}
          </>
        )}
        {c.infoRequests && c.infoRequests.length > 0 && (
          <Row label={t('office.record.infoRequests')}>
            <Lines lines={c.infoRequests.map((r) => t('office.record.infoRequestValue', { at: at(r.at), name: r.by.name, text: r.text }))} />
          </Row>
        )}
        {c.forwarding && (
          <Row label={t('office.record.forwarding')}>
            {t('office.record.forwardingValue', { at: at(c.forwarding.forwardedAt), department: props.officeName(c.forwarding.departmentId) })}
            {c.forwarding.note && <span class="queue-table__sub">{c.forwarding.note}</span>}
          </Row>
        )}
        {c.decision && (
          <Row label={t('office.record.decision')} testId="record-decision">
            {t('office.record.decisionValue', {
              outcome: t(`office.outcome.${c.decision.outcome}`),
              number: c.decision.documentNumber,
              name: c.decision.by.name,
              at: at(c.decision.decidedAt),
            })}
            {c.decision.revoked && (
              <span class="queue-table__sub">{t('office.record.revoked', { at: at(c.decision.revoked.at), reason: c.decision.revoked.reason })}</span>
            )}
          </Row>
        )}
        {c.termination && (
          <Row label={t('office.record.termination')}>
            {t('office.record.terminationValue', { at: at(c.termination.at), name: c.termination.by.name, reason: c.termination.reason })}
          </Row>
        )}
      </dl>
    </Section>
  );
}
