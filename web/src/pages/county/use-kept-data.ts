import { useRef } from 'preact/hooks';
import type { AsyncStatus } from '../../api/use-async.js';

/**
 * The data of the last successful load of `key`, kept while a reload of the same thing runs:
 * after a save the page reloads what it shows, and should not flash back to "loading…" nor
 * lose the confirmation beside it. Loading something else (another key) shows nothing stale.
 */
export function useKeptData<T>(state: AsyncStatus<T>, key: string): T | undefined {
  const kept = useRef<{ key: string; data: T } | undefined>(undefined);
  if (state.status === 'ready') kept.current = { key, data: state.data };
  return kept.current?.key === key ? kept.current.data : undefined;
}
