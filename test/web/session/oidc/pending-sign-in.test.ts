import { describe, expect, it } from 'vitest';
import { beginPendingSignIn, nextFromState, takePendingSignIn } from '../../../../web/src/session/oidc/pending-sign-in.js';
import { MemoryStorage } from '../../../support/memory-storage.js';

describe('pending sign-in: state and nonce', () => {
  it('keeps state, nonce and verifier in storage until the answer comes back, then spends them', () => {
    const storage = new MemoryStorage();
    const pending = beginPendingSignIn(storage, { verifier: 'v'.repeat(43), next: '/counter' });
    expect(pending.state).not.toBe(pending.nonce);
    expect(storage.length).toBe(1);

    expect(takePendingSignIn(storage)).toEqual(pending);
    // Used once: a replayed answer finds nothing.
    expect(takePendingSignIn(storage)).toBeNull();
  });

  it('gives every sign-in its own random state and nonce', () => {
    const storage = new MemoryStorage();
    const a = beginPendingSignIn(storage, { verifier: 'a' });
    const b = beginPendingSignIn(storage, { verifier: 'b' });
    expect(a.state).not.toBe(b.state);
    expect(a.nonce).not.toBe(b.nonce);
    expect(a.nonce.length).toBeGreaterThanOrEqual(43);
    // A new sign-in replaces the one before: only the latest answer can match.
    expect(takePendingSignIn(storage)?.state).toBe(b.state);
  });

  it.each([
    ['a workspace page', '/counter', '/counter'],
    ['a page with a query', '/office/cases/1?tab=files', '/office/cases/1?tab=files'],
    ['nothing', undefined, undefined],
    ['another origin', 'https://evil.example/', undefined],
    ['the callback itself', '/auth/callback', undefined],
  ])('carries %s through the state as next', (_case, next, expected) => {
    const pending = beginPendingSignIn(new MemoryStorage(), { verifier: 'v', next });
    expect(nextFromState(pending.state)).toBe(expected);
  });

  it.each([
    ['garbage', 'not-base64-json!'],
    ['a foreign origin smuggled in', Buffer.from(JSON.stringify({ id: 'x', next: '//evil.example' })).toString('base64url')],
  ])('reads no next from %s', (_case, state) => {
    expect(nextFromState(state)).toBeUndefined();
  });

  it('treats a damaged storage entry as no pending sign-in', () => {
    const storage = new MemoryStorage();
    storage.setItem('ow.oidc.pending', '{"state":1}');
    expect(takePendingSignIn(storage)).toBeNull();
    storage.setItem('ow.oidc.pending', 'not json');
    expect(takePendingSignIn(storage)).toBeNull();
  });
});
