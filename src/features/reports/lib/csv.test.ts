import { describe, expect, it } from 'vitest';
import { csvField, csvFilename, toCsv } from './csv';

describe('csvField', () => {
  it('leaves plain text and numbers alone', () => {
    expect(csvField('Hannah Okoye')).toBe('Hannah Okoye');
    expect(csvField(42)).toBe('42');
    expect(csvField(12.5)).toBe('12.5');
    expect(csvField(-3)).toBe('-3');
    expect(csvField('')).toBe('');
    expect(csvField(null)).toBe('');
    expect(csvField(undefined)).toBe('');
    expect(csvField(Number.NaN)).toBe('');
  });

  it('quotes commas, quotes, line breaks and surrounding spaces, doubling quotes', () => {
    expect(csvField('Okoye, Hannah')).toBe('"Okoye, Hannah"');
    expect(csvField('She said "no"')).toBe('"She said ""no"""');
    expect(csvField('line one\nline two')).toBe('"line one\nline two"');
    expect(csvField('a\r\nb')).toBe('"a\r\nb"');
    expect(csvField(' padded ')).toBe('" padded "');
    expect(csvField('"')).toBe('""""');
  });

  it('makes text that a spreadsheet would run as a formula inert', () => {
    expect(csvField('=1+1')).toBe("'=1+1");
    expect(csvField('+44 20')).toBe("'+44 20");
    expect(csvField('-x')).toBe("'-x");
    expect(csvField('@SUM(A1)')).toBe("'@SUM(A1)");
    expect(csvField('=HYPERLINK("http://x", "y")')).toBe('"\'=HYPERLINK(""http://x"", ""y"")"');
    // Numbers are numbers, not formulas.
    expect(csvField(-5)).toBe('-5');
  });
});

describe('toCsv', () => {
  it('joins fields with commas and ends every row with CRLF', () => {
    expect(
      toCsv([
        ['Month', 'Reviews held', 'Reason'],
        ['April 2025', 31, 'The carer, and the child, were away'],
        ['May 2025', 0, null],
      ]),
    ).toBe(
      'Month,Reviews held,Reason\r\n' +
        'April 2025,31,"The carer, and the child, were away"\r\n' +
        'May 2025,0,\r\n',
    );
    expect(toCsv([])).toBe('');
  });

  it('round-trips through a strict RFC 4180 reader', () => {
    const rows = [
      ['a', 'b,c', 'd "e"', 'f\r\ng', ''],
      ['1', '2', '3', '4', '5'],
    ];
    expect(parseCsv(toCsv(rows))).toEqual(rows);
  });
});

describe('csvFilename', () => {
  it('makes a lower-case, hyphenated name ending .csv', () => {
    expect(csvFilename('IRO annual report', '2025-26', 'Late reviews')).toBe(
      'iro-annual-report-2025-26-late-reviews.csv',
    );
    expect(csvFilename('Reviews by month', '1 April 2025 to 31 March 2026')).toBe(
      'reviews-by-month-1-april-2025-to-31-march-2026.csv',
    );
    expect(csvFilename('  ')).toBe('table.csv');
  });
});

/** A strict RFC 4180 reader for the round trip (written here, independent of the writer). */
function parseCsv(text: string): string[][] {
  const rows: string[][] = [];
  let row: string[] = [];
  let field = '';
  let quoted = false;
  for (let i = 0; i < text.length; i++) {
    const ch = text.charAt(i);
    if (quoted) {
      if (ch === '"' && text[i + 1] === '"') {
        field += '"';
        i++;
      } else if (ch === '"') {
        quoted = false;
      } else {
        field += ch;
      }
    } else if (ch === '"') {
      quoted = true;
    } else if (ch === ',') {
      row.push(field);
      field = '';
    } else if (ch === '\r' && text[i + 1] === '\n') {
      row.push(field);
      rows.push(row);
      row = [];
      field = '';
      i++;
    } else {
      field += ch;
    }
  }
  return rows;
}
