import { Button } from '../../../../components/Button/Button.js';
import { useI18n } from '../../../../i18n/i18n.js';
import { fieldIdOf } from '../field-paths.js';
import { emptyTextRow, type TextPair } from '../item-draft.js';
import { PairFields, type FieldErrors } from './PairFields.js';
import { useFocusAfterRender } from './use-focus.js';

type Row = TextPair & { key: string };

/** A list of bilingual texts (acceptance conditions, legal basis) with rows to add and remove. */
export function TextListEditor(props: {
  path: 'acceptanceConditions' | 'legalBasis';
  title: string;
  rowLabel: (n: number) => string;
  addLabel: string;
  rows: Row[];
  onRows(rows: Row[]): void;
  errors: FieldErrors;
  hint?: string;
}) {
  const { t } = useI18n();
  const focusLater = useFocusAfterRender();
  const { path, rows } = props;
  const error = props.errors[path];
  return (
    <fieldset class={`row-list${error ? ' row-list--error' : ''}`}>
      <legend class="row-list__legend" id={fieldIdOf(path)} tabIndex={-1}>
        {props.title}
      </legend>
      {props.hint && <p class="text-field__hint">{props.hint}</p>}
      {error && (
        <p class="text-field__error">
          <span class="visually-hidden">{t('field.errorPrefix')}</span>
          {error}
        </p>
      )}
      {rows.map((row, i) => (
        <div class="row-list__row" key={row.key}>
          <PairFields
            path={`${path}.${i}`}
            label={props.rowLabel(i + 1)}
            value={row}
            onValue={(value) => props.onRows(rows.map((r, j) => (j === i ? { ...r, ...value } : r)))}
            errors={props.errors}
            multiline
          />
          <Button
            variant="quiet"
            class="row-list__remove"
            onClick={() => {
              props.onRows(rows.filter((_, j) => j !== i));
              focusLater(fieldIdOf(path));
            }}
          >
            {t('catalogue.edit.removeRow', { label: props.rowLabel(i + 1) })}
          </Button>
        </div>
      ))}
      <Button
        variant="secondary"
        onClick={() => {
          props.onRows([...rows, emptyTextRow()]);
          focusLater(fieldIdOf(`${path}.${rows.length}.zh-CN`));
        }}
      >
        {props.addLabel}
      </Button>
    </fieldset>
  );
}
