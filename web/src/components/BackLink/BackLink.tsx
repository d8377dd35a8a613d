import './back-link.css';

/** GOV.UK's back link: above the page title, to the previous step or page. */
export function BackLink(props: { href: string; children: string }) {
  return (
    <a class="back-link no-print" href={props.href} data-testid="back-link">
      {props.children}
    </a>
  );
}
