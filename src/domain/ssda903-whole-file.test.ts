import { describe, expect, it } from 'vitest';
import { child, episode, review, TODAY, type Rows } from './ssda903-test-rows';
import { SSDA903_REQUIRED_COLUMNS, type Ssda903Files } from './ssda903-types';
import { validateSsda903 } from './ssda903-validation';
import { ssda903WholeFileProblems } from './ssda903-whole-file';

function files(parts: { header?: Rows; episodes?: Rows; reviews?: Rows }): Ssda903Files {
  return {
    header: { columns: SSDA903_REQUIRED_COLUMNS.header, rows: parts.header ?? [child('C1')] },
    episodes: {
      columns: SSDA903_REQUIRED_COLUMNS.episodes,
      rows: parts.episodes ?? [episode('C1', '01/05/2025')],
    },
    reviews: { columns: SSDA903_REQUIRED_COLUMNS.reviews, rows: parts.reviews ?? [] },
  };
}

describe('whole-file date format', () => {
  it('a reviews file with ISO dates throughout: one problem, no row problems, reviews not read', () => {
    const given = files({
      reviews: [
        { CHILD: 'C1', DOB: '2015-03-14', REVIEW: '2025-05-20', REVIEW_CODE: 'PN1' },
        { CHILD: 'C1', DOB: '2015-03-14', REVIEW: '2025-08-20', REVIEW_CODE: 'PN1' },
      ],
    });
    const result = validateSsda903(given, { today: TODAY });
    expect(result.problems.map((p) => [p.file, p.row, p.code, p.rule, p.message])).toEqual([
      [
        'reviews',
        0,
        'date-format',
        '166',
        "Dates must be dd/mm/yyyy: the reviews file uses yyyy-mm-dd, for example '2015-03-14'. Save the file again with dates as dd/mm/yyyy (none of its rows was read)",
      ],
    ]);
    expect(result.children[0]?.reviews).toEqual([]);
  });

  it('an episodes file with month-first dates (some "month" over 12): one problem, nothing imported', () => {
    const given = files({
      episodes: [
        episode('C1', '05/01/2025', { DEC: '05/20/2025', REC: 'X1' }),
        episode('C1', '05/20/2025', { RNE: 'P' }),
      ],
    });
    const notices = ssda903WholeFileProblems(given, { today: TODAY });
    expect(notices.filter((notice) => notice.kind === 'problem')).toMatchObject([
      { kind: 'problem', file: 'episodes', format: 'mm/dd/yyyy', example: '05/20/2025' },
    ]);
    const result = validateSsda903(given, { today: TODAY });
    expect(result.problems).toHaveLength(1);
    expect(result.problems[0]?.message).toContain('uses mm/dd/yyyy (month first)');
    expect(result.children).toEqual([]);
  });

  it('a file with dd/mm/yyyy dates, or a single bad date, is not a whole-file problem', () => {
    const withReview = { reviews: [review('C1', '20/05/2025')] };
    expect(ssda903WholeFileProblems(files(withReview), { today: TODAY })).toEqual([]);
    const one = files({ ...withReview, episodes: [episode('C1', '1 May 2025')] });
    expect(ssda903WholeFileProblems(one, { today: TODAY })).toEqual([]);
    // Mixed days over 12 in the first place: read as dd/mm/yyyy, row by row.
    const mixed = files({ reviews: [review('C1', '20/05/2025'), review('C1', '05/06/2025')] });
    expect(ssda903WholeFileProblems(mixed, { today: TODAY })).toEqual([]);
  });
});

describe('an empty reviews file', () => {
  it('needs confirmation when a child has been looked after more than 20 working days', () => {
    const notices = ssda903WholeFileProblems(files({}), { today: TODAY });
    expect(notices).toEqual([
      {
        kind: 'needs-confirmation',
        file: 'reviews',
        code: 'no-reviews',
        childRefs: ['C1'],
        message:
          'The reviews file has no rows, but 1 child has been looked after for more than 20 working days, so a review was due (C1). Confirm the reviews file is meant to be empty, or choose the right file',
      },
    ]);
  });

  it('needs nothing when every child is within 20 working days, or on short breaks only', () => {
    // 20 working days from Monday 2 November 2026 is Monday 30 November; today is 23 November.
    const recent = files({ episodes: [episode('C1', '02/11/2026')] });
    expect(ssda903WholeFileProblems(recent, { today: TODAY })).toEqual([]);
    const shortBreaks = files({ episodes: [episode('C1', '01/05/2025', { LS: 'V3' })] });
    expect(ssda903WholeFileProblems(shortBreaks, { today: TODAY })).toEqual([]);
  });

  it('counts time in care across episodes joined end to start, and bank holidays when given', () => {
    // 26 October to 23 November 2026: 20 working days exactly, so not yet longer.
    const joined = files({
      episodes: [
        episode('C1', '26/10/2026', { DEC: '02/11/2026', REC: 'X1' }),
        episode('C1', '02/11/2026', { RNE: 'P' }),
      ],
    });
    expect(ssda903WholeFileProblems(joined, { today: '2026-11-23' })).toEqual([]);
    expect(ssda903WholeFileProblems(joined, { today: '2026-11-24' })).toHaveLength(1);
    // A bank holiday in between moves the 20th working day on by one.
    expect(
      ssda903WholeFileProblems(joined, { today: '2026-11-24', holidays: ['2026-11-02'] }),
    ).toEqual([]);
  });

  it('a reviews file with rows needs no confirmation', () => {
    const given = files({ reviews: [review('C1', '20/05/2025')] });
    expect(ssda903WholeFileProblems(given, { today: TODAY })).toEqual([]);
  });
});
