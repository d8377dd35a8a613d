import { Button } from '../Button/Button.js';
import { downloadCsv, toCsv } from './csv.js';

/** Exports a table as CSV (UTF-8 with BOM); what it exports is what the table shows, already masked. */
export function CsvButton(props: {
  label: string;
  fileName: string;
  header: () => string[];
  rows: () => (string | number | null | undefined)[][];
  id: string;
}) {
  return (
    <Button variant="secondary" onClick={() => downloadCsv(props.fileName, toCsv(props.header(), props.rows()))} id={props.id}>
      {props.label}
    </Button>
  );
}
