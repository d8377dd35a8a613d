const MOBILE = /^1[3-9]\d{9}$/;

/** Drops spaces, dashes and a +86 / 0086 prefix, as people write their numbers. */
export function normalizeMobile(raw: string): string {
  return raw.replace(/[\s-]/g, '').replace(/^(\+86|0086)/, '');
}

/** True for an 11-digit mainland mobile number (1, then 3–9, then nine digits). */
export function isMainlandMobile(raw: string): boolean {
  return MOBILE.test(normalizeMobile(raw));
}
