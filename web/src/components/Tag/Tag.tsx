import type { ComponentChildren } from 'preact';
import './tag.css';

export type TagTone = 'neutral' | 'info' | 'warning' | 'danger' | 'success';

/**
 * A short status label (a case's state, a deadline warning). The tone is never the only
 * signal: the words say it too, so it reads the same in greyscale print and to screen readers.
 */
export function Tag(props: { tone?: TagTone; children: ComponentChildren; testId?: string }) {
  return (
    <strong class={`tag tag--${props.tone ?? 'neutral'}`} data-testid={props.testId}>
      {props.children}
    </strong>
  );
}
