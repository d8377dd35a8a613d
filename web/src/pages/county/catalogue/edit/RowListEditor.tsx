import type { ComponentChildren } from 'preact';
import { useState } from 'preact/hooks';
import { Button } from '../../../../components/Button/Button.js';
import { fieldIdOf } from '../field-paths.js';
import { CollapsibleRow, isRowOpen } from './CollapsibleRow.js';
import type { FieldErrors } from './PairFields.js';
import { useFocusAfterRender } from './use-focus.js';

/** What a row-list editor shows of one row and how it edits it. */
export interface RowListLabels<Row> {
  title: string;
  summary(row: Row, n: number): string;
  detail(row: Row): string;
  remove(n: number): string;
  add: string;
}

/**
 * A list of rows of an item (materials, form fields) under one fieldset: each row collapses to
 * a summary, opens to its inputs (kept open while it has an error), and can be removed; a new
 * row opens with focus on its id. Focus after removing goes back to the list's legend.
 */
export function RowListEditor<Row extends { key: string }>(props: {
  /** The list's path in the item (`materials`, `formFields`): ids, error keys and test ids come from it. */
  path: string;
  testId: string;
  rowTestId: string;
  rows: Row[];
  onRows(rows: Row[]): void;
  errors: FieldErrors;
  newRow(): Row;
  labels: RowListLabels<Row>;
  /** The inputs of row `i`; `set` merges a change into it, `at` is its error path. */
  children(row: Row, i: number, set: (patch: Partial<Row>) => void, at: string): ComponentChildren;
}) {
  const { path, rows, errors, labels } = props;
  const [opened, setOpened] = useState<ReadonlySet<string>>(new Set());
  const toggle = (key: string, open: boolean) =>
    setOpened((now) => {
      const next = new Set(now);
      if (open) next.add(key);
      else next.delete(key);
      return next;
    });
  const focusLater = useFocusAfterRender();
  const setRow = (i: number) => (patch: Partial<Row>) => props.onRows(rows.map((r, j) => (j === i ? { ...r, ...patch } : r)));
  return (
    <fieldset class={`row-list${errors[path] ? ' row-list--error' : ''}`} data-testid={props.testId}>
      <legend class="row-list__legend" id={fieldIdOf(path)} tabIndex={-1}>
        {labels.title}
      </legend>
      {errors[path] && <p class="text-field__error">{errors[path]}</p>}
      {rows.map((row, i) => {
        const at = `${path}.${i}`;
        const n = i + 1;
        return (
          <CollapsibleRow
            key={row.key}
            testId={`${props.rowTestId}-${i}`}
            summary={labels.summary(row, n)}
            detail={labels.detail(row)}
            open={isRowOpen(row.key, opened, errors, at)}
            onOpen={(open) => toggle(row.key, open)}
          >
            {props.children(row, i, setRow(i), at)}
            <Button
              variant="quiet"
              onClick={() => {
                props.onRows(rows.filter((_, j) => j !== i));
                focusLater(fieldIdOf(path));
              }}
            >
              {labels.remove(n)}
            </Button>
          </CollapsibleRow>
        );
      })}
      <Button
        variant="secondary"
        onClick={() => {
          const row = props.newRow();
          toggle(row.key, true);
          props.onRows([...rows, row]);
          focusLater(fieldIdOf(`${path}.${rows.length}.id`));
        }}
      >
        {labels.add}
      </Button>
    </fieldset>
  );
}
