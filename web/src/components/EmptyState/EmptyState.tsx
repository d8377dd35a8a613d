import type { ComponentChildren } from 'preact';
import './empty-state.css';

/** What a list shows when it has nothing: a plain sentence, and optionally what to do next. */
export function EmptyState(props: { children?: ComponentChildren; action?: ComponentChildren }) {
  return (
    <div class="empty-state" data-testid="empty-state">
      <p class="empty-state__text">{props.children}</p>
      {props.action}
    </div>
  );
}
