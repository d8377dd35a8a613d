import { useEffect, useRef } from 'preact/hooks';

/**
 * Moves focus to an element after the next render: to a row just added, or back to its list's
 * legend when a row is removed, so a keyboard user is never left on a button that vanished.
 */
export function useFocusAfterRender(): (id: string) => void {
  const pending = useRef<string | null>(null);
  useEffect(() => {
    if (!pending.current) return;
    const element = document.getElementById(pending.current);
    pending.current = null;
    element?.focus();
  });
  return (id: string) => {
    pending.current = id;
  };
}
