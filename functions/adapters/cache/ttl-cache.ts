/**
 * A small in-process cache for reference data that changes rarely (offices, townships, the
 * calendar): entries live `ttlMs`, and a write in this process clears them at once. Another
 * process (Lambda instance) sees a change within `ttlMs`.
 */
export function ttlCache<T>(ttlMs: number, now: () => number = Date.now) {
  const entries = new Map<string, { at: number; value: Promise<T> }>();
  return {
    get(key: string, load: () => Promise<T>): Promise<T> {
      const hit = entries.get(key);
      if (hit && now() - hit.at < ttlMs) return hit.value;
      const value = load();
      entries.set(key, { at: now(), value });
      // A failed load is not kept.
      value.catch(() => entries.delete(key));
      return value;
    },
    clear() {
      entries.clear();
    },
  };
}
