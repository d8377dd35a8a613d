import { useRef, useState } from 'preact/hooks';

/**
 * Runs one write at a time: a second click while the first is on its way is ignored at once
 * (a ref, not state, which would only change after the next render), so a double click never
 * sends a stale version or a second intake. `busy` drives the button's look.
 */
export function useInFlight() {
  const inFlight = useRef(false);
  const [busy, setBusy] = useState(false);
  const run = async (task: () => Promise<void>): Promise<void> => {
    if (inFlight.current) return;
    inFlight.current = true;
    setBusy(true);
    try {
      await task();
    } finally {
      inFlight.current = false;
      setBusy(false);
    }
  };
  return { busy, run };
}
