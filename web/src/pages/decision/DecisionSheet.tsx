import type { ComponentChildren } from 'preact';
import { pickText } from '../../api/localized.js';
import type { DecisionDocument } from '../../api/decisions.js';
import { safeQrSvg } from '../../api/notices.js';
import { SealImage } from '../../components/SealImage/SealImage.js';
import type { Lang } from '../../i18n/lang.js';
import { formatDay } from '../counter/dates.js';
import type { DocTranslate } from '../notices/NoticePage.js';
import './decision.css';

function Fact(props: { label: string; children: ComponentChildren; testId?: string }) {
  return (
    <div class="notice-facts__row" data-testid={props.testId}>
      <dt>{props.label}</dt>
      <dd>{props.children}</dd>
    </div>
  );
}

/**
 * The decision (决定书) on one A4 sheet, rendered only from the signed document: the issuer's
 * name as heading, number, applicant (masked, as signed), item, outcome, grounds, legal basis,
 * remedies for a refusal, approver and date, the seal picture, and the QR code to its
 * verification page.
 */
export function DecisionSheet(props: { document: DecisionDocument; verifyUrl: string; qrSvg: string; lang: Lang; td: DocTranslate }) {
  const { document: d, lang, td } = props;
  const issuer = pickText(d.issuer.name, lang);
  const item = pickText(d.item.name, lang);
  const qr = safeQrSvg(props.qrSvg);
  const refused = d.outcome === 'refuse';
  return (
    <article class="notice-sheet decision-sheet" lang={lang} data-testid="decision-sheet" data-outcome={d.outcome}>
      <header class="notice-sheet__head">
        <p class="notice-sheet__issuer decision-sheet__issuer" data-testid="decision-issuer">
          {issuer}
        </p>
        <h2 class="notice-sheet__title">{td(refused ? 'decision.title.refuse' : 'decision.title.grant')}</h2>
        <p class="notice-sheet__number" data-testid="decision-number">
          {td('decision.number', { number: d.documentNumber })}
        </p>
      </header>

      <p class="notice-sheet__to">{td('decision.to', { name: d.applicant.name })}</p>
      <p class="notice-sheet__para">{td('decision.body', { item, caseNumber: d.caseNumber })}</p>
      <p class="notice-sheet__para decision-sheet__outcome" data-testid="decision-outcome">
        {td(refused ? 'decision.outcomeLine.refuse' : 'decision.outcomeLine.grant', { item })}
      </p>

      <dl class="notice-facts">
        <Fact label={td('decision.fact.applicant')}>{d.applicant.name}</Fact>
        {d.applicant.idNumber && <Fact label={td('decision.fact.idNumber')}>{d.applicant.idNumber}</Fact>}
        {d.applicant.creditCode && <Fact label={td('decision.fact.creditCode')}>{d.applicant.creditCode}</Fact>}
        <Fact label={td('decision.fact.item')}>{td('decision.fact.itemValue', { item, code: d.item.code })}</Fact>
      </dl>

      {d.grounds.length > 0 && (
        <section class="notice-block" data-testid="decision-grounds">
          <h3>{td('decision.grounds')}</h3>
          <ol>
            {d.grounds.map((g, i) => (
              <li key={i}>{g}</li>
            ))}
          </ol>
        </section>
      )}
      {d.legalBasis.length > 0 && (
        <section class="notice-block">
          <h3>{td('decision.legalBasis')}</h3>
          <ul>
            {d.legalBasis.map((b, i) => (
              <li key={i}>{b}</li>
            ))}
          </ul>
        </section>
      )}
      {/* Only what was signed is printed: a refusal's remedies are part of its document. */}
      {d.remedies && (
        <section class="notice-block" data-testid="decision-remedies">
          <h3>{td('decision.remedies')}</h3>
          <p>{d.remedies}</p>
        </section>
      )}

      <footer class="notice-sign decision-sign">
        <p class="notice-sign__by">{td('decision.approver', { name: d.approver.name })}</p>
        <div class="decision-sign__seal">
          <SealImage name={d.issuer.name['zh-CN']} label={td('decision.sealLabel', { issuer })} />
          <p class="decision-sign__issuer">{issuer}</p>
          <p>{formatDay(d.decidedOn, lang, { weekday: false })}</p>
        </div>
      </footer>

      <section class="notice-track decision-verify" aria-label={td('decision.verify.title')}>
        <div class="notice-track__text">
          <h3>{td('decision.verify.title')}</h3>
          <p>{td('decision.verify.how')}</p>
          <p>
            {td('decision.verify.code')}
            <strong class="notice-track__code" data-testid="verify-code">
              {d.verifyCode}
            </strong>
          </p>
          <p class="notice-track__url">{props.verifyUrl}</p>
          <p class="decision-verify__signature">{td('decision.signature', { algorithm: td(`verify.algorithm.${d.algorithm}`), keyId: d.keyId })}</p>
        </div>
        {qr && (
          <div
            class="notice-track__qr"
            role="img"
            aria-label={td('decision.verify.qrLabel', { code: d.verifyCode })}
            data-testid="decision-qr"
            // Our own server's SVG, checked by safeQrSvg: no script, handlers or links.
            dangerouslySetInnerHTML={{ __html: qr }}
          />
        )}
      </section>
    </article>
  );
}
