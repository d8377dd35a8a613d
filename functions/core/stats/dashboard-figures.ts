import { RATING_GRADES, type CaseCard, type RatingGrade } from '../case/case.js';
import type { Channel } from '../case/case.js';
import { parseBucketKey, WORKING_DAYS_BINS } from './case-contribution.js';

/** One stored bucket: its key (core/stats/case-contribution.ts) and its counters. */
export interface Bucket {
  bucket: string;
  counters: Record<string, number>;
}

/** The figures of one slice (the county, a township, an office, an item) for a period. */
export interface Figures {
  received: number;
  accepted: number;
  notAccepted: number;
  decided: number;
  completed: number;
  channels: Record<Channel, number>;
  onTheSpot: number;
  /** Decided on time ÷ (decided + open and already past the limit); null when there is nothing to count. */
  onTimeRate: { promised: number | null; legal: number | null };
  decidedOnTime: { promised: number; legal: number };
  /** Working days from acceptance to decision. */
  workingDays: { median: number | null; p90: number | null };
  ratings: Record<RatingGrade, number> & { total: number; poorShare: number | null };
  rectifications: { opened: number; onTime: number; late: number };
  /** Open now (not period-bound): by card while the clock runs. */
  open: Record<CaseCard, number> & { total: number; suspended: number; pending: number; awaitingDelivery: number };
}

/** 乡呼县应: a county department's forwarded cases decided in the period. */
export interface DepartmentFigures {
  officeId: string;
  decided: number;
  onTime: number;
  onTimeRate: number | null;
  turnaround: { median: number | null; p90: number | null };
}

export interface Dashboard {
  from: string;
  to: string;
  county: Figures;
  byTownship: ({ townshipId: string } & Figures)[];
  byOffice: ({ officeId: string } & Figures)[];
  byItem: ({ itemCode: string } & Figures)[];
  departments: DepartmentFigures[];
  /** Per month of the period: received and completed. */
  trend: { month: string; received: number; completed: number; decided: number; onTimeRate: number | null }[];
}

const CARDS: readonly CaseCard[] = ['none', 'yellow', 'red', 'legal_breach'];
const CHANNELS: readonly Channel[] = ['online', 'counter', 'proxy'];

/** Sums counters of many buckets. */
function sum(buckets: Iterable<Bucket>): Record<string, number> {
  const total: Record<string, number> = {};
  for (const b of buckets) for (const [name, n] of Object.entries(b.counters)) total[name] = (total[name] ?? 0) + n;
  return total;
}

/** The value at quantile `q` (0–1, nearest rank) of a histogram `prefix<n>` → count. */
export function histogramQuantile(counters: Record<string, number>, prefix: string, q: number): number | null {
  const bins: number[] = [];
  for (let n = 0; n <= WORKING_DAYS_BINS; n++) bins.push(counters[`${prefix}${n}`] ?? 0);
  const total = bins.reduce((a, b) => a + b, 0);
  if (total === 0) return null;
  const rank = Math.max(1, Math.ceil(q * total));
  let seen = 0;
  for (let n = 0; n < bins.length; n++) {
    seen += bins[n]!;
    if (seen >= rank) return n;
  }
  return WORKING_DAYS_BINS;
}

const ratio = (part: number, whole: number) => (whole > 0 ? part / whole : null);

/** The figures of one slice from its period counters (`days`) and its now counters (`now`). */
export function figuresOf(days: Record<string, number>, now: Record<string, number>): Figures {
  const n = (name: string, from = days) => from[name] ?? 0;
  const open = Object.fromEntries(CARDS.map((card) => [card, n(`card_${card}`, now)])) as Record<CaseCard, number>;
  const ratings = Object.fromEntries(RATING_GRADES.map((g) => [g, n(`grade_${g}`)])) as Record<RatingGrade, number>;
  const rated = n('rated');
  const decided = n('decided');
  const pastPromised = open.red + open.legal_breach;
  return {
    received: n('received'),
    accepted: n('accepted'),
    notAccepted: n('not_accepted'),
    decided,
    completed: n('completed'),
    channels: Object.fromEntries(CHANNELS.map((c) => [c, n(`channel_${c}`)])) as Record<Channel, number>,
    onTheSpot: n('on_the_spot'),
    onTimeRate: { promised: ratio(n('on_time_promised'), decided + pastPromised), legal: ratio(n('on_time_legal'), decided + open.legal_breach) },
    decidedOnTime: { promised: n('on_time_promised'), legal: n('on_time_legal') },
    workingDays: { median: histogramQuantile(days, 'wd_', 0.5), p90: histogramQuantile(days, 'wd_', 0.9) },
    ratings: { ...ratings, total: rated, poorShare: ratio(ratings.dissatisfied + ratings.very_dissatisfied, rated) },
    rectifications: { opened: n('rectification'), onTime: n('rectified_on_time'), late: n('rectified_late') },
    open: { ...open, total: n('open', now), suspended: n('suspended', now), pending: n('pending', now), awaitingDelivery: n('awaiting_delivery', now) },
  };
}

function groupBy(buckets: readonly Bucket[], key: (b: Bucket) => string): Map<string, Bucket[]> {
  const groups = new Map<string, Bucket[]>();
  for (const b of buckets) {
    const k = key(b);
    groups.set(k, [...(groups.get(k) ?? []), b]);
  }
  return groups;
}

/** Everything the county dashboard shows for a period, from the stored buckets alone. */
export function dashboardOf(from: string, to: string, days: readonly Bucket[], now: readonly Bucket[]): Dashboard {
  const dims = (b: Bucket) => parseBucketKey(b.bucket);
  const slices = <K extends 'townshipId' | 'officeId' | 'itemCode'>(dim: K) => {
    const dayGroups = groupBy(days, (b) => dims(b)[dim]);
    const nowGroups = groupBy(now, (b) => dims(b)[dim]);
    const ids = [...new Set([...dayGroups.keys(), ...nowGroups.keys()])].sort();
    return ids.map((id) => ({ [dim]: id, ...figuresOf(sum(dayGroups.get(id) ?? []), sum(nowGroups.get(id) ?? [])) }) as { [P in K]: string } & Figures);
  };
  const byOffice = groupBy(days, (b) => dims(b).officeId);
  const departments: DepartmentFigures[] = [];
  for (const [officeId, group] of byOffice) {
    const c = sum(group);
    if (!c.forward_decided) continue;
    departments.push({
      officeId,
      decided: c.forward_decided,
      onTime: c.forward_on_time ?? 0,
      onTimeRate: ratio(c.forward_on_time ?? 0, c.forward_decided),
      turnaround: { median: histogramQuantile(c, 'forward_wd_', 0.5), p90: histogramQuantile(c, 'forward_wd_', 0.9) },
    });
  }
  const months = groupBy(days, (b) => dims(b).when.slice(0, 7));
  return {
    from,
    to,
    county: figuresOf(sum(days), sum(now)),
    byTownship: slices('townshipId'),
    byOffice: slices('officeId').filter((o) => o.received + o.decided + o.open.total + o.ratings.total + o.completed > 0),
    byItem: slices('itemCode'),
    departments: departments.sort((a, b) => a.officeId.localeCompare(b.officeId)),
    trend: [...months.keys()].sort().map((month) => {
      const c = sum(months.get(month)!);
      return {
        month,
        received: c.received ?? 0,
        completed: c.completed ?? 0,
        decided: c.decided ?? 0,
        onTimeRate: ratio(c.on_time_promised ?? 0, c.decided ?? 0),
      };
    }),
  };
}
