import { describe, expect, it } from 'vitest';
import type { Session } from '../../../web/src/api/types.js';
import { createSessionStore } from '../../../web/src/session/session-store.js';

/** sessionStorage as the browser has it, kept in a Map. */
class MemoryStorage implements Storage {
  private items = new Map<string, string>();
  get length() {
    return this.items.size;
  }
  clear() {
    this.items.clear();
  }
  getItem(key: string) {
    return this.items.get(key) ?? null;
  }
  key(index: number) {
    return [...this.items.keys()][index] ?? null;
  }
  removeItem(key: string) {
    this.items.delete(key);
  }
  setItem(key: string, value: string) {
    this.items.set(key, value);
  }
}

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
