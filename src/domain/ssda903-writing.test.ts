import { describe, expect, it } from 'vitest';
import { DomainError } from './errors';
import { child, episode, review, TODAY, validate, type Rows } from './ssda903-test-rows';
import type { Ssda903Row } from './ssda903-types';
import { validateSsda903 } from './ssda903-validation';
import {
  collectionYear,
  ssda903ReviewRows,
  ssda903ReviewsCsv,
  ssda903RowsOf,
} from './ssda903-writing';

describe('the reviews file for a collection year', () => {
  it('collectionYear runs from 1 April to 31 March', () => {
    expect(collectionYear(2025)).toEqual({
      start: '2025-04-01',
      end: '2026-03-31',
      label: '2025-26',
    });
    expect(collectionYear(1999).label).toBe('1999-00');
    expect(() => collectionYear(2025.5)).toThrow(DomainError);
  });

  it('writes the reviews in the year, both ends included, sorted by CHILD then date', () => {
    const rows = ssda903ReviewRows(
      [
        {
          childRef: 'B2',
          dateOfBirth: '2015-03-14',
          reviews: [
            { heldOn: '2026-03-31', participationCode: 'PN6' },
            { heldOn: '2025-04-01', participationCode: 'PN1' },
            { heldOn: '2026-04-01', participationCode: 'PN1' },
          ],
        },
        {
          childRef: 'A1',
          dateOfBirth: '2024-02-02',
          reviews: [
            { heldOn: '2025-03-31', participationCode: 'PN0' },
            { heldOn: '2025-09-29', participationCode: 'PN0' },
          ],
        },
      ],
      collectionYear(2025),
    );
    expect(rows).toEqual([
      { CHILD: 'A1', DOB: '02/02/2024', REVIEW: '29/09/2025', REVIEW_CODE: 'PN0' },
      { CHILD: 'B2', DOB: '14/03/2015', REVIEW: '01/04/2025', REVIEW_CODE: 'PN1' },
      { CHILD: 'B2', DOB: '14/03/2015', REVIEW: '31/03/2026', REVIEW_CODE: 'PN6' },
    ]);
    expect(ssda903ReviewsCsv(rows)).toBe(
      'CHILD,DOB,REVIEW,REVIEW_CODE\r\nA1,02/02/2024,29/09/2025,PN0\r\nB2,14/03/2015,01/04/2025,PN1\r\nB2,14/03/2015,31/03/2026,PN6\r\n',
    );
  });

  it('quotes cells that need it', () => {
    expect(
      ssda903ReviewsCsv([
        { CHILD: 'A,"1"', DOB: '01/01/2015', REVIEW: '01/06/2025', REVIEW_CODE: 'PN1' },
      ]),
    ).toBe('CHILD,DOB,REVIEW,REVIEW_CODE\r\n"A,""1""",01/01/2015,01/06/2025,PN1\r\n');
  });

  it('round trip: the valid rows written back validate to the same children', () => {
    const original = validate({
      header: [child('C1'), child('C2', '02/02/2024', '2')],
      episodes: [
        episode('C1', '01/05/2023', { DEC: '20/06/2023', REC: 'X1' }),
        episode('C1', '20/06/2023', { RNE: 'P', PLACE: 'U6' }),
        episode('C2', '03/09/2025'),
        episode('C9', '03/09/2025'),
      ],
      reviews: [
        review('C1', '26/05/2023'),
        review('C1', '24/08/2023', 'PN8'),
        review('C2', '29/09/2025', 'PN0', '02/02/2024'),
      ],
    });
    expect(original.problems).toHaveLength(2);
    const again = validateSsda903(ssda903RowsOf(original.children), { today: TODAY });
    expect(again.problems).toEqual([]);
    const strip = (c: (typeof original.children)[number]) => ({
      childRef: c.childRef,
      dateOfBirth: c.dateOfBirth,
      periods: c.periods,
      episodes: c.episodes.map(({ row: _row, ...rest }) => rest),
      reviews: c.reviews.map(({ row: _row, ...rest }) => rest),
    });
    expect(again.children.map(strip)).toEqual(original.children.map(strip));
  });

  it('round trip: import then export gives the same reviews', () => {
    const reviewRows: Ssda903Row[] = [
      review('C1', '26/05/2023'),
      review('C1', '24/08/2023', 'PN6'),
      review('C1', '20/02/2024', 'PN5'),
      review('C2', '29/09/2025', 'PN0', '02/02/2024'),
    ] as Ssda903Row[];
    const result = validate({
      header: [child('C1'), child('C2', '02/02/2024', '2')],
      episodes: [episode('C1', '01/05/2023'), episode('C2', '03/09/2025')],
      reviews: reviewRows as Rows,
    });
    expect(result.problems).toEqual([]);
    const everything = { start: '2000-04-01', end: '2030-03-31', label: 'all' };
    expect(ssda903ReviewRows(result.children, everything)).toEqual(reviewRows);
    // One collection year: only its reviews.
    expect(ssda903ReviewRows(result.children, collectionYear(2023))).toEqual(
      reviewRows.slice(0, 3),
    );
  });
});
