import { describe, expect, it } from 'vitest';
import { toCsv } from '../../../web/src/components/CsvButton/csv.js';

describe('CSV export', () => {
  it('starts with a UTF-8 byte-order mark and ends rows with CRLF, so spreadsheet software reads Chinese text', () => {
    const csv = toCsv(['乡镇', '件数'], [['青石镇', 3]]);
    expect(csv.charCodeAt(0)).toBe(0xfeff);
    expect(csv.slice(1)).toBe('乡镇,件数\r\n青石镇,3\r\n');
  });

  it('quotes commas, quotes and line breaks, leaves empty cells empty, and keeps formula-like text as text', () => {
    const csv = toCsv(
      ['a', 'b', 'c', 'd'],
      [
        ['x,y', 'say "hi"', null, '=SUM(A1)'],
        ['line\nbreak', undefined, 0, '-5'],
      ],
    );
    expect(csv.slice(1).split('\r\n')).toEqual(['a,b,c,d', `"x,y","say ""hi""",,'=SUM(A1)`, `"line\nbreak",,0,'-5`, '']);
  });
});
