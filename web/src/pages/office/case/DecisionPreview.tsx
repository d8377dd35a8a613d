import { pickText } from '../../../api/localized.js';
import { placeName } from '../../../api/places.js';
import { useI18n } from '../../../i18n/i18n.js';
import { formatDay } from '../../counter/dates.js';
import { Row } from '../../counter/review/CaseFacts.js';
import { splitLines, type ActionContext } from './action-specs.js';

function List(props: { lines: string[]; testId: string }) {
  return (
    <ol class="compact-list" data-testid={props.testId}>
      {props.lines.map((line, i) => (
        <li key={i}>{line}</li>
      ))}
    </ol>
  );
}

/**
 * The decision as it will read once sealed: outcome, grounds, legal basis, and for a refusal the
 * remedies (reconsideration within 60 days, a lawsuit within 6 months). Shown before sealing.
 */
export function DecisionPreview(props: { ctx: ActionContext; values: Record<string, string>; forwarded: boolean }) {
  const { t, lang } = useI18n();
  const { ctx, values } = props;
  const outcome = values.outcome === 'refuse' ? 'refuse' : 'grant';
  return (
    <section class="office-preview decision-preview" aria-labelledby="decision-preview-title" data-testid="decision-preview" data-outcome={outcome}>
      <h3 id="decision-preview-title">{t('office.decision.previewTitle')}</h3>
      <p>{t('office.decision.previewIntro')}</p>
      <div class="decision-preview__doc">
        <p class="decision-preview__title">{t(`office.decision.docTitle.${outcome}`)}</p>
        <dl class="dense-list">
          <Row label={t('office.decision.caseNumber')}>{ctx.c.caseNumber}</Row>
          <Row label={t('office.decision.item')}>{pickText(ctx.item.name, lang)}</Row>
          <Row label={t('office.decision.applicant')}>{ctx.c.applicant.name}</Row>
          <Row label={t('office.decision.outcome')}>
            <strong data-testid="preview-outcome">{t(`office.outcome.${outcome}`)}</strong>
          </Row>
          <Row label={t('office.decision.reasons')}>
            <List lines={splitLines(values.reasons ?? '')} testId="preview-reasons" />
          </Row>
          <Row label={t('office.decision.legalBasis')}>
            <List lines={splitLines(values.legalBasis ?? '')} testId="preview-basis" />
          </Row>
          {outcome === 'refuse' && (
            <Row label={t('office.decision.remedies')} testId="preview-remedies">
              {values.remedies}
            </Row>
          )}
          <Row label={t('office.decision.issuer')} testId="preview-issuer">
            {props.forwarded ? ctx.officeName(ctx.c.decidingOfficeId) : t('office.decision.issuer.township', { township: placeName(ctx.c.townshipId, lang) })}
          </Row>
          <Row label={t('office.decision.date')}>{formatDay(ctx.today, lang)}</Row>
        </dl>
        <p class="muted">{t('office.decision.sealNote')}</p>
      </div>
    </section>
  );
}
