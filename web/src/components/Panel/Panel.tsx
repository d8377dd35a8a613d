import type { ComponentChildren } from 'preact';
import './panel.css';

/** A titled section of a dashboard; `id` is also the target of the workspace navigation. */
export function Panel(props: { id: string; title: string; children: ComponentChildren; wide?: boolean }) {
  const headingId = `${props.id}-title`;
  return (
    <section class={`panel${props.wide ? ' panel--wide' : ''}`} id={props.id} aria-labelledby={headingId} tabIndex={-1}>
      <h2 class="panel__title" id={headingId}>
        {props.title}
      </h2>
      {props.children}
    </section>
  );
}
