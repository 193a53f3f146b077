import { describe, expect, it } from 'vitest';
import { SSDA903_REQUIRED_COLUMNS } from './ssda903-types';
import { brief, child, episode, review, TODAY, validate } from './ssda903-test-rows';
import { validateSsda903 } from './ssda903-validation';

describe('validateSsda903: a clean return', () => {
  const result = validate({
    header: [child('C001', '14/03/2015'), child('C002', '02/02/2024', '2')],
    episodes: [
      episode('C001', '01/05/2023', { DEC: '20/06/2023', REC: 'X1' }),
      episode('C001', '20/06/2023', { RNE: 'P', PLACE: 'U6' }),
      episode('C002', '03/09/2025'),
    ],
    reviews: [
      review('C001', '26/05/2023'),
      review('C001', '24/08/2023', 'PN6'),
      review('C002', '29/09/2025', 'PN0', '02/02/2024'),
    ],
  });

  it('finds every child, episode and review with no problems', () => {
    expect(result.problems).toEqual([]);
    expect(result.excluded).toEqual([]);
    expect(result.counts).toEqual({
      header: { rows: 2, valid: 2 },
      episodes: { rows: 3, valid: 3 },
      reviews: { rows: 3, valid: 3 },
      periodsOfCare: 2,
    });
  });

  it('converts the dates and groups the episodes into periods of care', () => {
    const [first, second] = result.children;
    expect(first).toMatchObject({
      childRef: 'C001',
      sex: '1',
      dateOfBirth: '2015-03-14',
      headerRow: 2,
      reviews: [
        { heldOn: '2023-05-26', participationCode: 'PN1', row: 2 },
        { heldOn: '2023-08-24', participationCode: 'PN6', row: 3 },
      ],
    });
    expect(first?.episodes.map((e) => [e.start, e.end, e.reasonForNewEpisode, e.row])).toEqual([
      ['2023-05-01', '2023-06-20', 'S', 2],
      ['2023-06-20', null, 'P', 3],
    ]);
    // A change of placement (RNE P) continues the same period of care.
    expect(first?.periods).toHaveLength(1);
    expect(first?.periods[0]).toMatchObject({ start: '2023-05-01', end: null });
    expect(second?.periods).toEqual([
      {
        start: '2025-09-03',
        end: null,
        episodes: [{ start: '2025-09-03', end: null, reasonForNewEpisode: 'S', legalStatus: 'C2' }],
      },
    ]);
  });
});

describe('validateSsda903: periods of care', () => {
  it('starts a new period with RNE S, so the review cycle restarts', () => {
    const result = validate({
      header: [child('C1')],
      episodes: [
        episode('C1', '01/01/2022', { DEC: '01/06/2022', REC: 'E11' }),
        episode('C1', '01/02/2024', { RNE: 'S' }),
      ],
    });
    expect(result.problems).toEqual([]);
    expect(result.children[0]?.periods.map((p) => [p.start, p.end])).toEqual([
      ['2022-01-01', '2022-06-01'],
      ['2024-02-01', null],
    ]);
  });

  it('refuses a continuing RNE after the child left care (432) or after a gap (433)', () => {
    const result = validate({
      header: [child('C1')],
      episodes: [
        episode('C1', '01/01/2022', { DEC: '01/06/2022', REC: 'E11' }),
        episode('C1', '05/06/2022', { RNE: 'P' }),
      ],
    });
    expect(result.problems.map((p) => p.rule)).toEqual(['432', '433']);
    expect(result.children).toEqual([]);
  });

  it('sorts episodes given in any order', () => {
    const result = validate({
      header: [child('C1')],
      episodes: [
        episode('C1', '10/03/2023', { RNE: 'L' }),
        episode('C1', '01/01/2023', { DEC: '10/03/2023', REC: 'X1' }),
      ],
    });
    expect(result.problems).toEqual([]);
    expect(result.children[0]?.episodes.map((e) => e.start)).toEqual(['2023-01-01', '2023-03-10']);
    expect(result.children[0]?.periods).toHaveLength(1);
  });
});

describe('validateSsda903: every row problem names the file, row and field', () => {
  it('reports missing columns and reads nothing else', () => {
    const result = validateSsda903(
      {
        header: { columns: ['CHILD', 'SEX'], rows: [child('C1')] },
        episodes: { columns: SSDA903_REQUIRED_COLUMNS.episodes, rows: [] },
        reviews: { columns: ['CHILD', 'DOB', 'REVIEW'], rows: [] },
      },
      { today: TODAY },
    );
    expect(brief(result.problems)).toEqual([
      'header 1 DOB missing-column: The header file has no DOB column: its first row must name the columns CHILD, SEX, DOB',
      'reviews 1 REVIEW_CODE missing-column: The reviews file has no REVIEW_CODE column: its first row must name the columns CHILD, DOB, REVIEW, REVIEW_CODE',
    ]);
    expect(result.children).toEqual([]);
  });

  it('unparseable, blank and future dates', () => {
    const result = validate({
      header: [child('C1', '31/02/2015'), child('C2', ''), child('C3', '01/01/2027'), child('C4')],
      episodes: [episode('C4', '2023-01-05'), episode('C4', '01/02/2023', { DEC: '40/02/2023' })],
      reviews: [review('C4', '12/13/2023')],
    });
    expect(brief(result.problems)).toEqual([
      "header 2 DOB invalid-date: DOB must be a real date in the form dd/mm/yyyy: got '31/02/2015'",
      'header 3 DOB blank: DOB is blank: enter a date as dd/mm/yyyy',
      'header 4 DOB date-in-future: DOB is 1 January 2027, which is in the future',
      "episodes 2 DECOM invalid-date: DECOM must be a real date in the form dd/mm/yyyy: got '2023-01-05'",
      "episodes 3 DEC invalid-date: DEC must be a real date in the form dd/mm/yyyy: got '40/02/2023'",
      'episodes 3 REC end-and-reason-mismatch: DEC is filled in but REC is blank: enter the reason the episode ceased (X1 if a new episode began that day)',
      "reviews 2 REVIEW invalid-date: REVIEW must be a real date in the form dd/mm/yyyy: got '12/13/2023'",
    ]);
    expect(result.children).toEqual([]);
    expect(result.excluded.map((e) => e.childRef)).toEqual(['C1', 'C2', 'C3', 'C4']);
  });

  it('unknown children in the episodes and reviews files', () => {
    const result = validate({
      header: [child('C1')],
      episodes: [episode('C1', '01/01/2024'), episode('C9', '01/01/2024')],
      reviews: [review('C8', '20/01/2024'), review('C1', '29/01/2024')],
    });
    expect(brief(result.problems)).toEqual([
      'episodes 3 CHILD unknown-child: Child C9 is not in the header file',
      'reviews 2 CHILD unknown-child: Child C8 is not in the header file',
    ]);
    expect(result.children.map((c) => c.childRef)).toEqual(['C1']);
    expect(result.counts.reviews).toEqual({ rows: 2, valid: 1 });
  });

  it('REVIEW_CODE must be PN0 to PN7, exactly', () => {
    const result = validate({
      header: [child('C1')],
      episodes: [episode('C1', '01/01/2024')],
      reviews: [
        review('C1', '20/01/2024', 'PN8'),
        review('C1', '21/01/2024', 'pn1'),
        review('C1', '22/01/2024', ''),
        review('C1', '23/01/2024', 'PN7'),
      ],
    });
    expect(brief(result.problems)).toEqual([
      "reviews 2 REVIEW_CODE invalid-review-code: REVIEW_CODE must be one of PN0 to PN7: got 'PN8'",
      "reviews 3 REVIEW_CODE invalid-review-code: REVIEW_CODE must be one of PN0 to PN7: got 'pn1'",
      'reviews 4 REVIEW_CODE invalid-review-code: REVIEW_CODE is blank: enter PN0 to PN7',
    ]);
    expect(result.children[0]?.reviews.map((r) => r.participationCode)).toEqual(['PN7']);
  });

  it('PN0 for a child aged 4 or over, PN1-PN7 for a child under 4; either on the 4th birthday', () => {
    const dob = '10/05/2020';
    const result = validate({
      header: [child('C1', dob)],
      episodes: [episode('C1', '01/01/2024')],
      reviews: [
        review('C1', '09/05/2024', 'PN0', dob), // 3, the day before the birthday: fine
        review('C1', '10/05/2024', 'PN1', dob), // the 4th birthday: either is accepted
        review('C1', '11/05/2024', 'PN0', dob), // 4: PN0 is wrong
        review('C1', '08/05/2024', 'PN2', dob), // 3: PN2 is wrong
      ],
    });
    expect(brief(result.problems)).toEqual([
      'reviews 4 REVIEW_CODE review-code-not-allowed-for-age: REVIEW_CODE PN0 is only for children under 4: this child was 4 or over on 11 May 2024',
      'reviews 5 REVIEW_CODE review-code-not-allowed-for-age: REVIEW_CODE PN2 is for children aged 4 or over: this child was under 4 on 8 May 2024 (use PN0)',
    ]);
    expect(result.children[0]?.reviews.map((r) => r.heldOn)).toEqual(['2024-05-09', '2024-05-10']);
  });

  it('a review before the episode started, between periods of care, or after care ended', () => {
    const result = validate({
      header: [child('C1'), child('C2')],
      episodes: [
        episode('C1', '01/03/2024'),
        episode('C2', '01/01/2022', { DEC: '30/06/2022', REC: 'E4A' }),
        episode('C2', '01/01/2023', { DEC: '30/06/2023', REC: 'E4A' }),
      ],
      reviews: [
        review('C1', '28/02/2024'),
        review('C1', '01/03/2024'),
        review('C2', '01/09/2022'),
        review('C2', '01/09/2023'),
        review('C2', '30/06/2023'),
      ],
    });
    expect(brief(result.problems)).toEqual([
      'reviews 2 REVIEW review-outside-care: REVIEW (28 February 2024) is before the child’s first episode started on 1 March 2024',
      'reviews 4 REVIEW review-outside-care: REVIEW (1 September 2022) is between periods of care: the child left care on 30 June 2022 and became looked after again on 1 January 2023',
      'reviews 5 REVIEW review-outside-care: REVIEW (1 September 2023) is after the child’s last episode ended on 30 June 2023',
    ]);
    // A review on the day the child became looked after, or on the last day, is in care.
    expect(result.children.map((c) => c.reviews.map((r) => r.heldOn))).toEqual([
      ['2024-03-01'],
      ['2023-06-30'],
    ]);
  });

  it('a review before the child was born', () => {
    const result = validate({
      header: [child('C1', '01/06/2024')],
      episodes: [episode('C1', '01/06/2024')],
      reviews: [review('C1', '01/05/2024', 'PN0', '01/06/2024')],
    });
    expect(brief(result.problems)).toEqual([
      'reviews 2 REVIEW before-birth: REVIEW (1 May 2024) is before the child’s date of birth (1 June 2024)',
    ]);
  });

  it('exact duplicate rows: the first is kept, the repeat left out', () => {
    const result = validate({
      header: [child('C1'), child('C1')],
      episodes: [episode('C1', '01/01/2024'), episode('C1', '01/01/2024')],
      reviews: [review('C1', '29/01/2024'), review('C1', '29/01/2024')],
    });
    expect(brief(result.problems)).toEqual([
      'header 3 CHILD duplicate-row: Row 3 is a duplicate of row 2: it is left out',
      'episodes 3 DECOM duplicate-row: Row 3 is a duplicate of row 2: it is left out',
      'reviews 3 REVIEW duplicate-row: Row 3 is a duplicate of row 2: it is left out',
    ]);
    expect(result.children).toHaveLength(1);
    expect(result.children[0]?.episodes).toHaveLength(1);
    expect(result.children[0]?.reviews).toHaveLength(1);
    expect(result.counts).toMatchObject({
      header: { rows: 2, valid: 1 },
      episodes: { rows: 2, valid: 1 },
      reviews: { rows: 2, valid: 1 },
    });
  });

  it('conflicting rows (same child and date, different details): none is used', () => {
    const result = validate({
      header: [child('C1'), child('C2', '14/03/2015'), child('C2', '15/03/2015')],
      episodes: [
        episode('C1', '01/01/2024'),
        episode('C1', '01/01/2024', { LS: 'C1' }),
        episode('C2', '01/01/2024'),
      ],
      reviews: [review('C1', '29/01/2024', 'PN1'), review('C1', '29/01/2024', 'PN2')],
    });
    expect(brief(result.problems)).toEqual([
      'header 3 CHILD conflicting-row: Child C2 is also in row 4 with different details: correct the file so there is one row',
      'header 4 CHILD conflicting-row: Child C2 is also in row 3 with different details: correct the file so there is one row',
      'episodes 2 DECOM conflicting-row: An episode of child C1 starting on the same day is also in row 3 with different details: correct the file so there is one row',
      'episodes 3 DECOM conflicting-row: An episode of child C1 starting on the same day is also in row 2 with different details: correct the file so there is one row',
      'reviews 2 REVIEW conflicting-row: A review of child C1 on the same day is also in row 3 with different details: correct the file so there is one row',
      'reviews 3 REVIEW conflicting-row: A review of child C1 on the same day is also in row 2 with different details: correct the file so there is one row',
    ]);
    expect(result.children).toEqual([]);
    expect(result.excluded).toEqual([
      { childRef: 'C1', reason: 'Their episodes have problems (rows 2, 3)' },
      { childRef: 'C2', reason: 'Their row in the header file (row 3) has a problem' },
    ]);
  });

  it('episode checks: RNE, blank LS and PLACE, DEC before DECOM, before birth, overlaps', () => {
    const result = validate({
      header: [child('C1'), child('C2'), child('C3'), child('C4', '01/01/2020')],
      episodes: [
        episode('C1', '01/01/2024', { RNE: 'X', DEC: '01/02/2024', REC: 'X1' }),
        episode('C1', '01/02/2024', { RNE: '', LS: '', PLACE: '' }),
        episode('C2', '01/03/2024', { DEC: '01/02/2024' }),
        episode('C3', '01/01/2023', { DEC: '01/06/2023', REC: 'E11' }),
        episode('C3', '01/05/2023', { RNE: 'P' }),
        episode('C3', '01/09/2023', { RNE: 'S' }),
        episode('C4', '01/12/2019'),
      ],
    });
    expect(brief(result.problems)).toEqual([
      "episodes 2 RNE invalid-reason-for-new-episode: RNE must be S, P, L, T, U or B: got 'X'",
      'episodes 3 RNE invalid-reason-for-new-episode: RNE is blank: enter the reason for the new episode (S, P, L, T, U or B)',
      'episodes 3 LS blank: LS is blank',
      'episodes 3 PLACE blank: PLACE is blank',
      'episodes 4 DEC ends-before-start: DEC (1 February 2024) is before DECOM (1 March 2024)',
      'episodes 4 REC end-and-reason-mismatch: DEC is filled in but REC is blank: enter the reason the episode ceased (X1 if a new episode began that day)',
      'episodes 6 DECOM overlapping-episode: This episode starts on 1 May 2023, before the episode in row 5 ended on 1 June 2023',
      'episodes 6 RNE left-care-not-started: The child left care on 1 June 2023 (REC E11 in row 5), so this episode starts a new period of care: RNE must be S, not P',
      'episodes 6 DECOM continuing-not-on-previous-end: RNE P says this episode continues the one in row 5, so it must start on 1 June 2023, when that episode ended: it starts on 1 May 2023',
      'episodes 7 DECOM overlapping-episode: This episode starts on 1 September 2023, but the episode in row 6 has no end date (DEC): only the latest episode can be open',
      'episodes 8 DECOM before-birth: DECOM (1 December 2019) is before the child’s date of birth (1 January 2020)',
    ]);
    expect(result.children).toEqual([]);
  });

  it('the reviews file DOB must match the header', () => {
    const result = validate({
      header: [child('C1', '14/03/2015')],
      episodes: [episode('C1', '01/01/2024')],
      reviews: [review('C1', '29/01/2024', 'PN1', '15/03/2015')],
    });
    expect(brief(result.problems)).toEqual([
      'reviews 2 DOB date-of-birth-mismatch: DOB (15 March 2015) does not match the header file (14 March 2015)',
    ]);
  });

  it('a child with no episodes cannot be imported', () => {
    const result = validate({ header: [child('C1'), child('')] });
    expect(brief(result.problems)).toEqual([
      'header 2 CHILD no-episodes: Child C1 has no episodes in the episodes file: the tracker needs at least one to work out their reviews',
      'header 3 CHILD blank: CHILD is blank',
    ]);
    expect(result.excluded).toEqual([{ childRef: 'C1', reason: 'They have no episodes' }]);
  });

  it('problems carry the CHILD they belong to', () => {
    const result = validate({
      header: [child('C1')],
      episodes: [episode('C1', '01/01/2024')],
      reviews: [review('C1', '29/01/2024', 'PN9')],
    });
    expect(result.problems[0]).toEqual({
      file: 'reviews',
      row: 2,
      field: 'REVIEW_CODE',
      code: 'invalid-review-code',
      message: "REVIEW_CODE must be one of PN0 to PN7: got 'PN9'",
      childRef: 'C1',
      rule: '167',
    });
  });

  it('numbers rows as the spreadsheet does when blank lines were skipped', () => {
    const result = validateSsda903(
      {
        header: {
          columns: SSDA903_REQUIRED_COLUMNS.header,
          rows: [child('C1'), child('C2', '99/99/2015')],
          rowNumbers: [2, 5],
        },
        episodes: {
          columns: SSDA903_REQUIRED_COLUMNS.episodes,
          rows: [episode('C1', '01/01/2024')],
        },
        reviews: { columns: SSDA903_REQUIRED_COLUMNS.reviews, rows: [] },
      },
      { today: TODAY },
    );
    expect(brief(result.problems)).toEqual([
      "header 5 DOB invalid-date: DOB must be a real date in the form dd/mm/yyyy: got '99/99/2015'",
    ]);
  });

  it('ignores extra columns and trims cells', () => {
    const result = validateSsda903(
      {
        header: {
          columns: ['CHILD', 'SEX', 'DOB', 'ETHNIC', 'UPN'],
          rows: [{ CHILD: ' C1 ', SEX: '1', DOB: ' 14/03/2015', ETHNIC: 'WBRI', UPN: 'UN1' }],
        },
        episodes: {
          columns: [...SSDA903_REQUIRED_COLUMNS.episodes, 'PL_POST'],
          rows: [{ ...episode('C1', '01/01/2024'), PL_POST: 'NB1' }],
        },
        reviews: { columns: SSDA903_REQUIRED_COLUMNS.reviews, rows: [] },
      },
      { today: TODAY },
    );
    expect(result.problems).toEqual([]);
    expect(result.children[0]?.childRef).toBe('C1');
  });
});
