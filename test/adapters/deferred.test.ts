import { describe, expect, it } from 'vitest';
import { deferred, once, resolveLazy } from '../../functions/adapters/deferred.js';

interface Store {
  get(key: string): Promise<string>;
  put(key: string, value: string): Promise<void>;
}

function countingStore() {
  const loads = { count: 0 };
  const data = new Map<string, string>();
  const load = async (): Promise<Store> => {
    loads.count++;
    return {
      get: async (key) => data.get(key) ?? 'none',
      async put(key, value) {
        // `this` is the adapter itself, as when it is called directly.
        expect(this).toHaveProperty('get');
        data.set(key, value);
      },
    };
  };
  return { loads, load };
}

describe('deferred ports', () => {
  it('builds the adapter on the first call, once, even for calls made at the same time', async () => {
    const { loads, load } = countingStore();
    const store = deferred<Store>(load, { get: true, put: true });
    expect(loads.count).toBe(0);
    await Promise.all([store.put('a', '1'), store.put('b', '2'), store.get('a')]);
    expect(await store.get('a')).toBe('1');
    expect(await store.get('b')).toBe('2');
    expect(loads.count).toBe(1);
  });

  it('is a plain object with the named methods only (awaiting it does not call anything)', async () => {
    const { loads, load } = countingStore();
    const store = deferred<Store>(load, { get: true, put: true });
    expect(Object.keys(store).sort()).toEqual(['get', 'put']);
    expect(await Promise.resolve(store)).toBe(store);
    expect(loads.count).toBe(0);
  });

  it('passes a failed load to the caller and tries again on the next call', async () => {
    let attempts = 0;
    const store = deferred<Store>(
      async () => {
        attempts++;
        if (attempts === 1) throw new Error('chunk missing');
        return { get: async () => 'loaded', put: async () => {} };
      },
      { get: true, put: true },
    );
    await expect(store.get('x')).rejects.toThrow('chunk missing');
    expect(await store.get('x')).toBe('loaded');
    expect(attempts).toBe(2);
  });
});

describe('once and lazy values', () => {
  it('makes the value once and hands the same one to every caller', async () => {
    let made = 0;
    const client = once(async () => ({ id: ++made }));
    const [a, b] = await Promise.all([client(), client()]);
    expect(a).toBe(b);
    expect(await client()).toBe(a);
    expect(made).toBe(1);
  });

  it('resolves a value as it is and a maker by calling it', async () => {
    const value = { send: async () => 'sent' };
    expect(await resolveLazy(value)).toBe(value);
    expect(await resolveLazy(async () => value)).toBe(value);
  });
});
