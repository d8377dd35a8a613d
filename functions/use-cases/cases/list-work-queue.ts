import type { Principal } from '../../core/auth/principal.js';
import type { Case, CaseCard, CaseLimits } from '../../core/case/case.js';
import { readCaseClock } from '../../core/case/case-clock-view.js';
import { deliveryLimitOf } from '../../core/case/delivery-limit.js';
import { QUEUE_OWNERS, workQueueOf, type WorkQueue } from '../../core/case/work-queue.js';
import { chinaDateOf } from '../../core/calendar/china-date.js';
import { ForbiddenError } from '../../core/errors.js';
import type { WorkQueueRow } from '../../ports/case-list-rows.js';
import type { IntakeDeps } from '../intake/intake-deps.js';
import { caseListEntry } from '../intake/case-views.js';
import { itemNamesOf } from '../intake/item-names.js';

export interface QueueOptions {
  limit?: number;
  cursor?: string;
  itemCode?: string;
  card?: CaseCard;
}

/**
 * One page of a back-office work queue (reviewer: review / suspended of their office; approver:
 * sign of their township; county department: forwarded to it; clerk: deliver), earliest due first,
 * with each case's card (and, to hand out, its delivery limit) read from the clock now, so the
 * list never lags the sweep. One Query page.
 */
export async function listWorkQueue(deps: IntakeDeps, principal: Principal, queue: WorkQueue, options: QueueOptions = {}) {
  const owner = QUEUE_OWNERS[queue];
  const ownerId = principal[owner.by];
  if (principal.role !== owner.role || !ownerId) throw new ForbiddenError(`the ${queue} queue is for ${owner.role}s`);
  const page = await deps.cases.listWorkQueue(queue, ownerId, {
    limit: Math.min(options.limit ?? 50, 100),
    ...(options.cursor ? { cursor: options.cursor } : {}),
    ...(options.itemCode ? { itemCode: options.itemCode } : {}),
  });
  const { calendar } = await deps.clock();
  const today = chinaDateOf(deps.now());
  const limitsCache = new Map<string, Promise<CaseLimits>>();
  const limitsFor = (c: WorkQueueRow) => {
    if (c.limits) return Promise.resolve(c.limits);
    const key = `${c.itemCode}@${c.itemVersion}`;
    if (!limitsCache.has(key)) limitsCache.set(key, deps.catalogue.itemLimits(c.itemCode, c.itemVersion));
    return limitsCache.get(key)!;
  };
  const nameOf = await itemNamesOf(deps, page.items);
  const entries = await Promise.all(
    page.items.map(async (c) => {
      const limits = await limitsFor(c);
      const clock = readCaseClock(c, limits, calendar, today);
      const place = workQueueOf(c);
      const delivery = deliveryLimitOf(c, calendar, today, limits.warningThresholdDays);
      return {
        ...caseListEntry(c, nameOf(c)),
        card: clock?.card ?? 'none',
        workingDaysLeft: clock?.workingDaysLeft ?? null,
        suspended: clock?.suspended ?? false,
        ...(place?.awaiting ? { awaiting: place.awaiting } : {}),
        ...(c.review?.reviewer ? { reviewerName: c.review.reviewer.name } : {}),
        ...(c.extension?.status === 'requested' ? { extensionDays: c.extension.workingDays } : {}),
        ...(delivery ? { delivery } : {}),
        ...(queue === 'rectify' ? rectificationOf(c, today) : {}),
        ...(queue === 'deliver' && c.decision
          ? { decision: { outcome: c.decision.outcome, documentNumber: c.decision.documentNumber, decidedOn: c.decision.decidedOn } }
          : {}),
      };
    }),
  );
  const items = options.card ? entries.filter((e) => e.card === options.card) : entries;
  return { items, ...(page.next ? { next: page.next } : {}) };
}

/** The rectify queue's row: the poor rating still unanswered, its comment and reply deadline. */
function rectificationOf(c: Pick<Case, 'ratings'>, today: string) {
  const r = (c.ratings ?? []).find((x) => x.rectification && !x.rectification.reply);
  if (!r?.rectification) return {};
  return {
    rectification: {
      grade: r.grade,
      ...(r.comment ? { comment: r.comment } : {}),
      ratedAt: r.at,
      dueOn: r.rectification.dueOn,
      overdue: today > r.rectification.dueOn,
    },
  };
}
