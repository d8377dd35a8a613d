import type { ComponentChildren } from 'preact';
import './button.css';

type Variant = 'primary' | 'secondary' | 'quiet';

const classes = (variant: Variant, extra?: string) => ['button', `button--${variant}`, extra].filter(Boolean).join(' ');

/**
 * A button at least 48 px tall, so older hands and thumbs hit it. Busy buttons use
 * `aria-disabled` rather than `disabled`, which would drop keyboard focus mid-submit.
 */
export function Button(props: {
  variant?: Variant;
  type?: 'button' | 'submit';
  id?: string;
  class?: string;
  'aria-disabled'?: boolean;
  onClick?(event: MouseEvent): void;
  children: ComponentChildren;
}) {
  const { variant = 'primary', type = 'button', class: extra, children, ...rest } = props;
  return (
    <button {...rest} type={type} class={classes(variant, extra)}>
      {children}
    </button>
  );
}

/** A link that looks like a button: for navigation that starts a task. */
export function ButtonLink(props: { href: string; variant?: Variant; class?: string; children: ComponentChildren }) {
  const { variant = 'primary', class: extra, href, children } = props;
  return (
    <a href={href} class={classes(variant, extra)}>
      {children}
    </a>
  );
}
