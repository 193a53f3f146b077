import { describe, expect, it } from 'vitest';
import { SSDA903_CODE_LISTS, SSDA903_CODES_ANY_YEAR, ssda903CodeList } from './care-codes';
import { ssda903ChildRefProblem } from './ssda903';
import { SSDA903_RULES } from './ssda903-rules';
import { child, episode, review, TODAY, type Rows } from './ssda903-test-rows';
import { SSDA903_REQUIRED_COLUMNS } from './ssda903-types';
import { validateSsda903 } from './ssda903-validation';
import { collectionYear } from './ssda903-writing';

interface Parts {
  header?: Rows;
  episodes?: Rows;
  reviews?: Rows;
}

const YEAR_2025 = collectionYear(2025);

function check(parts: Parts, withYear = false) {
  return validateSsda903(
    {
      header: {
        columns: SSDA903_REQUIRED_COLUMNS.header,
        rows: parts.header ?? [child('C1')],
      },
      episodes: {
        columns: [...SSDA903_REQUIRED_COLUMNS.episodes, 'CIN'],
        rows: parts.episodes ?? [episode('C1', '01/05/2025')],
      },
      reviews: { columns: SSDA903_REQUIRED_COLUMNS.reviews, rows: parts.reviews ?? [] },
    },
    withYear ? { today: TODAY, collectionYear: YEAR_2025 } : { today: TODAY },
  );
}

const rules = (parts: Parts, withYear = false) =>
  check(parts, withYear).problems.map((p) => p.rule);

/** [rule, a return that passes, one that breaks it, checked with the 2025-26 year?] */
const CASES: [string, Parts, Parts, boolean?][] = [
  ['102', { header: [child('C1', '14/03/2015')] }, { header: [child('C1', '31/02/2015')] }],
  ['141', { episodes: [episode('C1', '01/05/2025')] }, { episodes: [episode('C1', '1 May 2025')] }],
  [
    '142',
    {
      episodes: [
        episode('C1', '01/05/2025', { DEC: '01/06/2025', REC: 'X1' }),
        episode('C1', '01/06/2025', { RNE: 'P' }),
      ],
    },
    { episodes: [episode('C1', '01/05/2025'), episode('C1', '01/06/2025', { RNE: 'P' })] },
  ],
  [
    '143',
    { episodes: [episode('C1', '01/05/2025')] },
    { episodes: [episode('C1', '01/05/2025', { RNE: 'X' })] },
  ],
  [
    '144',
    { episodes: [episode('C1', '01/05/2025')] },
    { episodes: [episode('C1', '01/05/2025', { LS: 'ZZ' })] },
  ],
  [
    '145',
    { episodes: [{ ...episode('C1', '01/05/2025'), CIN: 'N1' }] },
    { episodes: [{ ...episode('C1', '01/05/2025'), CIN: 'N9' }] },
  ],
  [
    '146',
    { episodes: [episode('C1', '01/05/2025')] },
    { episodes: [episode('C1', '01/05/2025', { PLACE: 'Q9' })] },
  ],
  [
    '147',
    { episodes: [episode('C1', '01/05/2025', { DEC: '01/06/2025', REC: 'E13' })] },
    { episodes: [episode('C1', '01/05/2025', { DEC: '31/06/2025', REC: 'E13' })] },
  ],
  [
    '148',
    { episodes: [episode('C1', '01/05/2025', { DEC: '01/06/2025', REC: 'E13' })] },
    { episodes: [episode('C1', '01/05/2025', { REC: 'E13' })] },
  ],
  [
    '149',
    { episodes: [episode('C1', '01/05/2025', { DEC: '01/06/2025', REC: 'E4A' })] },
    { episodes: [episode('C1', '01/05/2025', { DEC: '01/06/2025', REC: 'E10' })] },
  ],
  ['166', { reviews: [review('C1', '20/05/2025')] }, { reviews: [review('C1', '2025-05-20')] }],
  [
    '167',
    { reviews: [review('C1', '20/05/2025', 'PN7')] },
    { reviews: [review('C1', '20/05/2025', 'PN8')] },
  ],
  [
    '302',
    { header: [child('C1', '01/05/2025')], episodes: [episode('C1', '01/05/2025')] },
    { header: [child('C1', '02/05/2025')], episodes: [episode('C1', '01/05/2025')] },
  ],
  [
    '354',
    { episodes: [episode('C1', '31/03/2026')] },
    { episodes: [episode('C1', '01/04/2026')] },
    true,
  ],
  [
    '356',
    { episodes: [episode('C1', '01/05/2025', { DEC: '01/05/2025', REC: 'E13' })] },
    { episodes: [episode('C1', '01/05/2025', { DEC: '30/04/2025', REC: 'E13' })] },
  ],
  [
    '357',
    { episodes: [episode('C1', '01/05/2025')] },
    { episodes: [episode('C1', '01/05/2025', { RNE: 'P' })] },
    true,
  ],
  [
    '385',
    { episodes: [episode('C1', '01/05/2025', { DEC: '31/03/2026', REC: 'E13' })] },
    { episodes: [episode('C1', '01/05/2025', { DEC: '01/04/2026', REC: 'E13' })] },
    true,
  ],
  [
    '399',
    { episodes: [episode('C1', '01/05/2025', { LS: 'V3' })] },
    {
      episodes: [episode('C1', '01/05/2025', { LS: 'V3' })],
      reviews: [review('C1', '20/05/2025')],
    },
  ],
  [
    '431',
    {
      episodes: [
        episode('C1', '01/05/2025', { DEC: '01/06/2025', REC: 'X1' }),
        episode('C1', '01/06/2025', { RNE: 'P' }),
      ],
    },
    {
      episodes: [
        episode('C1', '01/05/2025', { DEC: '01/06/2025', REC: 'X1' }),
        episode('C1', '01/06/2025', { RNE: 'S' }),
      ],
    },
  ],
  [
    '432',
    {
      episodes: [
        episode('C1', '01/05/2025', { DEC: '01/06/2025', REC: 'E13' }),
        episode('C1', '10/06/2025', { RNE: 'S' }),
      ],
    },
    {
      episodes: [
        episode('C1', '01/05/2025', { DEC: '01/06/2025', REC: 'E13' }),
        episode('C1', '01/06/2025', { RNE: 'L' }),
      ],
    },
  ],
  [
    '433',
    {
      episodes: [
        episode('C1', '01/05/2025', { DEC: '01/06/2025', REC: 'X1' }),
        episode('C1', '01/06/2025', { RNE: 'T' }),
      ],
    },
    {
      episodes: [
        episode('C1', '01/05/2025', { DEC: '01/06/2025', REC: 'X1' }),
        episode('C1', '03/06/2025', { RNE: 'T' }),
      ],
    },
  ],
  [
    '440',
    {
      header: [child('C1', '10/05/2022')],
      reviews: [review('C1', '20/05/2025', 'PN0', '10/05/2022')],
    },
    {
      header: [child('C1', '10/05/2021')],
      reviews: [review('C1', '20/05/2025', 'PN0', '10/05/2021')],
    },
  ],
  [
    '441',
    {
      header: [child('C1', '10/05/2021')],
      reviews: [review('C1', '20/05/2025', 'PN3', '10/05/2021')],
    },
    {
      header: [child('C1', '10/05/2022')],
      reviews: [review('C1', '20/05/2025', 'PN3', '10/05/2022')],
    },
  ],
  [
    '501',
    {
      episodes: [
        episode('C1', '01/05/2025', { DEC: '01/06/2025', REC: 'X1' }),
        episode('C1', '01/06/2025', { RNE: 'U' }),
      ],
    },
    {
      episodes: [
        episode('C1', '01/05/2025', { DEC: '05/06/2025', REC: 'X1' }),
        episode('C1', '01/06/2025', { RNE: 'U' }),
      ],
    },
  ],
  ['INT01', { reviews: [review('C1', '20/05/2025')] }, { reviews: [review('C2', '20/05/2025')] }],
  [
    'INT02',
    { reviews: [review('C1', '20/05/2025', 'PN1', '14/03/2015')] },
    { reviews: [review('C1', '20/05/2025', 'PN1', '15/03/2015')] },
  ],
  ['INT03', { header: [child('C1')] }, { header: [child('C1'), child('C1', '15/03/2015')] }],
  ['INT04', { header: [child('C1')] }, { header: [child('=HYPERLINK("x")')] }],
];

describe('each DfE rule: a return that passes and one that breaks it', () => {
  it.each(CASES)('rule %s', (rule, passing, failing, withYear = false) => {
    expect(SSDA903_RULES[rule]).toBeDefined();
    expect(rules(passing, withYear)).not.toContain(rule);
    expect(rules(failing, withYear)).toContain(rule);
  });

  it('a short-break child’s reviews are left out, the child is imported (399)', () => {
    const result = check({
      episodes: [episode('C1', '01/05/2025', { LS: 'V4' })],
      reviews: [review('C1', '20/05/2025')],
    });
    expect(result.children[0]?.reviews).toEqual([]);
    expect(result.problems[0]?.message).toBe(
      'Child C1 is looked after only under short-break legal statuses (LS V3 or V4), so the return has no reviews for them: remove this row',
    );
  });

  it('399 does not apply once any episode has another legal status', () => {
    const result = check({
      episodes: [
        episode('C1', '01/05/2025', { LS: 'V3', DEC: '01/06/2025', REC: 'X1' }),
        episode('C1', '01/06/2025', { RNE: 'L', LS: 'C2' }),
      ],
      reviews: [review('C1', '20/06/2025')],
    });
    expect(result.problems).toEqual([]);
  });

  it('codes: LS ZZ and PLACE Q9 are refused in words, and the child is left out', () => {
    const result = check({ episodes: [episode('C1', '01/05/2025', { LS: 'ZZ', PLACE: 'Q9' })] });
    expect(result.children).toEqual([]);
    expect(result.problems.map((p) => p.message)).toEqual([
      "LS must be a legal status in the DfE’s list (C1, C2, D1, E1, V2, V3, V4, J1, J2, J3, L1, L2, L3): got 'ZZ'",
      expect.stringMatching(/^PLACE must be a placement type in the DfE’s list \(.*\): got 'Q9'$/),
    ]);
  });

  it('a code retired in 2025-26 (H5) is refused for that year, accepted without a year', () => {
    const h5 = { episodes: [episode('C1', '01/05/2025', { PLACE: 'H5' })] };
    expect(rules(h5, true)).toEqual(['146']);
    expect(rules(h5)).toEqual([]);
  });

  it('357 applies from the collection year’s start: an earlier first episode may continue a period', () => {
    expect(rules({ episodes: [episode('C1', '01/03/2025', { RNE: 'P' })] }, true)).toEqual([]);
  });
});

describe('CHILD references', () => {
  it.each([
    ['=HYPERLINK("http://x")', "starts with '='"],
    ['+SUM(1)', "starts with '+'"],
    ['@A1', "starts with '@'"],
    ['-1+2', "starts with '-'"],
    ['\tC1', 'starts with a tab'],
    ['\rC1', 'starts with a carriage return'],
    ['<b>C1</b>', 'contains < or >'],
    ['C 1', 'letters and digits only'],
    ['ABCDEFGHIJK', '11 characters long: the DfE allows up to 10'],
  ])('refuses %j and says why', (ref, why) => {
    expect(ssda903ChildRefProblem(ref)).toContain(why);
  });

  it.each(['C1', 'LA123456', 'ABCDEFGHIJ', '0123456789'])('accepts %s', (ref) => {
    expect(ssda903ChildRefProblem(ref)).toBeNull();
  });

  it('a formula in the episodes or reviews file is refused too, not looked up', () => {
    const result = check({
      episodes: [episode('C1', '01/05/2025'), episode('+SUM(1)', '01/05/2025')],
      reviews: [review('@A1', '20/05/2025')],
    });
    expect(result.problems.map((p) => [p.file, p.code, p.rule])).toEqual([
      ['episodes', 'invalid-child-ref', 'INT04'],
      ['reviews', 'invalid-child-ref', 'INT04'],
    ]);
  });
});

describe('the code lists by collection year', () => {
  it('2026-27 names the 2025-26 lists (no change known)', () => {
    expect(SSDA903_CODE_LISTS['2026-27']).toBe(SSDA903_CODE_LISTS['2025-26']);
    expect(ssda903CodeList('2026-27')).toBe(ssda903CodeList('2025-26'));
  });

  it('2025-26 retired H5, P2 and Z1 (Z11-Z14 instead); any-year accepts all of them', () => {
    const place = SSDA903_CODE_LISTS['2025-26'].placementType;
    for (const code of ['H5', 'P2', 'Z1']) {
      expect(place).not.toContain(code);
      expect(SSDA903_CODE_LISTS['2024-25'].placementType).toContain(code);
      expect(SSDA903_CODES_ANY_YEAR.placementType).toContain(code);
    }
    expect(place).toEqual(expect.arrayContaining(['K3', 'Z11', 'Z12', 'Z13', 'Z14']));
    expect(SSDA903_CODE_LISTS['2025-26'].reviewCode).toEqual([
      'PN0',
      'PN1',
      'PN2',
      'PN3',
      'PN4',
      'PN5',
      'PN6',
      'PN7',
    ]);
  });
});
