import type { ComponentChildren } from 'preact';
import { pickText } from '../../api/localized.js';
import { safeQrSvg, type NoticeContent } from '../../api/notices.js';
import type { Lang } from '../../i18n/lang.js';
import { formatDay } from '../counter/dates.js';
import { chinaDateOf } from '../../i18n/dates.js';
import type { LoadedNotice } from './load-notice.js';
import type { DocTranslate } from './NoticePage.js';

const TITLES = {
  acceptance: 'notice.acceptance.title',
  correction: 'notice.correction.title',
  'not-accepted': 'notice.notAccepted.title',
  suspension: 'notice.suspension.title',
  extension: 'notice.extension.title',
} as const;
const BODIES = {
  acceptance: 'notice.acceptance.body',
  correction: 'notice.correction.body',
  'not-accepted': 'notice.notAccepted.body',
  suspension: 'notice.suspension.body',
  extension: 'notice.extension.body',
} as const;
const PROCEDURES = ['hearing', 'auction', 'inspection', 'expert_review', 'public_notice', 'site_survey', 'other'] as const;

function Fact(props: { label: string; children: ComponentChildren; testId?: string }) {
  return (
    <div class="notice-facts__row" data-testid={props.testId}>
      <dt>{props.label}</dt>
      <dd>{props.children}</dd>
    </div>
  );
}

/** The A4 sheet itself, in `lang`: issuer, title and number, the content of its kind, tracking, signature and seal. */
export function NoticeSheet(props: LoadedNotice & { lang: Lang; td: DocTranslate }) {
  const { notice: n, lang, td } = props;
  const day = (date: string | undefined) => formatDay(date, lang, { weekday: false });
  const issuer = td('notice.issuer', { township: pickText(n.township, lang) });
  const item = pickText(n.item.name, lang);
  const qr = safeQrSvg(n.qrSvg);
  return (
    <article class="notice-sheet" lang={lang} data-testid="notice-sheet" data-kind={n.kind}>
      <header class="notice-sheet__head">
        <p class="notice-sheet__issuer">{issuer}</p>
        <h2 class="notice-sheet__title">{td(TITLES[n.kind])}</h2>
        <p class="notice-sheet__number" data-testid="notice-number">
          {td('notice.number', { number: n.noticeNumber })}
          {n.kind === 'correction' && n.round && n.round > 1 ? ` · ${td('notice.correction.round', { round: n.round })}` : ''}
        </p>
      </header>

      <p class="notice-sheet__to">{td('notice.to', { name: n.applicantName })}</p>
      <p class="notice-sheet__para">{td(BODIES[n.kind], { receivedOn: day(n.receivedOn), item, caseNumber: n.caseNumber })}</p>

      <dl class="notice-facts">
        <Fact label={td('notice.fact.caseNumber')}>{n.caseNumber}</Fact>
        <Fact label={td('notice.fact.item')}>{td('notice.fact.itemValue', { item, code: n.item.code })}</Fact>
        <Fact label={td('notice.fact.applicant')}>{n.applicantName}</Fact>
        <Fact label={td('notice.fact.receivedOn')}>{day(n.receivedOn)}</Fact>
        {n.kind === 'acceptance' && <AcceptanceFacts n={n} td={td} day={day} />}
        {n.kind === 'suspension' && <SuspensionFacts n={n} td={td} day={day} />}
        {n.kind === 'extension' && <ExtensionFacts n={n} td={td} day={day} />}
      </dl>

      {n.kind === 'acceptance' && <AcceptanceBody n={n} td={td} day={day} lang={lang} />}
      {n.kind === 'correction' && <CorrectionBody {...props} />}
      {n.kind === 'not-accepted' && <NotAcceptedBody n={n} td={td} />}
      {n.kind === 'suspension' && <p class="notice-sheet__para">{td('notice.suspension.after')}</p>}

      <section class="notice-track" aria-label={td('notice.track.title')}>
        <div class="notice-track__text">
          <h3>{td('notice.track.title')}</h3>
          <p>
            {td('notice.track.code')}
            <strong class="notice-track__code" data-testid="query-code">
              {n.queryCode}
            </strong>
          </p>
          <p>{td('notice.track.how')}</p>
          <p class="notice-track__url">{n.trackUrl}</p>
        </div>
        {qr && (
          <div
            class="notice-track__qr"
            role="img"
            aria-label={td('notice.track.qrLabel', { code: n.queryCode })}
            data-testid="notice-qr"
            // Our own server's SVG, checked by safeQrSvg: no script, handlers or links.
            dangerouslySetInnerHTML={{ __html: qr }}
          />
        )}
      </section>

      <footer class="notice-sign">
        <p class="notice-sign__by">{td('notice.issuedBy', { name: n.issuedBy })}</p>
        <div class="notice-sign__seal">
          <p>{issuer}</p>
          <p class="notice-sign__stamp">{td('notice.seal')}</p>
          <p>{day(chinaDateOf(n.issuedAt))}</p>
        </div>
      </footer>
    </article>
  );
}

type Part = { n: NoticeContent; td: DocTranslate; day: (d: string | undefined) => string };

function AcceptanceFacts({ n, td, day }: Part) {
  return (
    <>
      <Fact label={td('notice.fact.acceptedOn')}>{day(n.acceptedOn)}</Fact>
      {n.dueDates && (
        <>
          <Fact label={td('notice.fact.promised')} testId="notice-promised">
            {n.item.promisedLimitDays === 0
              ? td('notice.acceptance.onTheSpot', { date: day(n.dueDates.promised) })
              : td('notice.acceptance.promised', { days: n.item.promisedLimitDays, date: day(n.dueDates.promised) })}
          </Fact>
          <Fact label={td('notice.fact.legal')} testId="notice-legal">
            {td('notice.acceptance.legal', { days: n.item.legalLimitDays, date: day(n.dueDates.legal) })}
          </Fact>
        </>
      )}
    </>
  );
}

function AcceptanceBody({ n, td, day, lang }: Part & { lang: Lang }) {
  return (
    <>
      {n.deemedAcceptedOnReceipt && <p class="notice-sheet__para">{td('notice.acceptance.deemed')}</p>}
      {n.dueDates?.provisional && <p class="notice-sheet__para notice-sheet__small">{td('notice.acceptance.provisional')}</p>}
      {n.deferred && n.deferred.length > 0 && (
        <section class="notice-block" data-testid="notice-deferred">
          <h3>{td('notice.acceptance.deferredTitle')}</h3>
          <p>{td('notice.acceptance.deferredIntro')}</p>
          <ol>
            {n.deferred.map((d) => (
              <li key={d.materialId}>{td('notice.acceptance.deferredItem', { name: pickText(d.name, lang) || d.materialId, date: day(d.dueOn) })}</li>
            ))}
          </ol>
        </section>
      )}
      <p class="notice-sheet__para">{td('notice.acceptance.after')}</p>
    </>
  );
}

function CorrectionBody(props: LoadedNotice & { lang: Lang; td: DocTranslate }) {
  const { notice: n, lang, td, fieldLabels } = props;
  return (
    <section class="notice-block" data-testid="notice-correction-items">
      <h3>{td('notice.correction.itemsTitle')}</h3>
      <ol>
        {(n.items ?? []).map((entry, i) => {
          const subject = entry.materialName ? pickText(entry.materialName, lang) : entry.fieldId ? pickText(fieldLabels[entry.fieldId], lang) : '';
          return <li key={i}>{subject ? td('notice.correction.item', { subject, problem: entry.problem }) : entry.problem}</li>;
        })}
      </ol>
      <p>{td('notice.correction.after')}</p>
      <p>{td('notice.correction.clock')}</p>
    </section>
  );
}

function NotAcceptedBody({ n, td }: Omit<Part, 'day'>) {
  return (
    <>
      <section class="notice-block">
        <h3>{td('notice.notAccepted.reasons')}</h3>
        <ol>
          {(n.reasons ?? []).map((r, i) => (
            <li key={i}>{r}</li>
          ))}
        </ol>
      </section>
      <section class="notice-block">
        <h3>{td('notice.notAccepted.basis')}</h3>
        <ul>
          {(n.legalBasis ?? []).map((b, i) => (
            <li key={i}>{b}</li>
          ))}
        </ul>
      </section>
      <section class="notice-block">
        <h3>{td('notice.notAccepted.remedies')}</h3>
        <p>{n.remedies}</p>
      </section>
    </>
  );
}

function SuspensionFacts({ n, td, day }: Part) {
  if (!n.procedure) return null;
  const procedure = (PROCEDURES as readonly string[]).includes(n.procedure)
    ? td(`office.procedure.${n.procedure as (typeof PROCEDURES)[number]}`)
    : n.procedure;
  return (
    <>
      <Fact label={td('notice.fact.procedure')} testId="notice-procedure">
        {procedure}
      </Fact>
      {n.reason && <Fact label={td('notice.fact.reason')}>{n.reason}</Fact>}
      <Fact label={td('notice.fact.start')} testId="notice-start">
        {day(n.start)}
      </Fact>
      <Fact label={td('notice.fact.expectedEnd')} testId="notice-expected-end">
        {day(n.expectedEnd)}
      </Fact>
    </>
  );
}

function ExtensionFacts({ n, td, day }: Part) {
  if (n.workingDays === undefined) return null;
  return (
    <>
      <Fact label={td('notice.fact.extensionDays')} testId="notice-extension-days">
        {td('notice.fact.extensionDaysValue', { days: n.workingDays })}
      </Fact>
      {n.reason && <Fact label={td('notice.fact.reason')}>{n.reason}</Fact>}
      {n.dueDates && (
        <>
          <Fact label={td('notice.fact.promised')} testId="notice-promised">
            {day(n.dueDates.promised)}
            {n.previousDueDates && ` ${td('notice.extension.was', { date: day(n.previousDueDates.promised) })}`}
          </Fact>
          <Fact label={td('notice.fact.legal')} testId="notice-legal">
            {day(n.dueDates.legal)}
            {n.previousDueDates && ` ${td('notice.extension.was', { date: day(n.previousDueDates.legal) })}`}
          </Fact>
        </>
      )}
    </>
  );
}
