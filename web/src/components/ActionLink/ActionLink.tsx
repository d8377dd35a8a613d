import './action-link.css';

/** A large, whole-block link for the few main tasks of a page: a title and one line saying what it does. */
export function ActionLink(props: { href: string; title: string; hint: string; testId?: string }) {
  return (
    <a class="action-link" href={props.href} data-testid={props.testId}>
      <span class="action-link__title">{props.title}</span>
      <span class="action-link__hint">{props.hint}</span>
      <span class="action-link__arrow" aria-hidden="true">
        →
      </span>
    </a>
  );
}
