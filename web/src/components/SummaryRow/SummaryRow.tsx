import type { ComponentChildren } from 'preact';

/** One label and its value in a `summary-list` (a `<dl>`). */
export function SummaryRow(props: { label: string; children: ComponentChildren; testId?: string }) {
  return (
    <div class="summary-list__row">
      <dt>{props.label}</dt>
      <dd data-testid={props.testId}>{props.children}</dd>
    </div>
  );
}
