import { pickText } from '../../../api/localized.js';
import type { ClockView, OfficeCase } from '../../../api/office.js';
import { Tag } from '../../../components/Tag/Tag.js';
import { useI18n } from '../../../i18n/i18n.js';
import { formatDay } from '../../counter/dates.js';
import { Row, Section } from '../../counter/review/CaseFacts.js';
import { CardTag } from '../queue/CardTag.js';
import { SuspensionText, ExtensionText } from './ClockTexts.js';

/**
 * The case clock as the API derived it: working days used and left, both due dates, the card,
 * every pause and the extension, and the plain-language account of how the dates were counted.
 */
export function ClockPanel(props: { clock: ClockView; c: OfficeCase }) {
  const { t, lang } = useI18n();
  const { clock, c } = props;
  const day = (d: string) => formatDay(d, lang);
  const suspensions = c.suspensions ?? [];
  return (
    <Section id="clock" title={t('office.clock.title')}>
      <div class="clock-panel" data-testid="clock-panel" data-suspended={clock.suspended}>
        <div class="clock-panel__numbers">
          <p class="clock-figure" data-testid="clock-used">
            <span class="clock-figure__label">{t('office.clock.used')}</span>
            <span class="clock-figure__value">{t('office.clock.days', { days: clock.workingDaysUsed })}</span>
          </p>
          {clock.workingDaysOverdue > 0 ? (
            <p class="clock-figure clock-figure--overdue" data-testid="clock-overdue">
              <span class="clock-figure__label">{t('office.clock.overdue')}</span>
              <span class="clock-figure__value">{t('office.clock.days', { days: clock.workingDaysOverdue })}</span>
            </p>
          ) : (
            <p class="clock-figure" data-testid="clock-left">
              <span class="clock-figure__label">{t('office.clock.left')}</span>
              <span class="clock-figure__value">{t('office.clock.days', { days: clock.workingDaysLeft })}</span>
            </p>
          )}
          <p class="clock-figure">
            <span class="clock-figure__label">{t('office.clock.card')}</span>
            <span class="clock-figure__value">
              <CardTag card={clock.card} />
            </span>
          </p>
        </div>
        {clock.suspended && (
          <p data-testid="clock-suspended">
            <Tag tone="info">{t('office.tag.suspended')}</Tag> {t('office.clock.suspendedNow')}
          </p>
        )}
        <dl class="dense-list">
          <Row label={t('office.clock.acceptedOn')}>{day(clock.acceptedOn)}</Row>
          <Row label={t('office.clock.promised')} testId="clock-promised">
            <span data-date={clock.promisedDueDate}>{t('office.clock.limitValue', { days: clock.promisedLimit, date: day(clock.promisedDueDate) })}</span>
          </Row>
          <Row label={t('office.clock.legal')} testId="clock-legal">
            <span data-date={clock.legalDueDate}>{t('office.clock.limitValue', { days: clock.legalLimit, date: day(clock.legalDueDate) })}</span>
          </Row>
          {clock.forwardDueOn && <Row label={t('office.clock.forwardDue')}>{day(clock.forwardDueOn)}</Row>}
          <Row label={t('office.clock.pauses')} testId="clock-pauses">
            {suspensions.length === 0 ? (
              t('office.clock.noPause')
            ) : (
              <ul class="compact-list">
                {suspensions.map((s, i) => (
                  <li key={i}>
                    <SuspensionText s={s} />
                  </li>
                ))}
              </ul>
            )}
          </Row>
          <Row label={t('office.clock.extension')} testId="clock-extension">
            {c.extension ? <ExtensionText e={c.extension} /> : t('office.clock.noExtension')}
          </Row>
          {clock.stoppedOn && <Row label={t('office.clock.stopped')}>{t('office.clock.stoppedOn', { date: day(clock.stoppedOn) })}</Row>}
        </dl>
        {clock.provisional && <p class="muted">{t('office.clock.provisional')}</p>}
        <div class="clock-panel__explanation">
          <h3>{t('office.clock.explanation')}</h3>
          <p data-testid="clock-explanation">{pickText(clock.explanation, lang)}</p>
        </div>
      </div>
    </Section>
  );
}
