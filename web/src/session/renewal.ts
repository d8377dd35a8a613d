/** How long before expiry a token is renewed: staff tokens last 30 minutes, so 5 leaves room. */
export const RENEW_LEAD_MS = 5 * 60_000;

/** What to do about the token now. */
export type RenewalStep = { kind: 'refresh' } | { kind: 'wait'; ms: number } | { kind: 'expire' };

/**
 * Renews only for someone who used the page since the token arrived: an unattended counter PC
 * must not stay signed in for ever, so an idle session is left to expire.
 */
export function nextRenewalStep(input: { now: number; expiresAt: number; receivedAt: number; lastActivity: number }): RenewalStep {
  const { now, expiresAt, receivedAt, lastActivity } = input;
  if (now >= expiresAt) return { kind: 'expire' };
  const renewFrom = expiresAt - RENEW_LEAD_MS;
  if (now < renewFrom) return { kind: 'wait', ms: renewFrom - now };
  if (lastActivity > receivedAt) return { kind: 'refresh' };
  return { kind: 'wait', ms: expiresAt - now };
}
