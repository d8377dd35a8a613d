import type { ComponentChildren } from 'preact';
import './notice.css';

/**
 * A highlighted message: information, success, or a problem. A status notice is announced by
 * screen readers when it appears (role=status); an error is announced at once (role=alert).
 */
export function Notice(props: { tone?: 'info' | 'success' | 'error'; title?: string; children?: ComponentChildren; announce?: boolean }) {
  const { tone = 'info', title, children, announce = true } = props;
  const role = !announce ? undefined : tone === 'error' ? 'alert' : 'status';
  return (
    <div class={`notice notice--${tone}`} role={role}>
      {title && <p class="notice__title">{title}</p>}
      {children}
    </div>
  );
}
