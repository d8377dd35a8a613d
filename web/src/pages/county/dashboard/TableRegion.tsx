import type { ComponentChildren } from 'preact';

/** A wide table that scrolls sideways inside itself on a phone; focusable so the keyboard can scroll it. */
export function TableRegion(props: { label: string; children: ComponentChildren }) {
  return (
    // biome-ignore lint/a11y/noNoninteractiveTabindex: a scrollable region must be reachable by keyboard (WCAG 2.1.1).
    <div class="table-region" role="region" aria-label={props.label} tabIndex={0}>
      {props.children}
    </div>
  );
}
