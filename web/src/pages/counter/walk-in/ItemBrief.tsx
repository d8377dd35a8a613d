import type { BilingualText } from '../../../../../functions/core/catalogue/bilingual.js';
import type { ItemVersion } from '../../../api/intake.js';
import { pickText } from '../../../api/localized.js';
import { Button } from '../../../components/Button/Button.js';
import { useI18n } from '../../../i18n/i18n.js';
import { formatDay } from '../dates.js';
import { Row } from '../review/CaseFacts.js';

/**
 * What a generalist must know of the item before taking it in: version, time limits, fee,
 * and the acceptance conditions to ask about (the situation's own conditions added once known).
 */
export function ItemBrief(props: { item: ItemVersion; conditions: BilingualText[]; onChange(): void }) {
  const { t, lang } = useI18n();
  const { item } = props;
  return (
    <section class="case-section" aria-labelledby="walk-in-item-title" data-testid="walk-in-item">
      <h2 id="walk-in-item-title">
        {pickText(item.name, lang)} <span class="muted walk-in__code">{item.code}</span>
      </h2>
      <p>
        <Button variant="quiet" class="button--compact" onClick={props.onChange}>
          {t('counter.walkIn.changeItem')}
        </Button>
      </p>
      <div class="case-grid">
        <dl class="dense-list">
          <Row label={t('counter.review.itemVersion')}>
            {t('counter.review.itemVersionValue', { version: item.version, from: formatDay(item.effectiveFrom, lang) })}
          </Row>
          <Row label={t('counter.review.limits')}>
            {item.caseType === 'on_the_spot'
              ? t('counter.review.onTheSpot', { legal: item.legalLimitDays })
              : t('counter.review.limitsValue', { promised: item.promisedLimitDays, legal: item.legalLimitDays })}
          </Row>
          <Row label={t('counter.walkIn.fee')}>
            {item.fee.amountFen === 0 ? t('counter.walkIn.free') : t('counter.walkIn.feeValue', { yuan: (item.fee.amountFen / 100).toFixed(2) })}
          </Row>
          <Row label={t('counter.walkIn.result')}>{pickText(item.result.name, lang)}</Row>
          <Row label={t('counter.notAccept.basis')}>{item.legalBasis.map((b) => pickText(b, lang)).join(t('list.separator'))}</Row>
        </dl>
        <div>
          <h3>{t('counter.review.conditions')}</h3>
          <p class="field-hint">{t('counter.walkIn.conditionsHint')}</p>
          <ul class="compact-list" data-testid="walk-in-conditions">
            {props.conditions.map((c, i) => (
              <li key={i}>{pickText(c, lang)}</li>
            ))}
          </ul>
        </div>
      </div>
    </section>
  );
}
