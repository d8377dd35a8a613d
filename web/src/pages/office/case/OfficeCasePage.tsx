import { useEffect, useRef, useState } from 'preact/hooks';
import { ApiError } from '../../../api/api-error.js';
import { pickText } from '../../../api/localized.js';
import type { OfficeAction } from '../../../api/office.js';
import { useAsync } from '../../../api/use-async.js';
import { AsyncState } from '../../../components/AsyncState/AsyncState.js';
import { BackLink } from '../../../components/BackLink/BackLink.js';
import { Button } from '../../../components/Button/Button.js';
import { ErrorSummary, type SummaryError } from '../../../components/ErrorSummary/ErrorSummary.js';
import { Notice } from '../../../components/Notice/Notice.js';
import { Page, PageTitle } from '../../../components/Page/Page.js';
import { Tag } from '../../../components/Tag/Tag.js';
import { WorkspaceNav } from '../../../components/WorkspaceShell/WorkspaceShell.js';
import { useI18n } from '../../../i18n/i18n.js';
import { api } from '../../../services.js';
import '../../counter/counter.css';
import { NotFoundPage } from '../../errors/NotFoundPage.js';
import { CaseHistory } from '../../counter/review/CaseHistory.js';
import { AnswerFacts, ApplicantFacts, CaseInfoFacts, Section, SituationFacts } from '../../counter/review/CaseFacts.js';
import { materialStatuses } from '../../counter/review/materials.js';
import { MaterialsTable } from '../../counter/review/MaterialsTable.js';
import '../office.css';
import { CardTag } from '../queue/CardTag.js';
import { ActionPanel } from './ActionPanel.js';
import { ClockPanel } from './ClockPanel.js';
import { DocumentLinks } from './DocumentLinks.js';
import { loadOfficeCase } from './load-office-case.js';
import { RatingsRecord } from './RatingsRecord.js';
import { ReviewRecord } from './ReviewRecord.js';
import { useSession } from '../../../session/use-session.js';
import { officeNav } from '../office-nav.js';
import type { MessageKey } from '../../../i18n/messages/index.js';
import { CaseSupervisionSection } from '../../supervision/CaseSupervisionSection.js';

/** The document to print right after a step that issues one. */
const PRINT_AFTER: Partial<
  Record<OfficeAction, { kind: string; key: 'office.done.printSuspension' | 'office.done.printExtension' | 'office.done.printDecision' }>
> = {
  suspend: { kind: 'suspension', key: 'office.done.printSuspension' },
  approve_extension: { kind: 'extension', key: 'office.done.printExtension' },
  decide: { kind: 'decision', key: 'office.done.printDecision' },
  decide_forwarded: { kind: 'decision', key: 'office.done.printDecision' },
};

const printHref = (caseId: string, kind: string) =>
  kind === 'decision' ? `/cases/${encodeURIComponent(caseId)}/decision/print` : `/notices/${encodeURIComponent(caseId)}/${kind}`;

/**
 * One case for the back office: the clock first (what the reviewer must mind), the review so
 * far and the steps the API allows, then the whole record — applicant, answers, materials,
 * documents and every recorded step.
 */
export function OfficeCasePage(props: { caseId: string }) {
  const { t, lang } = useI18n();
  const { caseId } = props;
  const { session } = useSession();
  const loaded = useAsync((signal) => loadOfficeCase(api, caseId, signal), [caseId, lang]);
  const [errors, setErrors] = useState<SummaryError[]>([]);
  const [attempt, setAttempt] = useState(0);
  const [conflict, setConflict] = useState(false);
  const [done, setDone] = useState<OfficeAction | undefined>();
  const [supervisionDone, setSupervisionDone] = useState<MessageKey | undefined>();
  const doneRef = useRef<HTMLDivElement>(null);

  // After a step the case reloads; focus lands on the outcome once the new copy is shown.
  useEffect(() => {
    if ((done || supervisionDone) && loaded.status === 'ready') doneRef.current?.focus();
  }, [done, supervisionDone, loaded.status]);

  const report = (list: SummaryError[]) => {
    setErrors(list);
    setAttempt((n) => n + 1);
  };
  const reload = () => {
    setConflict(false);
    setErrors([]);
    loaded.reload();
  };

  if (loaded.status === 'error' && loaded.error instanceof ApiError && loaded.error.status === 404) return <NotFoundPage />;
  const data = loaded.status === 'ready' ? loaded.data : undefined;
  const title = data
    ? pickText(data.detail.itemName ?? data.detail.case.itemName ?? data.item.name, lang) || data.detail.case.itemCode
    : t('office.case.title');
  const print = done ? PRINT_AFTER[done] : undefined;

  return (
    <>
      <WorkspaceNav workspace="office" nav={officeNav(t, session?.user.role)} current={`/office/cases/${caseId}`} />
      <Page>
        <div class="counter-page office-page">
          <BackLink href="/office">{t('office.case.back')}</BackLink>
          <ErrorSummary errors={errors} attempt={attempt} />
          {conflict && (
            <Notice tone="error" title={t('office.conflict.title')}>
              <p>{t('office.conflict.body')}</p>
              <Button variant="secondary" onClick={reload}>
                {t('office.conflict.reload')}
              </Button>
            </Notice>
          )}
          <PageTitle hasErrors={errors.length > 0} {...(data ? { caption: data.detail.case.caseNumber } : {})}>
            {title}
          </PageTitle>
          {done && (
            <div ref={doneRef} tabIndex={-1} data-testid="action-done" data-action={done}>
              <Notice tone="success" title={t('office.done.title', { action: t(`office.action.${done}`) })}>
                <p class="notice-links">
                  {print && (
                    <a class="button button--primary" href={printHref(caseId, print.kind)} data-testid="print-after">
                      {t(print.key)}
                    </a>
                  )}
                  <a class="button button--secondary" href="/office">
                    {t('office.done.backToQueue')}
                  </a>
                </p>
              </Notice>
            </div>
          )}
          {supervisionDone && !done && (
            <div ref={doneRef} tabIndex={-1} data-testid="order-done">
              <Notice tone="success" title={t(supervisionDone)} />
            </div>
          )}
          <AsyncState state={loaded} loadingText={t('office.case.loading')} errorTitle={t('office.case.errorTitle')}>
            {({ detail, item, checklist, offices, today }) => {
              const c = detail.case;
              const officeName = (id: string) => pickText(offices.find((o) => o.id === id)?.name, lang) || id;
              const ctx = { c, item, today, officeName, ...(detail.clock ? { clock: detail.clock } : {}) };
              return (
                <div data-testid="office-case" data-state={c.state} data-version={c.version}>
                  <p class="case-status" data-testid="case-status" aria-label={t('office.case.status')}>
                    <Tag tone="info" testId="case-state">
                      {t(`counter.state.${c.state}`)}
                    </Tag>
                    {detail.clock && <CardTag card={detail.clock.card} />}
                    <span>{t(`counter.channel.${c.channel}`)}</span>
                  </p>
                  {detail.clock && <ClockPanel clock={detail.clock} c={c} />}
                  <ReviewRecord c={c} officeName={officeName} />
                  <RatingsRecord c={c} />
                  {/* Only a case the county supervises loads its orders: the case record lists them. */}
                  {(c.supervisionOrders ?? []).length > 0 && (
                    <CaseSupervisionSection
                      caseId={c.caseId}
                      version={c.version}
                      officeName={officeName}
                      onDone={(message) => {
                        setDone(undefined);
                        setSupervisionDone(message);
                        reload();
                      }}
                      onErrors={report}
                      onConflict={() => {
                        setConflict(true);
                        report([{ message: t('office.conflict.summary') }]);
                      }}
                    />
                  )}
                  <ActionPanel
                    allowed={detail.allowedActions}
                    ctx={ctx}
                    onDone={(action) => {
                      setSupervisionDone(undefined);
                      setDone(action);
                      reload();
                    }}
                    onErrors={report}
                    onConflict={() => {
                      setConflict(true);
                      report([{ message: t('office.conflict.summary') }]);
                    }}
                  />
                  <div class="case-grid">
                    <ApplicantFacts applicant={c.applicant} />
                    <CaseInfoFacts c={c} item={item} today={today} />
                    <AnswerFacts c={c} item={item} />
                    <SituationFacts c={c} item={item} checklist={checklist} />
                  </div>
                  <Section id="materials" title={t('counter.review.materials')}>
                    <MaterialsTable
                      caseId={c.caseId}
                      statuses={materialStatuses(c, checklist.materials)}
                      canCheckOriginals={false}
                      onCheckOriginal={() => undefined}
                    />
                  </Section>
                  <DocumentLinks c={c} events={detail.events} />
                  <Section id="history" title={t('office.history.title')}>
                    <CaseHistory events={detail.events} materials={checklist.materials} />
                  </Section>
                </div>
              );
            }}
          </AsyncState>
        </div>
      </Page>
    </>
  );
}
