import { may } from '../../core/auth/policy.js';
import type { Principal } from '../../core/auth/principal.js';
import { chinaDateOf } from '../../core/calendar/china-date.js';
import type { CaseCard } from '../../core/case/case.js';
import { readCaseClock } from '../../core/case/case-clock-view.js';
import { STATE_GROUPS } from '../../core/case/case-states.js';
import { ForbiddenError } from '../../core/errors.js';
import { dashboardOf } from '../../core/stats/dashboard-figures.js';
import type { BilingualText } from '../../core/catalogue/bilingual.js';
import type { CatalogueStore } from '../../ports/catalogue-store.js';
import type { StatsStore } from '../../ports/stats-store.js';
import { caseListEntry } from '../intake/case-views.js';
import type { IntakeDeps } from '../intake/intake-deps.js';

export interface DashboardDeps {
  stats: StatsStore;
  catalogue: CatalogueStore;
  intake: IntakeDeps;
}

function countyOf(principal: Principal): string {
  if (!may(principal, 'read_county_figures')) throw new ForbiddenError(`role ${principal.role} may not read the county's figures`);
  if (!principal.countyId) throw new ForbiddenError("the county's figures are read within a county");
  return principal.countyId;
}

/** Names of the county's townships, offices and items, so that every table can say what a row is. */
async function namesOf(catalogue: CatalogueStore, countyId: string) {
  const [townships, offices, items] = await Promise.all([
    catalogue.listTownships(countyId),
    catalogue.listOffices(countyId),
    catalogue.listItemHeads(countyId),
  ]);
  const byId = <T>(list: T[], id: (t: T) => string, name: (t: T) => BilingualText | undefined) =>
    Object.fromEntries(list.flatMap((t) => (name(t) ? [[id(t), name(t)!]] : [])));
  return {
    townships: byId(
      townships,
      (t) => t.id,
      (t) => t.name,
    ),
    offices: byId(
      offices,
      (o) => o.id,
      (o) => o.name,
    ),
    items: byId(
      items,
      (i) => i.code,
      (i) => i.versions.find((v) => v.version === i.latestVersion)?.name ?? i.versions.at(-1)?.name,
    ),
  };
}

/**
 * The county dashboard for a period: every figure from the aggregate buckets the stream consumer
 * keeps (two Query runs whatever the number of cases), with the names to show them by.
 */
export async function countyDashboard(deps: DashboardDeps, principal: Principal, period: { from: string; to: string }) {
  const countyId = countyOf(principal);
  const [{ days, now }, names] = await Promise.all([deps.stats.read(countyId, period.from, period.to), namesOf(deps.catalogue, countyId)]);
  return { countyId, ...dashboardOf(period.from, period.to, days, now), names };
}

/** The filter of the drill-down: a township, office, item and card, any of them. */
export interface DrillDown {
  townshipId?: string;
  officeId?: string;
  itemCode?: string;
  card?: CaseCard;
  limit?: number;
}

const CARD_ORDER: Record<CaseCard, number> = { legal_breach: 0, red: 1, yellow: 2, none: 3 };

/**
 * The open cases behind a figure (drill-down), their clocks read now, the latest first by card
 * (legal breach, red, yellow, then the rest) and working days overdue; personal data masked.
 * Reads the townships' open-case queues (one Query per township and state), not the whole table.
 */
export async function countyOpenCases(deps: DashboardDeps, principal: Principal, filter: DrillDown) {
  const countyId = countyOf(principal);
  const townships = (await deps.catalogue.listTownships(countyId)).map((t) => t.id).filter((id) => !filter.townshipId || id === filter.townshipId);
  const limit = Math.min(filter.limit ?? 200, 500);
  const { calendar } = await deps.intake.clock();
  const today = chinaDateOf(deps.intake.now());
  const found = (await Promise.all(townships.map((t) => deps.intake.cases.listByTownship(t, STATE_GROUPS.clockRunning, 500)))).flat();
  const entries = found
    .filter(
      (c) => c.countyId === countyId && (!filter.officeId || c.handlingOfficeId === filter.officeId) && (!filter.itemCode || c.itemCode === filter.itemCode),
    )
    .map((c) => {
      const clock = c.limits ? readCaseClock(c, c.limits, calendar, today) : undefined;
      const card: CaseCard = clock?.card ?? c.card ?? 'none';
      return {
        ...caseListEntry(c, c.itemName),
        handlingOfficeId: c.handlingOfficeId,
        card,
        ...(clock ? { workingDaysOverdue: clock.workingDaysOverdue, workingDaysLeft: clock.workingDaysLeft, suspended: clock.suspended } : {}),
      };
    })
    .filter((e) => !filter.card || e.card === filter.card)
    .sort(
      (a, b) =>
        CARD_ORDER[a.card] - CARD_ORDER[b.card] || (b.workingDaysOverdue ?? 0) - (a.workingDaysOverdue ?? 0) || a.caseNumber.localeCompare(b.caseNumber),
    );
  return { items: entries.slice(0, limit), total: entries.length };
}
