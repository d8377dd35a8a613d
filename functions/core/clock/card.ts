import type { DayNumber } from '../calendar/day-number.js';

/** The supervision cards: yellow 黄牌 (due soon), red 红牌 (promised date passed), legal breach (legal date passed). */
export const CARDS = ['none', 'yellow', 'red', 'legal_breach'] as const;
export type Card = (typeof CARDS)[number];

/** Yellow when this many working days or fewer are left, unless the item sets its own. */
export const DEFAULT_WARNING_THRESHOLD = 2;

/** The most serious card that applies on `today`. */
export function cardFor(args: { today: DayNumber; promisedDue: DayNumber; legalDue: DayNumber; workingDaysLeft: number; warningThreshold: number }): Card {
  if (args.today > args.legalDue) return 'legal_breach';
  if (args.today > args.promisedDue) return 'red';
  if (args.workingDaysLeft <= args.warningThreshold) return 'yellow';
  return 'none';
}
