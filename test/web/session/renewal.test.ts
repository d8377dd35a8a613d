import { describe, expect, it } from 'vitest';
import { nextRenewalStep, RENEW_LEAD_MS } from '../../../web/src/session/renewal.js';

const MIN = 60_000;
const received = 0;
const expiresAt = 30 * MIN; // a staff token

describe('nextRenewalStep', () => {
  it.each([
    ['early, working', 1 * MIN, 0.5 * MIN, { kind: 'wait', ms: 30 * MIN - RENEW_LEAD_MS - 1 * MIN }],
    ['early, idle', 1 * MIN, 0, { kind: 'wait', ms: 24 * MIN }],
    ['in the last 5 minutes, used since the token came', 26 * MIN, 10 * MIN, { kind: 'refresh' }],
    ['in the last 5 minutes, used only before the token came', 26 * MIN, -1, { kind: 'wait', ms: 4 * MIN }],
    ['in the last 5 minutes, never used', 26 * MIN, 0, { kind: 'wait', ms: 4 * MIN }],
    ['exactly at expiry', 30 * MIN, 29 * MIN, { kind: 'expire' }],
    ['after expiry', 45 * MIN, 29 * MIN, { kind: 'expire' }],
  ])('%s', (_case, now, lastActivity, expected) => {
    expect(nextRenewalStep({ now, expiresAt, receivedAt: received, lastActivity })).toEqual(expected);
  });
});
