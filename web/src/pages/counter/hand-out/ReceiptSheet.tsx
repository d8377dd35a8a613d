import type { ComponentChildren } from 'preact';
import { maskIdNumber } from '../../../../../functions/core/privacy/mask.js';
import type { CaseDetail } from '../../../api/counter.js';
import { pickText } from '../../../api/localized.js';
import { placeName } from '../../../api/places.js';
import type { Lang } from '../../../i18n/lang.js';
import type { DocTranslate } from '../../notices/NoticePage.js';
import { formatDay } from '../dates.js';

function Fact(props: { label: string; children: ComponentChildren; testId?: string }) {
  return (
    <div class="notice-facts__row" data-testid={props.testId}>
      <dt>{props.label}</dt>
      <dd>{props.children}</dd>
    </div>
  );
}

/**
 * 送达回证 on one A4 sheet, in `lang`: what was delivered (the decision, its number and
 * verification code), to whom and how, when, by which clerk, and the lines the recipient and the
 * clerk sign. The applicant is named; their ID number is masked.
 */
export function ReceiptSheet(props: { detail: CaseDetail; lang: Lang; td: DocTranslate }) {
  const { detail, lang, td } = props;
  const c = detail.case;
  const d = c.delivery!;
  const day = (date: string | undefined) => formatDay(date, lang, { weekday: false });
  const issuer = td('notice.issuer', { township: placeName(c.townshipId, lang) });
  const item = pickText(detail.itemName, lang) || c.itemCode;
  const atWindow = d.method === 'window';
  return (
    <article class="notice-sheet receipt-sheet" lang={lang} data-testid="receipt-sheet" data-method={d.method}>
      <header class="notice-sheet__head">
        <p class="notice-sheet__issuer">{issuer}</p>
        <h2 class="notice-sheet__title">{td('handout.receipt.title')}</h2>
        <p class="notice-sheet__number">{td('notice.number', { number: c.caseNumber })}</p>
      </header>

      <dl class="notice-facts">
        <Fact label={td('handout.receipt.caseNumber')}>{c.caseNumber}</Fact>
        <Fact label={td('handout.receipt.item')}>{item}</Fact>
        <Fact label={td('handout.receipt.applicant')} testId="receipt-applicant">
          {c.applicant.name}
        </Fact>
        {c.applicant.idNumber && (
          <Fact label={td('handout.receipt.idNumber')} testId="receipt-id">
            {maskIdNumber(c.applicant.idNumber)}
          </Fact>
        )}
        {c.decision && (
          <>
            <Fact label={td('handout.receipt.document')}>
              {td('handout.receipt.documentValue', { item, outcome: td(`handout.outcome.${c.decision.outcome}`) })}
            </Fact>
            <Fact label={td('handout.receipt.decision')} testId="receipt-decision">
              {c.decision.documentNumber}
            </Fact>
            <Fact label={td('handout.receipt.verifyCode')}>{c.decision.verifyCode}</Fact>
          </>
        )}
        <Fact label={td('handout.receipt.method')} testId="receipt-method">
          {td(`result.method.${d.method}`)}
        </Fact>
        {atWindow && d.recipient && (
          <>
            <Fact label={td('handout.receipt.recipient')} testId="receipt-recipient">
              {td('handout.receipt.recipientValue', { name: d.recipient.name, kind: td(`handout.recipient.${d.recipient.kind}`) })}
            </Fact>
            <Fact label={td('handout.receipt.idChecked')}>{td(d.recipient.idChecked ? 'handout.receipt.idChecked.yes' : 'handout.receipt.idChecked.no')}</Fact>
          </>
        )}
        {d.method === 'post' && (
          <Fact label={td('handout.receipt.carrier')} testId="receipt-post">
            {td('handout.receipt.postValue', { carrier: d.carrier ?? '', number: d.trackingNumber ?? '' })}
          </Fact>
        )}
        <Fact label={td('handout.receipt.date')} testId="receipt-date">
          {day(d.on)}
        </Fact>
        <Fact label={td('handout.receipt.clerk')}>{d.by.name}</Fact>
      </dl>

      <p class="notice-sheet__para">{td(atWindow ? 'handout.receipt.statement' : 'handout.receipt.statement.post')}</p>

      <div class="receipt-sign">
        {atWindow && (
          <>
            <p class="receipt-sign__line" data-testid="receipt-signature">
              {td('handout.receipt.signature')}
              <span class="receipt-sign__blank" aria-hidden="true" />
            </p>
            <p class="receipt-sign__line">
              {td('handout.receipt.signatureDate')}
              <span class="receipt-sign__blank receipt-sign__blank--short" aria-hidden="true" />
            </p>
          </>
        )}
        <p class="receipt-sign__line">
          {td('handout.receipt.clerkSign')}
          <span class="receipt-sign__blank" aria-hidden="true" />
        </p>
      </div>

      <footer class="notice-sign">
        <div class="notice-sheet__small receipt-sheet__hints">
          <p>{td('handout.receipt.verifyHint')}</p>
          <p>{td('handout.receipt.rateHint')}</p>
        </div>
        <div class="notice-sign__seal">
          <p>{issuer}</p>
          <p class="notice-sign__stamp">{td('notice.seal')}</p>
          <p>{day(d.on)}</p>
        </div>
      </footer>
    </article>
  );
}
