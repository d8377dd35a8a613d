import type { TownshipSummary } from '../../../api/catalogue.js';
import type { ItemVersion, Office } from '../../../api/catalogue-item.js';
import { pickText } from '../../../api/localized.js';
import type { Lang } from '../../../i18n/lang.js';

/** Who handles an item, by name: the township office that reviews it and who decides. */
export interface HandlingNames {
  /** The township office of the item's section ("Social Affairs Office"); the section key if none. */
  reviewer: string;
  /** The approval office (one seal), or the county department a forwarded item goes to. */
  decider: string;
  forwarded: boolean;
  /** No township chosen: the names are the offices every township has, without a township's name. */
  generic: boolean;
}

/**
 * Names the offices that handle an item. With a township chosen, its own offices
 * ("Qingshi Town Social Affairs Office"); without, the office's name with the township left out,
 * since every township has the same consolidated offices.
 */
export function handlingNames(
  item: Pick<ItemVersion, 'handlingSection' | 'route'>,
  offices: readonly Office[],
  townships: readonly TownshipSummary[],
  townshipId: string | undefined,
  lang: Lang,
): HandlingNames {
  const name = (office: Office | undefined, fallback: string) => {
    if (!office) return fallback;
    const full = pickText(office.name, lang);
    if (townshipId || !office.townshipId) return full;
    const township = pickText(townships.find((tw) => tw.id === office.townshipId)?.name, lang);
    return township && full.startsWith(township) ? full.slice(township.length).trim() : full;
  };
  const inTownship = (o: Office) => (townshipId ? o.townshipId === townshipId : o.townshipId !== undefined);
  const reviewer = name(
    offices.find((o) => inTownship(o) && o.section === item.handlingSection),
    item.handlingSection,
  );
  if (item.route.kind === 'forward_to_county') {
    const { countyOfficeId } = item.route;
    return {
      reviewer,
      decider: name(
        offices.find((o) => o.id === countyOfficeId),
        countyOfficeId,
      ),
      forwarded: true,
      generic: !townshipId,
    };
  }
  return {
    reviewer,
    decider: name(
      offices.find((o) => inTownship(o) && o.kind === 'approval_office'),
      'approval',
    ),
    forwarded: false,
    generic: !townshipId,
  };
}
