import type { Principal } from '../../functions/core/auth/principal.js';
import { DEMO_ACCOUNTS } from '../../functions/demo/accounts.js';
import { GIVEN, SURNAMES } from './demo-answers.js';

/**
 * The staff member who does a demo step: the demo account of that role and place where there is one
 * (the reviewer who signs in finds the cases "they" took), else a person of that post named from the
 * demo name lists, the same person for the same post on every start.
 */
export function staffOf(post: Omit<Principal, 'userId' | 'name'>): Principal {
  const account = DEMO_ACCOUNTS.find(
    (a) => a.role === post.role && a.townshipId === post.townshipId && (post.officeId === undefined || a.officeId === post.officeId),
  );
  if (account) {
    const { username: _username, ...principal } = account;
    return principal;
  }
  const key = [post.role, post.townshipId ?? '', post.officeId ?? ''].join('/');
  let hash = 0;
  for (const ch of key) hash = (hash * 31 + ch.codePointAt(0)!) >>> 0;
  const name = `${SURNAMES[hash % SURNAMES.length]}${GIVEN[(hash >>> 8) % GIVEN.length]}`;
  return { ...post, userId: `demo-${key.replace(/\//g, '-').replace(/-+$/, '')}`, name };
}
