import { describe, expect, it } from 'vitest';
import { csvCell, toCsv } from './csv';

describe('csvCell', () => {
  it('leaves plain text and numbers as they are', () => {
    expect(csvCell('Hannah Okoye')).toBe('Hannah Okoye');
    expect(csvCell(12)).toBe('12');
    expect(csvCell(-3)).toBe('-3');
    expect(csvCell(0)).toBe('0');
  });

  it('quotes text holding a comma, a quote or a line break, doubling quotes', () => {
    expect(csvCell('Due on 25 March 2026, in 7 working days')).toBe(
      '"Due on 25 March 2026, in 7 working days"',
    );
    expect(csvCell('The “child’s” "voice"')).toBe('"The “child’s” ""voice"""');
    expect(csvCell('line one\nline two')).toBe('"line one\nline two"');
    expect(csvCell('a\r\nb')).toBe('"a\r\nb"');
  });

  it('writes nothing for null, undefined or a number that is not finite', () => {
    expect(csvCell(null)).toBe('');
    expect(csvCell(undefined)).toBe('');
    expect(csvCell(Number.NaN)).toBe('');
  });

  it('stops a spreadsheet running text as a formula', () => {
    expect(csvCell('=HYPERLINK("http://example.com")')).toBe(
      `"'=HYPERLINK(""http://example.com"")"`,
    );
    expect(csvCell('+44 1234')).toBe("'+44 1234");
    expect(csvCell('-x')).toBe("'-x");
    expect(csvCell('@SUM(A1)')).toBe("'@SUM(A1)");
  });
});

describe('toCsv', () => {
  it('writes a header and rows, every line ended with CRLF', () => {
    expect(
      toCsv(
        ['Child', 'Due date', 'Working days left'],
        [
          ['Amelia Brown', '2026-03-25', 7],
          ['O’Neil, Jack', '2025-12-18', -61],
        ],
      ),
    ).toBe(
      'Child,Due date,Working days left\r\nAmelia Brown,2026-03-25,7\r\n"O’Neil, Jack",2025-12-18,-61\r\n',
    );
  });

  it('writes only the header when there are no rows', () => {
    expect(toCsv(['a', 'b'], [])).toBe('a,b\r\n');
  });
});
