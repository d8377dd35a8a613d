import { chinaDateOf } from '../calendar/china-date.js';
import type { WorkingCalendar } from '../calendar/working-calendar.js';
import type { Case } from '../case/case.js';
import { readCaseClock } from '../case/case-clock-view.js';
import { STATE_GROUPS, type CaseState } from '../case/case-states.js';
import { toDayNumber } from '../calendar/day-number.js';
import { countWorkingDays } from '../clock/count-working-days.js';

/**
 * What one case adds to the county's figures, as a set of unit counters. Each counter is
 * `<bucket>|<name>`: the bucket is a day (what happened that day, kept forever) or `NOW` (what the
 * case is now, while it is open), with its township, office and item. The stream consumer keeps
 * the last set it counted for each case and adds only the difference, so a replayed or repeated
 * record changes nothing and a case that moves on (a card turns red, the case completes) moves
 * its counters with it.
 */
export type Contribution = string[];

/** The highest bin of the working-days histogram: ≥ this many working days. */
export const WORKING_DAYS_BINS = 60;

/** The dimensions of one aggregate bucket. */
export interface BucketKey {
  /** A day (YYYY-MM-DD) or 'NOW'. */
  when: string;
  townshipId: string;
  officeId: string;
  itemCode: string;
}

export const bucketKey = (k: BucketKey) => `${k.when}#${k.townshipId}#${k.officeId}#${k.itemCode}`;

export function parseBucketKey(key: string): BucketKey {
  const [when = '', townshipId = '', officeId = '', ...item] = key.split('#');
  return { when, townshipId, officeId, itemCode: item.join('#') };
}

export const counterOf = (bucket: string, name: string) => `${bucket}|${name}`;

export function splitCounter(counter: string): { bucket: string; name: string } {
  const at = counter.lastIndexOf('|');
  return { bucket: counter.slice(0, at), name: counter.slice(at + 1) };
}

const inGroup = (group: readonly CaseState[], state: CaseState) => group.includes(state);
const dayOf = (instant: string) => chinaDateOf(new Date(instant));

/** The counters a case contributes now. `calendar` counts working days (to decision, forwarding turnaround). */
export function contributionOf(c: Case, calendar: WorkingCalendar): Contribution {
  const out: string[] = [];
  const office = c.handlingOfficeId || '-';
  const at = (when: string, officeId = office) => bucketKey({ when, townshipId: c.townshipId, officeId, itemCode: c.itemCode });
  const add = (bucket: string, ...names: string[]) => {
    for (const name of names) out.push(counterOf(bucket, name));
  };

  // Received: the first submission (createdAt), by channel.
  add(at(dayOf(c.createdAt)), 'received', `channel_${c.channel}`);
  if (c.acceptedOn) {
    add(at(c.acceptedOn), 'accepted');
    if (c.limits?.caseType === 'on_the_spot') add(at(c.acceptedOn), 'on_the_spot');
  }
  if (c.notAccepted) add(at(dayOf(c.notAccepted.decidedAt)), 'not_accepted');

  // Decided: on time against the promised and the legal limit (the worst card the case ever had),
  // and the working days from acceptance to decision (a histogram, for the median and the 90th percentile).
  if (c.decision && c.acceptedOn && c.limits) {
    const day = at(c.decision.decidedOn);
    const worst = c.worstCard ?? c.card ?? 'none';
    add(day, 'decided');
    if (worst !== 'red' && worst !== 'legal_breach') add(day, 'on_time_promised');
    if (worst !== 'legal_breach') add(day, 'on_time_legal');
    const clock = readCaseClock({ ...c, clockStoppedOn: c.clockStoppedOn ?? c.decision.decidedOn }, c.limits, calendar, c.decision.decidedOn);
    if (clock) add(day, `wd_${Math.min(clock.workingDaysUsed, WORKING_DAYS_BINS)}`);
    // 乡呼县应: a forwarded case's county department, its turnaround from forwarding to decision.
    if (c.forwarding) {
      const dept = at(c.decision.decidedOn, c.forwarding.departmentId);
      const turnaround =
        c.decision.decidedOn > c.forwarding.forwardedOn
          ? countWorkingDays(calendar, toDayNumber(c.forwarding.forwardedOn), toDayNumber(c.decision.decidedOn))
          : 0;
      add(dept, 'forward_decided', `forward_wd_${Math.min(turnaround, WORKING_DAYS_BINS)}`);
      if (worst !== 'red' && worst !== 'legal_breach') add(dept, 'forward_on_time');
    }
  }
  if (c.completedAt) add(at(dayOf(c.completedAt)), 'completed');

  // Ratings, per grade; poor ones open a rectification, answered on time or late.
  for (const r of c.ratings ?? []) {
    const day = at(dayOf(r.at));
    add(day, 'rated', `grade_${r.grade}`);
    if (r.rectification) {
      add(day, 'rectification');
      const reply = r.rectification.reply;
      if (reply) add(at(dayOf(reply.at)), dayOf(reply.at) <= r.rectification.dueOn ? 'rectified_on_time' : 'rectified_late');
    }
  }

  // Now: what the open case is, by card while its clock runs.
  const now = at('NOW');
  if (inGroup(STATE_GROUPS.clockRunning, c.state)) {
    add(now, 'open', `card_${c.card ?? 'none'}`);
    if (c.state === 'suspended') add(now, 'suspended');
  } else if (inGroup(STATE_GROUPS.awaitingCounter, c.state) || inGroup(STATE_GROUPS.awaitingApplicant, c.state)) {
    add(now, 'pending');
  } else if (inGroup(STATE_GROUPS.decided, c.state)) {
    add(now, 'awaiting_delivery');
  }
  return out;
}

/** What to add to go from the counters last counted to the ones now: +1 / −1 per counter. */
export function contributionDelta(before: Contribution, after: Contribution): Map<string, number> {
  const delta = new Map<string, number>();
  for (const c of after) delta.set(c, (delta.get(c) ?? 0) + 1);
  for (const c of before) delta.set(c, (delta.get(c) ?? 0) - 1);
  for (const [c, n] of delta) if (n === 0) delta.delete(c);
  return delta;
}
