import type { ComponentChildren } from 'preact';
import type { Case, CaseChecklist, ItemVersion } from '../../../api/counter.js';
import { pickText } from '../../../api/localized.js';
import { Tag } from '../../../components/Tag/Tag.js';
import { useI18n } from '../../../i18n/i18n.js';
import { formatDay, formatMoment } from '../dates.js';
import { deadlineFlags } from '../queue/deadline-flags.js';

/** One row of a dense key–value list. */
export function Row(props: { label: string; children: ComponentChildren; testId?: string }) {
  return (
    <div class="dense-list__row" data-testid={props.testId}>
      <dt>{props.label}</dt>
      <dd>{props.children}</dd>
    </div>
  );
}

/** A titled part of the case page. */
export function Section(props: { id: string; title: string; children: ComponentChildren }) {
  return (
    <section class="case-section" id={props.id} aria-labelledby={`${props.id}-title`}>
      <h2 id={`${props.id}-title`}>{props.title}</h2>
      {props.children}
    </section>
  );
}

/** The applicant in full: the clerk checks them against the ID card on the desk. */
export function ApplicantFacts(props: { applicant: Case['applicant'] }) {
  const { t } = useI18n();
  const a = props.applicant;
  return (
    <Section id="applicant" title={t('counter.review.applicant')}>
      <dl class="dense-list" data-testid="applicant">
        <Row label={t('counter.applicant.kind')}>{t(`counter.applicant.kind.${a.kind}`)}</Row>
        <Row label={t('counter.applicant.name')}>{a.name}</Row>
        {a.idNumber && <Row label={t('counter.applicant.idNumber')}>{a.idNumber}</Row>}
        {a.creditCode && <Row label={t('counter.applicant.creditCode')}>{a.creditCode}</Row>}
        <Row label={t('counter.applicant.phone')}>{a.phone}</Row>
        {a.address && <Row label={t('counter.applicant.address')}>{a.address}</Row>}
      </dl>
    </Section>
  );
}

/** Where the case stands: numbers, item version, channel and every date the clerk must mind. */
export function CaseInfoFacts(props: { c: Case; item: ItemVersion; today: string }) {
  const { t, lang } = useI18n();
  const { c, item } = props;
  const flags = deadlineFlags(c, props.today);
  return (
    <Section id="case-info" title={t('counter.review.caseInfo')}>
      <dl class="dense-list" data-testid="case-info">
        <Row label={t('counter.col.caseNumber')}>{c.caseNumber}</Row>
        <Row label={t('counter.review.queryCode')}>{c.queryCode}</Row>
        <Row label={t('counter.col.item')}>
          {pickText(item.name, lang)} <span class="muted">{item.code}</span>
        </Row>
        <Row label={t('counter.review.itemVersion')} testId="item-version">
          {t('counter.review.itemVersionValue', { version: c.itemVersion, from: formatDay(item.effectiveFrom, lang) })}
        </Row>
        <Row label={t('counter.review.limits')}>
          {item.caseType === 'on_the_spot'
            ? t('counter.review.onTheSpot', { legal: item.legalLimitDays })
            : t('counter.review.limitsValue', { promised: item.promisedLimitDays, legal: item.legalLimitDays })}
        </Row>
        <Row label={t('counter.col.channel')}>
          {t(`counter.channel.${c.channel}`)}
          {c.channel !== 'online' && <span class="muted"> · {t('counter.review.filedBy', { name: c.filedBy.name, role: t(`role.${c.filedBy.role}`) })}</span>}
        </Row>
        {c.proxyConsent && (
          <Row label={t('counter.review.consent')}>
            {t(`counter.consent.${c.proxyConsent.method}`)} · {formatMoment(c.proxyConsent.givenAt, lang)}
            {c.proxyConsent.note && <span class="muted"> · {c.proxyConsent.note}</span>}
          </Row>
        )}
        {c.firstReceivedAt ? (
          <>
            <Row label={t('intake.case.firstReceived')} testId="first-received">
              {formatMoment(c.firstReceivedAt, lang)}
            </Row>
            <Row label={t('intake.case.resubmitted')} testId="resubmitted">
              {formatMoment(c.receivedAt, lang)}
            </Row>
          </>
        ) : (
          <Row label={t('counter.col.received')}>{formatMoment(c.receivedAt, lang)}</Row>
        )}
        {c.state === 'submitted' && (
          <Row label={t('counter.col.answerDue')} testId="answer-due">
            {formatDay(c.answerDueOn, lang)} {flags.includes('answerOverdue') && <Tag tone="danger">{t('counter.flag.answerOverdue')}</Tag>}
          </Row>
        )}
        {c.state === 'submitted' && c.preReviewDueOn && (
          <Row label={t('counter.col.preReviewDue')}>
            {formatDay(c.preReviewDueOn, lang)} {flags.includes('preReviewOverdue') && <Tag tone="danger">{t('counter.flag.preReviewOverdue')}</Tag>}
          </Row>
        )}
        {c.acceptedOn && (
          <Row label={t('counter.review.acceptedOn')}>
            {formatDay(c.acceptedOn, lang)}
            {c.deemedAccepted && <span class="muted"> · {t('counter.review.deemed')}</span>}
          </Row>
        )}
        {c.dueDates && (
          <Row label={t('counter.review.dueDates')} testId="due-dates">
            {t('counter.review.dueDatesValue', { promised: formatDay(c.dueDates.promised, lang), legal: formatDay(c.dueDates.legal, lang) })}
            {c.dueDates.provisional && <span class="muted"> · {t('counter.review.provisional')}</span>}
          </Row>
        )}
      </dl>
    </Section>
  );
}

/** The situation questions as answered, and the variants (情形) they select. */
export function SituationFacts(props: { c: Case; item: ItemVersion; checklist: CaseChecklist }) {
  const { t, lang } = useI18n();
  const { c, item, checklist } = props;
  const answered = item.questions.filter((q) => c.variantAnswers[q.id] !== undefined);
  if (item.questions.length === 0) return null;
  return (
    <Section id="situation" title={t('counter.review.situation')}>
      <dl class="dense-list" data-testid="situation">
        {answered.map((q) => (
          <Row key={q.id} label={pickText(q.text, lang)}>
            {pickText(q.options.find((o) => o.value === c.variantAnswers[q.id])?.label, lang) || c.variantAnswers[q.id]}
          </Row>
        ))}
        <Row label={t('counter.review.variants')}>
          {checklist.variants.length > 0 ? checklist.variants.map((v) => pickText(v.name, lang)).join(t('list.separator')) : t('counter.review.noVariant')}
        </Row>
      </dl>
    </Section>
  );
}

/** The application form as filled in, with any checksum the clerk overrode and why. */
export function AnswerFacts(props: { c: Case; item: ItemVersion }) {
  const { t, lang } = useI18n();
  const { c, item } = props;
  const show = (fieldId: string, value: unknown): string => {
    const field = item.formFields.find((f) => f.id === fieldId);
    if (value === undefined || value === null || value === '') return t('counter.review.notAnswered');
    if (field?.type === 'choice') return pickText(field.options?.find((o) => o.value === value)?.label, lang) || String(value);
    if (field?.type === 'date' && typeof value === 'string') return formatDay(value, lang);
    return String(value);
  };
  return (
    <Section id="answers" title={t('counter.review.answers')}>
      <dl class="dense-list" data-testid="answers">
        {item.formFields.map((field) => {
          const override = c.overrides.find((o) => o.fieldId === field.id);
          return (
            <Row key={field.id} label={pickText(field.label, lang)}>
              {show(field.id, c.answers[field.id])}
              {override && (
                <span class="queue-table__flag">
                  <Tag tone="warning">{t('counter.review.overridden', { reason: override.reason })}</Tag>
                </span>
              )}
            </Row>
          );
        })}
      </dl>
    </Section>
  );
}

/** The acceptance conditions the applicant must meet (the clerk asks about them). */
export function ConditionFacts(props: { checklist: CaseChecklist }) {
  const { t, lang } = useI18n();
  if (props.checklist.conditions.length === 0) return null;
  return (
    <Section id="conditions" title={t('counter.review.conditions')}>
      <ul class="compact-list">
        {props.checklist.conditions.map((condition, i) => (
          <li key={i}>{pickText(condition, lang)}</li>
        ))}
      </ul>
    </Section>
  );
}
