import { describe, expect, it } from 'vitest';
import { DomainError } from './errors';
import type { ParticipationCode } from './participation';
import { child, episode, review, TODAY, validate, type Rows } from './ssda903-test-rows';
import type { Ssda903Row } from './ssda903-types';
import { validateSsda903 } from './ssda903-validation';
import {
  collectionYear,
  ssda903ReviewExport,
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

describe('ssda903ReviewExport: never writes a row the DfE rules refuse', () => {
  const year = collectionYear(2025);
  const at = (heldOn: string, participationCode: ParticipationCode) => ({
    heldOn,
    participationCode,
  });

  it('leaves out short-break-only children (399), wrong codes for age (440, 441), bad CHILD refs', () => {
    const result = ssda903ReviewExport(
      [
        { childRef: 'C1', dateOfBirth: '2015-03-14', reviews: [at('2025-05-20', 'PN1')] },
        {
          childRef: 'C2',
          dateOfBirth: '2015-03-14',
          reviews: [at('2025-05-20', 'PN1'), at('2025-11-20', 'PN1')],
          episodes: [{ legalStatus: 'V3' }, { legalStatus: 'V4' }],
        },
        { childRef: 'C3', dateOfBirth: '2015-03-14', reviews: [at('2025-05-20', 'PN0')] },
        { childRef: 'C4', dateOfBirth: '2024-01-01', reviews: [at('2025-05-20', 'PN2')] },
        { childRef: '=CMD()', dateOfBirth: '2015-03-14', reviews: [at('2025-05-20', 'PN1')] },
        {
          childRef: 'C5',
          dateOfBirth: '2015-03-14',
          reviews: [at('2025-05-20', 'PN1')],
          episodes: [{ legalStatus: 'V3' }, { legalStatus: 'C2' }],
        },
      ],
      year,
    );
    expect(result.rows.map((row) => row.CHILD)).toEqual(['C1', 'C5']);
    expect(result.leftOut.map((item) => [item.childRef, item.rule])).toEqual([
      ['=CMD()', 'INT04'],
      ['C2', '399'],
      ['C2', '399'],
      ['C3', '440'],
      ['C4', '441'],
    ]);
    expect(result.leftOutByRule).toEqual({ INT04: 1, '399': 2, '440': 1, '441': 1 });
    expect(result.summary).toBe(
      '5 reviews were left out, because the DfE’s rules would refuse them: 2 because the child is on short breaks only (LS V3 or V4) (rule 399); 1 because PN0 was recorded for a child aged 4 or over (rule 440); 1 because PN1 to PN7 was recorded for a child under 4 (rule 441); 1 because the CHILD reference is not in the DfE’s format',
    );
  });

  it('a clean export leaves nothing out and says nothing; ssda903ReviewRows gives the same rows', () => {
    const children = [
      { childRef: 'C1', dateOfBirth: '2015-03-14', reviews: [at('2025-05-20', 'PN1')] },
    ];
    const result = ssda903ReviewExport(children, year);
    expect(result).toMatchObject({ leftOut: [], leftOutByRule: {}, summary: '' });
    expect(ssda903ReviewRows(children, year)).toEqual(result.rows);
  });
});
