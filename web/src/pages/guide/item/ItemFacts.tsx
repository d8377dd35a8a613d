import type { TownshipSummary } from '../../../api/catalogue.js';
import type { ItemVersion, Office } from '../../../api/catalogue-item.js';
import { pickText } from '../../../api/localized.js';
import { useI18n } from '../../../i18n/i18n.js';
import { DueDateFact } from './DueDateFact.js';
import { handlingNames } from './handling-text.js';
import { SummaryRow } from '../../../components/SummaryRow/SummaryRow.js';

/** Yuan from fen, without trailing zeros for whole amounts ("20", "12.50"). */
export const yuan = (fen: number) => (fen % 100 === 0 ? String(fen / 100) : (fen / 100).toFixed(2));

/**
 * The key facts of an item as a summary list: category, who handles and decides, case type,
 * time limits, the due date if accepted today (when `today` is given), and the fee.
 */
export function ItemFacts(props: { item: ItemVersion; offices: Office[]; townships: TownshipSummary[]; townshipId?: string; today?: string }) {
  const { t, lang } = useI18n();
  const { item } = props;
  const handling = handlingNames(item, props.offices, props.townships, props.townshipId, lang);
  const onTheSpot = item.caseType === 'on_the_spot';
  return (
    <dl class="summary-list" data-testid="item-facts">
      <SummaryRow label={t('guide.item.facts.category')} testId="fact-category">
        {t(`guide.category.${item.category}`)}
      </SummaryRow>
      <SummaryRow label={t('guide.item.facts.handledBy')} testId="fact-handled-by">
        {t(handling.generic ? 'guide.item.facts.reviewerAny' : 'guide.item.facts.reviewer', { office: handling.reviewer })}
        <br />
        {handling.forwarded
          ? t('guide.item.facts.forwarded', { office: handling.decider })
          : t(handling.generic ? 'guide.item.facts.oneSealAny' : 'guide.item.facts.oneSeal', { office: handling.decider })}
      </SummaryRow>
      <SummaryRow label={t('guide.item.facts.caseType')} testId="fact-case-type">
        {onTheSpot ? t('guide.item.caseType.on_the_spot') : t('guide.item.caseType.promised')}
      </SummaryRow>
      <SummaryRow label={t('guide.item.facts.promised')} testId="fact-promised">
        {onTheSpot ? t('guide.item.facts.sameDay') : t('guide.item.facts.days', { days: item.promisedLimitDays })}
      </SummaryRow>
      <SummaryRow label={t('guide.item.facts.legal')} testId="fact-legal">
        {item.legalLimitDays === 0 ? t('guide.item.facts.sameDay') : t('guide.item.facts.days', { days: item.legalLimitDays })}
      </SummaryRow>
      {props.today && (
        <SummaryRow label={t('guide.item.facts.dueIfToday')}>
          <DueDateFact today={props.today} workingDays={item.promisedLimitDays} />
        </SummaryRow>
      )}
      <SummaryRow label={t('guide.item.facts.fee')} testId="fact-fee">
        {item.fee.amountFen === 0 ? t('guide.free') : t('guide.item.facts.feeAmount', { yuan: yuan(item.fee.amountFen) })}
        {item.fee.note && <span class="muted"> {pickText(item.fee.note, lang)}</span>}
      </SummaryRow>
    </dl>
  );
}
