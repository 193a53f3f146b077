// (.tsx so that the jsdom "ui" project runs it: the browser's File, Blob and performance are there.)
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import Papa from 'papaparse';
import { describe, expect, it } from 'vitest';
import { collectionYear, ssda903ReviewRows, ssda903ReviewsCsv } from '@/domain';
import { analyseReturn, parseCsvFile } from './analyse-return';
import { readReturn } from './read-return';

const TODAY = '2026-11-23';

function fixtureText(name: 'header' | 'episodes' | 'reviews'): string {
  return readFileSync(join(process.cwd(), 'e2e', 'fixtures', 'ssda903', `${name}.csv`), 'utf8');
}

const texts = {
  header: fixtureText('header'),
  episodes: fixtureText('episodes'),
  reviews: fixtureText('reviews'),
};

describe('parseCsvFile', () => {
  it('reads the column names and rows, ignoring a byte-order mark, blank lines and case', () => {
    const { data, problems } = parseCsvFile(
      '\uFEFFchild,Sex,DOB\r\nC1,1,14/03/2015\r\n\r\n"C,2",2,"01/01/2016"\r\n',
      'header',
    );
    expect(problems).toEqual([]);
    expect(data.columns).toEqual(['CHILD', 'SEX', 'DOB']);
    // The blank line counts: the second child is on row 4 of the spreadsheet.
    expect(data.rowNumbers).toEqual([2, 4]);
    expect(data.rows).toEqual([
      { CHILD: 'C1', SEX: '1', DOB: '14/03/2015' },
      { CHILD: 'C,2', SEX: '2', DOB: '01/01/2016' },
    ]);
  });

  it('reports rows with the wrong number of cells, by spreadsheet row', () => {
    const { problems } = parseCsvFile('CHILD,SEX,DOB\nC1,1,14/03/2015\nC2,1\n', 'header');
    expect(problems).toEqual([
      {
        file: 'header',
        row: 3,
        field: '',
        code: 'csv-wrong-number-of-cells',
        message: 'The row has 2 cells but there are 3 column names',
        childRef: 'C2',
        rule: null,
      },
    ]);
  });

  it('reports progress as it reads', () => {
    const big = `CHILD,SEX,DOB\n${Array.from({ length: 30000 }, (_, i) => `C${i},1,14/03/2015`).join('\n')}\n`;
    const seen: number[] = [];
    const { data } = parseCsvFile(big, 'header', (read) => seen.push(read));
    expect(data.rows).toHaveLength(30000);
    expect(seen.length).toBeGreaterThan(1);
    expect(seen.at(-1)).toBe(big.length);
  });
});

describe('analyseReturn (the fixture return)', () => {
  it('finds the children, the problems and the progress', () => {
    const fractions: number[] = [];
    const analysis = analyseReturn(texts, TODAY, (fraction) => fractions.push(fraction));
    expect(analysis.validation.children.map((child) => child.childRef)).toEqual([
      'NB900001',
      'NB900002',
      'NB900003',
      'NB900004',
    ]);
    expect(analysis.problems.map((p) => `${p.file} ${p.row} ${p.field} ${p.code}`)).toEqual([
      'header 6 CHILD duplicate-row',
      'header 7 DOB invalid-date',
      'episodes 9 RNE invalid-reason-for-new-episode',
      'episodes 10 CHILD unknown-child',
      'reviews 4 REVIEW duplicate-row',
      'reviews 5 REVIEW_CODE invalid-review-code',
      'reviews 11 REVIEW invalid-date',
      'reviews 12 REVIEW_CODE review-code-not-allowed-for-age',
      'reviews 13 REVIEW review-outside-care',
      'reviews 14 CHILD unknown-child',
    ]);
    expect(fractions.at(-1)).toBe(1);
    expect(fractions).toEqual([...fractions].sort((a, b) => a - b));
  });

  it('round trip: import then export gives the same reviews (the valid rows of the reviews file)', () => {
    const analysis = analyseReturn(texts, TODAY);
    const csv = ssda903ReviewsCsv(
      ssda903ReviewRows(analysis.validation.children, {
        start: '2000-04-01',
        end: '2027-03-31',
        label: 'all',
      }),
    );
    const exported = Papa.parse<Record<string, string>>(csv, {
      header: true,
      skipEmptyLines: true,
    }).data;
    const problemRows = new Set(
      analysis.problems.filter((p) => p.file === 'reviews').map((p) => p.row),
    );
    const original = Papa.parse<Record<string, string>>(texts.reviews, {
      header: true,
      skipEmptyLines: true,
    }).data.filter((_, index) => !problemRows.has(index + 2));
    expect(exported).toEqual(original);
    // And for one collection year, only its reviews.
    const year = ssda903ReviewRows(analysis.validation.children, collectionYear(2025));
    expect(year.map((row) => row.REVIEW)).toEqual([
      '28/05/2025',
      '20/08/2025',
      '18/02/2026',
      '11/02/2026',
    ]);
  });

  it('readReturn gives the same result without a worker (jsdom has none)', async () => {
    expect(typeof Worker).toBe('undefined');
    const files = {
      header: new File([texts.header], 'header.csv'),
      episodes: new File([texts.episodes], 'episodes.csv'),
      reviews: new File([texts.reviews], 'reviews.csv'),
    };
    const analysis = await readReturn(files, TODAY);
    expect(analysis.validation).toEqual(analyseReturn(texts, TODAY).validation);
  });
});
