import type { ItemContent } from '../../core/catalogue/item-version.js';
import { ForbiddenError, ValidationError, type FieldIssue } from '../../core/errors.js';
import type { Principal } from '../../core/auth/principal.js';
import type { CatalogueDeps } from './deps.js';

/** Administrators keep the catalogue of their own county only. */
export function requireCounty(actor: Principal, countyId: string): void {
  if (!actor.countyId || actor.countyId !== countyId) {
    throw new ForbiddenError(`${actor.userId} does not administer county ${countyId}`);
  }
}

/** The item's handling section and county department must exist in its county. */
export async function checkReferences(deps: CatalogueDeps, content: ItemContent): Promise<void> {
  const offices = await deps.catalogue.listOffices(content.countyId);
  const issues: FieldIssue[] = [];
  if (!offices.some((o) => o.section === content.handlingSection)) {
    issues.push({ path: 'handlingSection', message: 'catalogue.item.unknownSection', params: { section: content.handlingSection } });
  }
  if (content.route.kind === 'forward_to_county') {
    const { countyOfficeId } = content.route;
    if (!offices.some((o) => o.id === countyOfficeId && o.kind === 'county_department')) {
      issues.push({ path: 'route.countyOfficeId', message: 'catalogue.item.unknownCountyOffice', params: { office: countyOfficeId } });
    }
  }
  if (issues.length > 0) throw new ValidationError(issues);
}
