import { useEffect, useRef, useState } from 'preact/hooks';
import { ApiError } from '../../../api/api-error.js';
import { listOffices } from '../../../api/catalogue-item.js';
import { pickText } from '../../../api/localized.js';
import { getOfficeCase } from '../../../api/office.js';
import { placeName, usePlaceNames } from '../../../api/places.js';
import { useAsync } from '../../../api/use-async.js';
import { AsyncState } from '../../../components/AsyncState/AsyncState.js';
import { Button } from '../../../components/Button/Button.js';
import type { SummaryError } from '../../../components/ErrorSummary/ErrorSummary.js';
import { Notice } from '../../../components/Notice/Notice.js';
import { Tag } from '../../../components/Tag/Tag.js';
import { useI18n } from '../../../i18n/i18n.js';
import type { MessageKey } from '../../../i18n/messages/index.js';
import { api } from '../../../services.js';
import '../../counter/counter.css';
import { formatMoment } from '../../counter/dates.js';
import { CaseHistory } from '../../counter/review/CaseHistory.js';
import { ApplicantFacts, Row, Section } from '../../counter/review/CaseFacts.js';
import { NotFoundPage } from '../../errors/NotFoundPage.js';
import { ClockPanel } from '../../office/case/ClockPanel.js';
import '../../office/office.css';
import { CardTag } from '../../office/queue/CardTag.js';
import { CaseSupervisionSection } from '../../supervision/CaseSupervisionSection.js';
import { CountyFrame } from '../CountyFrame.js';
import { COUNTY_SUPERVISION_PATH, countyCasePath } from '../county-pages.js';

/**
 * A case as the county supervises it: read-only — its clock and card, a summary with the applicant
 * masked by the API, every recorded step — and its supervision orders with the steps the API
 * allows the supervisor (issue, close, escalate). The dashboard's drill-down opens this page.
 */
export function CountyCasePage(props: { caseId: string }) {
  const { t, lang } = useI18n();
  const { caseId } = props;
  usePlaceNames(api, true);
  const loaded = useAsync((signal) => getOfficeCase(api, caseId, signal), [caseId, lang]);
  const offices = useAsync((signal) => listOffices(api, signal).catch(() => []), []);
  const [errors, setErrors] = useState<SummaryError[]>([]);
  const [attempt, setAttempt] = useState(0);
  const [conflict, setConflict] = useState(false);
  const [done, setDone] = useState<MessageKey | undefined>();
  const doneRef = useRef<HTMLDivElement>(null);
  useEffect(() => {
    if (done && loaded.status === 'ready') doneRef.current?.focus();
  }, [done, loaded.status]);

  if (loaded.status === 'error' && loaded.error instanceof ApiError && loaded.error.status === 404) return <NotFoundPage />;
  const report = (list: SummaryError[]) => {
    setErrors(list);
    setAttempt((n) => n + 1);
  };
  const reload = () => {
    setConflict(false);
    setErrors([]);
    loaded.reload();
  };
  const officeName = (id: string) => pickText((offices.status === 'ready' ? offices.data : []).find((o) => o.id === id)?.name, lang) || id;
  const detail = loaded.status === 'ready' ? loaded.data : undefined;
  const title = detail ? pickText(detail.itemName ?? detail.case.itemName, lang) || detail.case.itemCode : t('supervision.case.title');

  return (
    <CountyFrame
      current={countyCasePath(caseId)}
      title={title}
      {...(detail ? { caption: detail.case.caseNumber } : {})}
      back={{ href: COUNTY_SUPERVISION_PATH, label: t('supervision.case.back') }}
      errors={errors}
      attempt={attempt}
      testId="county-case-page"
    >
      {conflict && (
        <Notice tone="error" title={t('office.conflict.title')}>
          <p>{t('office.conflict.body')}</p>
          <Button variant="secondary" onClick={reload}>
            {t('office.conflict.reload')}
          </Button>
        </Notice>
      )}
      {done && (
        <div ref={doneRef} tabIndex={-1} data-testid="order-done">
          <Notice tone="success" title={t(done)} />
        </div>
      )}
      <AsyncState state={loaded} loadingText={t('supervision.case.loading')} errorTitle={t('supervision.case.errorTitle')}>
        {({ case: c, clock, events }) => (
          <div class="counter-page office-page" data-testid="county-case" data-state={c.state} data-version={c.version}>
            <p class="case-status" aria-label={t('office.case.status')}>
              <Tag tone="info" testId="case-state">
                {t(`counter.state.${c.state}`)}
              </Tag>
              {clock && <CardTag card={clock.card} />}
              <span>{t(`counter.channel.${c.channel}`)}</span>
            </p>
            {clock && <ClockPanel clock={clock} c={c} />}
            <CaseSupervisionSection
              caseId={c.caseId}
              version={c.version}
              officeName={officeName}
              onDone={(message) => {
                setDone(message);
                report([]);
                reload();
              }}
              onErrors={report}
              onConflict={() => {
                setConflict(true);
                report([{ message: t('office.conflict.summary') }]);
              }}
            />
            <div class="case-grid">
              <Section id="summary" title={t('supervision.case.summary')}>
                <dl class="dense-list" data-testid="county-case-summary">
                  <Row label={t('counter.col.caseNumber')}>{c.caseNumber}</Row>
                  <Row label={t('supervision.case.township')}>{placeName(c.townshipId, lang)}</Row>
                  <Row label={t('supervision.case.office')}>{officeName(c.handlingOfficeId)}</Row>
                  <Row label={t('supervision.case.received')}>{formatMoment(c.receivedAt, lang)}</Row>
                </dl>
              </Section>
              <div>
                <ApplicantFacts applicant={c.applicant} />
                <p class="muted">{t('supervision.case.masked')}</p>
              </div>
            </div>
            <Section id="history" title={t('office.history.title')}>
              <CaseHistory events={events} materials={[]} />
            </Section>
          </div>
        )}
      </AsyncState>
    </CountyFrame>
  );
}
