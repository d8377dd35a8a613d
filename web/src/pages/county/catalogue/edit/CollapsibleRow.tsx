import type { ComponentChildren } from 'preact';

/**
 * One row of a long list (a material, a form field): a one-line summary that opens to the
 * row's inputs. A row with an error is kept open, so the error summary's link reaches its field.
 * The inputs stay grouped under a fieldset named like the summary.
 */
export function CollapsibleRow(props: {
  summary: string;
  detail?: string;
  open: boolean;
  onOpen(open: boolean): void;
  testId?: string;
  children: ComponentChildren;
}) {
  return (
    <details
      class="row-editor"
      open={props.open}
      data-testid={props.testId}
      onToggle={(event) => props.onOpen((event.currentTarget as HTMLDetailsElement).open)}
    >
      <summary class="row-editor__summary">
        <span class="row-editor__title">{props.summary}</span>
        {props.detail && <span class="row-editor__detail">{props.detail}</span>}
      </summary>
      <fieldset class="row-editor__body">
        <legend class="visually-hidden">{props.summary}</legend>
        {props.children}
      </fieldset>
    </details>
  );
}

/** Which rows are open: those the user opened, those just added, and any with an error. */
export function isRowOpen(key: string, opened: ReadonlySet<string>, errors: Record<string, string>, path: string): boolean {
  return opened.has(key) || Object.keys(errors).some((p) => p.startsWith(`${path}.`));
}
