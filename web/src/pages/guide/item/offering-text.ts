import type { OfferingRecord, TownshipOffering } from '../../../api/catalogue-item.js';
import type { Translate } from '../../../i18n/i18n.js';
import { formatLocalDate } from '../../../i18n/dates.js';
import type { Lang } from '../../../i18n/lang.js';

/** The changes recorded for a township that take effect after `at`, oldest first. */
export function upcomingChanges(offering: TownshipOffering, at: string): OfferingRecord[] {
  return offering.history.filter((r) => r.effectiveFrom > at).sort((a, b) => a.effectiveFrom.localeCompare(b.effectiveFrom) || a.seq - b.seq);
}

/**
 * One sentence on whether `township` takes the item in today, and since when or why not. For
 * staff (`forStaff`) a refusal only states the fact; residents are also told where to go instead.
 */
export function offeringSentence(offering: TownshipOffering, township: string, t: Translate, lang: Lang, forStaff = false): string {
  const since = offering.current ? formatLocalDate(offering.current.effectiveFrom, lang) : '';
  if (offering.offered) {
    return offering.current?.action === 'entrust'
      ? t('guide.item.offered.entrusted', { township, date: since })
      : t('guide.item.offered.granted', { township, date: since });
  }
  switch (offering.reason) {
    case 'recalled':
      return t(forStaff ? 'catalogue.offerings.recalledSince' : 'guide.item.notOffered.recalled', { township, date: since });
    case 'abolished':
      return t('guide.item.notOffered.abolished');
    case 'not_yet_in_force':
      return t('guide.item.notOffered.notYetInForce');
    default:
      return t(forStaff ? 'catalogue.offerings.never' : 'guide.item.notOffered.never', { township });
  }
}

/** "From 1 Dec 2026: recalled to the county" for a change not yet in force. */
export function changeSentence(record: OfferingRecord, t: Translate, lang: Lang): string {
  return t('guide.item.offering.upcoming', { date: formatLocalDate(record.effectiveFrom, lang), action: t(`catalogue.offering.action.${record.action}`) });
}
