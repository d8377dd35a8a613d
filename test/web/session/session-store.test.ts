import { describe, expect, it } from 'vitest';
import type { Session } from '../../../web/src/api/types.js';
import { createSessionStore, SHARED_SESSION_KEY } from '../../../web/src/session/session-store.js';
import { MemoryStorage } from '../../support/memory-storage.js';

/** sessionStorage as the browser has it, kept in a Map. */

const NOW = Date.parse('2026-03-02T09:00:00Z');
const session = (expiresAt: string): Session => ({
  token: 'token-1',
  expiresAt,
  user: { userId: 'u-clerk-qs', role: 'clerk', name: '陈静', townshipId: 'qingshi', workspace: 'counter' },
});

describe('session store', () => {
  it('keeps a session across a reload of the page', () => {
    const storage = new MemoryStorage();
    createSessionStore(storage, () => NOW).set(session('2026-03-02T09:30:00Z'), NOW);
    const reloaded = createSessionStore(storage, () => NOW + 60_000);
    expect(reloaded.get()).toEqual({ session: session('2026-03-02T09:30:00Z'), receivedAt: NOW, ended: null });
  });

  it('drops a stored session that has expired, and says why', () => {
    const storage = new MemoryStorage();
    createSessionStore(storage, () => NOW).set(session('2026-03-02T09:30:00Z'), NOW);
    const later = createSessionStore(storage, () => Date.parse('2026-03-02T09:31:00Z'));
    expect(later.get()).toMatchObject({ session: null, ended: 'expired' });
    expect(storage.length).toBe(0);
  });

  it.each([
    ['not JSON', '{'],
    ['no token', JSON.stringify({ session: { expiresAt: '2026-03-02T09:30:00Z', user: {} } })],
    ['an unknown role', JSON.stringify({ session: { ...session('2026-03-02T09:30:00Z'), user: { ...session('x').user, role: 'root' } } })],
  ])('ignores a stored value that is %s', (_case, raw) => {
    const storage = new MemoryStorage();
    storage.setItem('ow.session', raw);
    expect(createSessionStore(storage, () => NOW).get().session).toBeNull();
  });

  it('ends a session, clears storage and tells subscribers once', () => {
    const storage = new MemoryStorage();
    const store = createSessionStore(storage, () => NOW);
    store.set(session('2026-03-02T09:30:00Z'));
    let calls = 0;
    store.subscribe(() => (calls += 1));
    store.end('signed-out');
    store.end('expired');
    expect(store.get()).toMatchObject({ session: null, ended: 'signed-out' });
    expect(storage.getItem('ow.session')).toBeNull();
    expect(calls).toBe(1);
  });
});

describe('a resident session shared by the tabs of a browser', () => {
  const resident = (expiresAt: string, token = 'token-r'): Session => ({
    token,
    expiresAt,
    user: { userId: 'u-resident', role: 'resident', name: '李秀英', workspace: 'resident' },
  });

  it('opens a new tab (empty sessionStorage) signed in as the resident, until the session expires', () => {
    const shared = new MemoryStorage();
    createSessionStore(new MemoryStorage(), () => NOW, shared).set(resident('2026-03-09T09:00:00Z'), NOW);
    const newTab = new MemoryStorage();
    expect(createSessionStore(newTab, () => NOW + 60_000, shared).get().session?.user.userId).toBe('u-resident');
    expect(newTab.getItem('ow.session')).not.toBeNull();
    expect(createSessionStore(new MemoryStorage(), () => Date.parse('2026-03-09T09:01:00Z'), shared).get()).toMatchObject({ session: null, ended: 'expired' });
    expect(shared.length).toBe(0);
  });

  it('keeps staff sessions to their tab', () => {
    const shared = new MemoryStorage();
    createSessionStore(new MemoryStorage(), () => NOW, shared).set(session('2026-03-02T09:30:00Z'), NOW);
    expect(shared.length).toBe(0);
    expect(createSessionStore(new MemoryStorage(), () => NOW, shared).get().session).toBeNull();
  });

  it('signs out every tab: the shared copy goes, and a tab told of it ends its own session', () => {
    const shared = new MemoryStorage();
    const first = createSessionStore(new MemoryStorage(), () => NOW, shared);
    first.set(resident('2026-03-09T09:00:00Z'), NOW);
    const secondTab = new MemoryStorage();
    const second = createSessionStore(secondTab, () => NOW, shared);
    first.end('signed-out');
    expect(shared.getItem(SHARED_SESSION_KEY)).toBeNull();
    second.sharedChanged(null);
    expect(second.get()).toMatchObject({ session: null, ended: 'signed-out' });
    expect(secondTab.getItem('ow.session')).toBeNull();
  });

  it('tells an expiry in another tab from a sign-out: the shared token gone past its expiry ends this tab as expired', () => {
    const shared = new MemoryStorage();
    let now = NOW;
    const first = createSessionStore(new MemoryStorage(), () => now, shared);
    first.set(resident('2026-03-02T10:00:00Z'), NOW);
    const second = createSessionStore(new MemoryStorage(), () => now, shared);
    now = Date.parse('2026-03-02T10:00:01Z');
    first.end('expired');
    expect(shared.getItem(SHARED_SESSION_KEY)).toBeNull();
    second.sharedChanged(null);
    // Expired, not signed out: the tab keeps the applicant's draft (services.ts clears drafts on a sign-out only).
    expect(second.get()).toMatchObject({ session: null, ended: 'expired' });
  });

  it('takes over a token renewed in another tab for the same user, and ignores another user', () => {
    const shared = new MemoryStorage();
    const store = createSessionStore(new MemoryStorage(), () => NOW, shared);
    store.set(resident('2026-03-09T09:00:00Z'), NOW);
    store.sharedChanged(JSON.stringify({ session: resident('2026-03-10T09:00:00Z', 'token-r2'), receivedAt: NOW + 1 }));
    expect(store.get().session?.token).toBe('token-r2');
    const other = { ...resident('2026-03-10T09:00:00Z', 'token-x'), user: { ...resident('x').user, userId: 'u-other' } };
    store.sharedChanged(JSON.stringify({ session: other, receivedAt: NOW + 2 }));
    expect(store.get().session?.token).toBe('token-r2');
  });
});

describe('a session that ends in one tab without signing out', () => {
  it('leaves the other tabs signed in (a renewal only that tab could not make)', () => {
    const shared = new MemoryStorage();
    const resident: Session = {
      token: 'token-r',
      expiresAt: '2026-03-09T09:00:00Z',
      user: { userId: 'u-resident', role: 'resident', name: '李秀英', workspace: 'resident' },
    };
    const tab = createSessionStore(new MemoryStorage(), () => NOW, shared);
    tab.set(resident, NOW);
    tab.end('expired');
    expect(shared.getItem(SHARED_SESSION_KEY)).not.toBeNull();
    const later = createSessionStore(new MemoryStorage(), () => Date.parse('2026-03-09T10:00:00Z'), shared);
    later.set(resident, NOW);
    later.end('expired');
    expect(shared.getItem(SHARED_SESSION_KEY)).toBeNull();
  });
});
