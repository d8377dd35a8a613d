import { ValidationError } from '../errors.js';
import type { Case, CaseDelivery } from './case.js';
import { SYSTEM_ACTOR, type Acting } from './case-access.js';
import { chinaDate } from './dates.js';
import { transition } from './transition.js';

/** §44: the result goes out within 10 working days of the decision. */
export const DELIVERY_LIMIT_DAYS = 10;

const person = (actor: Acting) => ({ userId: actor.userId, name: actor.name });

/** `on`: the day it was handed over or posted, when the clerk records it later (default: today in China). */
export type DeliveryInput =
  | { method: 'window'; recipient: { kind: 'applicant' | 'authorised'; name: string; idChecked: boolean }; on?: string }
  | { method: 'post'; carrier: string; trackingNumber: string; on?: string };

/** The day of delivery: today, or an earlier day the clerk names, never before the decision nor after today. */
function deliveredOn(c: Case, input: DeliveryInput | { method: 'electronic' }, at: string): string {
  const today = chinaDate(at);
  const on = 'on' in input && input.on ? input.on : today;
  if (on > today || (c.decision && on < c.decision.decidedOn)) throw new ValidationError([{ path: 'on', message: 'field.deliveredOn.range' }]);
  return on;
}

/**
 * 送达 then 办结: the clerk hands the result over at the window or sends it by post (or the
 * applicant downloads it), and the case completes in the same write. Two events, one transaction.
 */
export function deliverSteps(c: Case, input: DeliveryInput | { method: 'electronic' }, actor: Acting, at: string) {
  const delivery: CaseDelivery = { ...input, at, on: deliveredOn(c, input, at), by: person(actor) } as CaseDelivery;
  const delivered = transition(c, input.method === 'electronic' ? 'deliver_electronically' : 'deliver', actor, at, {
    patch: { delivery },
    details: {
      ...(input.method === 'window' ? { reason: `${input.recipient.kind}: ${input.recipient.name}` } : {}),
      ...(input.method === 'electronic' ? {} : { documents: [{ kind: 'delivery_receipt', id: `${c.caseId}-delivery` }] }),
      data: {
        method: input.method,
        ...(input.method === 'post' ? { carrier: input.carrier, trackingNumber: input.trackingNumber } : {}),
        late: c.deliveryDueOn ? delivery.on > c.deliveryDueOn : false,
      },
    },
  });
  const completed = transition(delivered.after, 'complete', SYSTEM_ACTOR, at, { patch: { completedAt: at }, details: {} });
  return { after: completed.after, events: [delivered.event, completed.event] };
}
