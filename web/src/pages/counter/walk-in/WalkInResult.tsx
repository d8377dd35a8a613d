import type { Case } from '../../../api/intake.js';
import { pickText } from '../../../api/localized.js';
import { Button } from '../../../components/Button/Button.js';
import { Notice } from '../../../components/Notice/Notice.js';
import { useI18n } from '../../../i18n/i18n.js';
import { formatDay } from '../dates.js';
import { Row } from '../review/CaseFacts.js';
import type { BilingualText } from '../../../../../functions/core/catalogue/bilingual.js';

/** The end of a walk-in: the numbers the applicant needs, the notice to print, and the next applicant. */
export function WalkInResult(props: { created: Case; itemName: BilingualText; onNext(): void }) {
  const { t, lang } = useI18n();
  const c = props.created;
  const accepted = c.state === 'under_review' && Boolean(c.acceptedOn);
  return (
    <div data-testid="walk-in-result" data-case-id={c.caseId}>
      <Notice tone="success" title={t(accepted ? 'counter.walkIn.done.accepted' : 'counter.walkIn.done.submitted')} announce={false}>
        <p>{t(accepted ? 'counter.walkIn.done.acceptedBody' : 'counter.walkIn.done.submittedBody')}</p>
      </Notice>
      <dl class="dense-list walk-in-result__facts">
        <Row label={t('counter.col.caseNumber')} testId="result-case-number">
          <strong>{c.caseNumber}</strong>
        </Row>
        <Row label={t('counter.review.queryCode')} testId="result-query-code">
          <strong class="walk-in-result__code">{c.queryCode}</strong>
        </Row>
        <Row label={t('counter.col.item')}>{pickText(props.itemName, lang)}</Row>
        <Row label={t('counter.col.applicant')}>{c.applicant.name}</Row>
        {accepted && c.dueDates ? (
          <>
            <Row label={t('counter.review.acceptedOn')}>{formatDay(c.acceptedOn, lang)}</Row>
            <Row label={t('counter.walkIn.done.promised')} testId="result-due">
              {formatDay(c.dueDates.promised, lang)}
            </Row>
            <Row label={t('counter.walkIn.done.legal')} testId="result-legal">
              {formatDay(c.dueDates.legal, lang)}
              {/* The API's clock says whether a count ran into a year with no published calendar; the
                  legal date is the later one, so it is provisional whenever either is. */}
              {c.dueDates.provisional && (
                <span class="muted" data-testid="result-provisional">
                  {' '}
                  {t('intake.due.provisionalShort')}
                </span>
              )}
            </Row>
          </>
        ) : (
          <Row label={t('counter.col.answerDue')} testId="result-due">
            {formatDay(c.answerDueOn, lang)}
          </Row>
        )}
      </dl>
      {accepted && c.dueDates?.provisional && (
        <p class="muted" data-testid="result-provisional-note">
          {t('intake.due.provisional')}
        </p>
      )}
      <p class="notice-links">
        {accepted && (
          <a class="button button--primary" href={`/notices/${encodeURIComponent(c.caseId)}/acceptance`} data-testid="print-acceptance">
            {t('counter.done.print.accepted')}
          </a>
        )}
        <a class="button button--secondary" href={`/counter/cases/${encodeURIComponent(c.caseId)}`}>
          {t('counter.walkIn.done.open')}
        </a>
        <Button variant={accepted ? 'secondary' : 'primary'} onClick={props.onNext}>
          {t('counter.walkIn.next')}
        </Button>
      </p>
    </div>
  );
}
