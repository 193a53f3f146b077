import { describe, expect, it } from 'vitest';
import { describeCode } from './care-codes';
import {
  careEpisodeProblems,
  carePeriods,
  careStatusOn,
  changeCare,
  leaveCare,
  ruleSetChangeNotice,
  startCare,
  type CareContext,
  type CareEpisode,
  type CareEventResult,
  type ChangeCareEvent,
} from './care-episodes';

function ep(
  start: string,
  reasonForNewEpisode: string,
  legalStatus: string,
  placementType: string,
  end: string | null = null,
  reasonEnded: string | null = null,
): CareEpisode {
  return { start, reasonForNewEpisode, legalStatus, placementType, end, reasonEnded };
}

const CONTEXT: CareContext = { dateOfBirth: '2015-06-10', today: '2026-01-15' };
/** Looked after since 6 January 2025 on an interim care order, in foster care. */
const OPEN = [ep('2025-01-06', 'S', 'C1', 'U6')];
/** Left care on 1 March 2025. */
const LEFT = [ep('2025-01-06', 'S', 'C1', 'U6', '2025-03-01', 'E13')];

function episodesOf(result: CareEventResult): CareEpisode[] {
  if (!result.ok) throw new Error(`refused: ${JSON.stringify(result.problems)}`);
  return result.episodes;
}

describe('startCare', () => {
  const event = { date: '2026-01-05', legalStatus: 'V2', placementType: 'U6' };

  it('a new child: one open S episode', () => {
    expect(startCare([], event, CONTEXT)).toEqual({
      ok: true,
      episodes: [ep('2026-01-05', 'S', 'V2', 'U6')],
    });
  });

  it('a child returning to care: an S episode after the others, and a new period', () => {
    const episodes = episodesOf(startCare(LEFT, event, CONTEXT));
    expect(episodes).toEqual([...LEFT, ep('2026-01-05', 'S', 'V2', 'U6')]);
    expect(carePeriods(episodes).map((p) => p.start)).toEqual(['2025-01-06', '2026-01-05']);
    expect(careEpisodeProblems(episodes, CONTEXT)).toEqual([]);
  });

  it('returns the episodes sorted by start, whatever order they came in', () => {
    const history = [
      ep('2025-03-03', 'P', 'C1', 'U4', '2025-05-01', 'E4A'),
      ep('2025-01-06', 'S', 'C1', 'U6', '2025-03-03', 'X1'),
    ];
    expect(episodesOf(startCare(history, event, CONTEXT))).toEqual([
      history[1],
      history[0],
      ep('2026-01-05', 'S', 'V2', 'U6'),
    ]);
  });

  it('allows today, the date of birth and the day the child last left care', () => {
    expect(startCare([], { ...event, date: '2026-01-15' }, CONTEXT).ok).toBe(true);
    expect(startCare([], { ...event, date: '2015-06-10' }, CONTEXT).ok).toBe(true);
    expect(startCare(LEFT, { ...event, date: '2025-03-01' }, CONTEXT).ok).toBe(true);
    expect(startCare([], event, { dateOfBirth: null, today: '2026-01-15' }).ok).toBe(true);
  });

  it('refuses a missing, future or before-birth date', () => {
    expect(startCare([], { ...event, date: null }, CONTEXT)).toEqual({
      ok: false,
      problems: [{ field: 'date', message: 'Enter the date the child became looked after' }],
    });
    expect(startCare([], { ...event, date: '2026-01-16' }, CONTEXT)).toEqual({
      ok: false,
      problems: [
        {
          field: 'date',
          message: 'The date the child became looked after must be today or in the past',
        },
      ],
    });
    expect(startCare([], { ...event, date: '2015-06-09' }, CONTEXT)).toEqual({
      ok: false,
      problems: [
        {
          field: 'date',
          message: 'The date the child became looked after must be on or after their date of birth',
        },
      ],
    });
  });

  it('refuses a child who is already looked after (open, or ended with X1)', () => {
    const problems = [
      {
        field: 'date',
        message:
          'The child is already looked after: record a change of placement or legal status instead',
      },
    ];
    expect(startCare(OPEN, event, CONTEXT)).toEqual({ ok: false, problems });
    const endedX1 = [ep('2025-01-06', 'S', 'C1', 'U6', '2025-03-03', 'X1')];
    expect(startCare(endedX1, event, CONTEXT)).toEqual({ ok: false, problems });
  });

  it('refuses a return before the day the child last left care', () => {
    expect(startCare(LEFT, { ...event, date: '2025-02-28' }, CONTEXT)).toEqual({
      ok: false,
      problems: [
        {
          field: 'date',
          message:
            'The date the child became looked after must be on or after 1 March 2025, when they last left care',
        },
      ],
    });
  });

  it('refuses a blank or unknown legal status and placement type', () => {
    expect(
      startCare([], { date: '2026-01-05', legalStatus: ' ', placementType: '' }, CONTEXT),
    ).toEqual({
      ok: false,
      problems: [
        { field: 'legalStatus', message: 'Select the legal status' },
        { field: 'placementType', message: 'Select the placement type' },
      ],
    });
    expect(
      startCare([], { date: '2026-01-05', legalStatus: 'c2', placementType: 'Z1' }, CONTEXT),
    ).toEqual({
      ok: false,
      problems: [
        {
          field: 'legalStatus',
          message: 'Select a legal status from the list: ‘c2’ is not an SSDA903 code',
        },
        {
          field: 'placementType',
          message: 'Select a placement type from the list: ‘Z1’ is not an SSDA903 code',
        },
      ],
    });
  });
});

describe('changeCare', () => {
  const change = (event: Partial<ChangeCareEvent>, episodes: CareEpisode[] = OPEN) =>
    changeCare(
      episodes,
      {
        date: '2025-03-03',
        reasonForNewEpisode: 'P',
        legalStatus: 'C1',
        placementType: 'U4',
        ...event,
      },
      CONTEXT,
    );

  it('closes the open episode with X1 on the day and opens the new one', () => {
    expect(change({})).toEqual({
      ok: true,
      episodes: [
        ep('2025-01-06', 'S', 'C1', 'U6', '2025-03-03', 'X1'),
        ep('2025-03-03', 'P', 'C1', 'U4'),
      ],
    });
  });

  it('keeps the period and its clock: still one period, looked after on the day', () => {
    const episodes = episodesOf(
      change({ reasonForNewEpisode: 'L', legalStatus: 'C2', placementType: 'U6' }),
    );
    expect(carePeriods(episodes)).toHaveLength(1);
    expect(carePeriods(episodes)[0]?.start).toBe('2025-01-06');
    expect(careStatusOn(episodes, '2025-03-03')).toMatchObject({
      lookedAfter: true,
      episode: ep('2025-03-03', 'L', 'C2', 'U6'),
    });
    expect(careEpisodeProblems(episodes, CONTEXT)).toEqual([]);
  });

  it('accepts each RNE with a legal status that matches it', () => {
    expect(change({ reasonForNewEpisode: 'U' }).ok).toBe(true);
    expect(change({ reasonForNewEpisode: 'T', legalStatus: 'C2', placementType: 'K2' }).ok).toBe(
      true,
    );
    expect(change({ reasonForNewEpisode: 'B', legalStatus: 'E1', placementType: 'A5' }).ok).toBe(
      true,
    );
    expect(change({ date: '2026-01-15' }).ok).toBe(true);
  });

  it('refuses a missing or future date', () => {
    expect(change({ date: null })).toEqual({
      ok: false,
      problems: [{ field: 'date', message: 'Enter the date of the change' }],
    });
    expect(change({ date: '2026-01-16' })).toEqual({
      ok: false,
      problems: [{ field: 'date', message: 'The date of the change must be today or in the past' }],
    });
  });

  it('refuses a change for a child not looked after (never, or since leaving)', () => {
    const problems = [
      {
        field: 'date',
        message: 'The child is not looked after: record them becoming looked after instead',
      },
    ];
    expect(change({}, [])).toEqual({ ok: false, problems });
    expect(change({}, LEFT)).toEqual({ ok: false, problems });
  });

  it('refuses a change on or before the day the current episode started', () => {
    const problems = [
      {
        field: 'date',
        message:
          'The date of the change must be after 6 January 2025, when the current episode started',
      },
    ];
    expect(change({ date: '2025-01-06' })).toEqual({ ok: false, problems });
    expect(change({ date: '2024-12-31' })).toEqual({ ok: false, problems });
    expect(change({ date: '2025-01-07' }).ok).toBe(true);
  });

  it('refuses S and a blank reason', () => {
    expect(change({ reasonForNewEpisode: 'S' })).toEqual({
      ok: false,
      problems: [
        {
          field: 'reasonForNewEpisode',
          message: 'Select what changed: P, L, T, U or B (S is for a child becoming looked after)',
        },
      ],
    });
    expect(change({ reasonForNewEpisode: '' })).toEqual({
      ok: false,
      problems: [{ field: 'reasonForNewEpisode', message: 'Select what changed' }],
    });
  });

  it('refuses L, T or B without a new legal status', () => {
    expect(change({ reasonForNewEpisode: 'L' })).toEqual({
      ok: false,
      problems: [
        {
          field: 'legalStatus',
          message: 'L: Change of legal status only: choose the new legal status (it is C1 now)',
        },
      ],
    });
    for (const rne of ['T', 'B']) {
      expect(change({ reasonForNewEpisode: rne })).toEqual({
        ok: false,
        problems: [
          {
            field: 'legalStatus',
            message: `${describeCode('reasonForNewEpisode', rne)}: choose the new legal status (it is C1 now)`,
          },
        ],
      });
    }
  });

  it('refuses P or U with a changed legal status', () => {
    for (const rne of ['P', 'U']) {
      expect(change({ reasonForNewEpisode: rne, legalStatus: 'C2' })).toEqual({
        ok: false,
        problems: [
          {
            field: 'reasonForNewEpisode',
            message: 'The legal status changes from C1 to C2: choose L, T or B',
          },
        ],
      });
    }
  });

  it('refuses unknown codes', () => {
    expect(change({ legalStatus: 'XX', placementType: '' })).toEqual({
      ok: false,
      problems: [
        {
          field: 'legalStatus',
          message: 'Select a legal status from the list: ‘XX’ is not an SSDA903 code',
        },
        { field: 'placementType', message: 'Select the placement type' },
      ],
    });
  });
});

describe('leaveCare', () => {
  const changed = [
    ep('2025-01-06', 'S', 'C1', 'U6', '2025-03-03', 'X1'),
    ep('2025-03-03', 'P', 'C1', 'U4'),
  ];

  it('closes the open episode with the reason: the period ends on that day', () => {
    const episodes = episodesOf(
      leaveCare(changed, { date: '2025-06-30', reasonEnded: 'E4A' }, CONTEXT),
    );
    expect(episodes).toEqual([changed[0], ep('2025-03-03', 'P', 'C1', 'U4', '2025-06-30', 'E4A')]);
    expect(carePeriods(episodes)).toEqual([
      { start: '2025-01-06', end: '2025-06-30', reasonEnded: 'E4A', episodes },
    ]);
    expect(careStatusOn(episodes, '2025-06-30').lookedAfter).toBe(false);
    expect(careStatusOn(episodes, '2025-06-29').lookedAfter).toBe(true);
    expect(careEpisodeProblems(episodes, CONTEXT)).toEqual([]);
  });

  it('allows the day the current episode started, and today', () => {
    expect(
      episodesOf(leaveCare(changed, { date: '2025-03-03', reasonEnded: 'E13' }, CONTEXT)),
    ).toEqual([changed[0], ep('2025-03-03', 'P', 'C1', 'U4', '2025-03-03', 'E13')]);
    expect(leaveCare(OPEN, { date: '2025-01-06', reasonEnded: 'E2' }, CONTEXT).ok).toBe(true);
    expect(leaveCare(OPEN, { date: '2026-01-15', reasonEnded: 'E17' }, CONTEXT).ok).toBe(true);
  });

  it('refuses a missing or future date', () => {
    expect(leaveCare(OPEN, { date: null, reasonEnded: 'E13' }, CONTEXT)).toEqual({
      ok: false,
      problems: [{ field: 'date', message: 'Enter the date the child left care' }],
    });
    expect(leaveCare(OPEN, { date: '2026-01-16', reasonEnded: 'E13' }, CONTEXT)).toEqual({
      ok: false,
      problems: [
        { field: 'date', message: 'The date the child left care must be today or in the past' },
      ],
    });
  });

  it('refuses a blank reason, X1 and unknown reasons', () => {
    expect(leaveCare(OPEN, { date: '2025-06-30', reasonEnded: '' }, CONTEXT)).toEqual({
      ok: false,
      problems: [{ field: 'reasonEnded', message: 'Select why the child left care' }],
    });
    for (const reasonEnded of ['X1', 'E99', 'e13', 'E1']) {
      expect(leaveCare(OPEN, { date: '2025-06-30', reasonEnded }, CONTEXT)).toEqual({
        ok: false,
        problems: [
          { field: 'reasonEnded', message: 'Select why the child left care from the list' },
        ],
      });
    }
  });

  it('refuses a child who is not looked after', () => {
    const problems = [
      { field: 'date', message: 'The child is not looked after, so cannot leave care' },
    ];
    expect(leaveCare([], { date: '2025-06-30', reasonEnded: 'E13' }, CONTEXT)).toEqual({
      ok: false,
      problems,
    });
    expect(leaveCare(LEFT, { date: '2025-06-30', reasonEnded: 'E13' }, CONTEXT)).toEqual({
      ok: false,
      problems,
    });
  });

  it('refuses leaving before the current episode started', () => {
    expect(leaveCare(changed, { date: '2025-03-02', reasonEnded: 'E13' }, CONTEXT)).toEqual({
      ok: false,
      problems: [
        {
          field: 'date',
          message:
            'The date the child left care must be on or after 3 March 2025, when the current episode started',
        },
      ],
    });
  });
});

describe('ruleSetChangeNotice', () => {
  const periodOn = (legalStatus: string) =>
    carePeriods([ep('2025-01-06', 'S', legalStatus, 'U6')])[0] ?? null;

  it('V3 to C2 ends the series of short breaks: the standard cycle from the next review', () => {
    expect(ruleSetChangeNotice(periodOn('V3'), 'C2')).toBe(
      'This ends the series of short breaks: from the next review on, the child’s reviews follow the standard cycle (second review within 3 months of the first, then every 6 months).',
    );
    expect(ruleSetChangeNotice(periodOn('V4'), 'V2')).toMatch(/^This ends the series/);
  });

  it('C2 to V3 keeps the standard cycle', () => {
    expect(ruleSetChangeNotice(periodOn('C2'), 'V3')).toBe(
      'The reviews stay on the standard cycle: the short-break rules (reg. 48) apply only to a period of care made up of short breaks alone. For a child who now has only short breaks, record them leaving care and becoming looked after again on V3 or V4.',
    );
    const mixed = carePeriods([
      ep('2025-01-06', 'S', 'V3', 'T4', '2025-03-03', 'X1'),
      ep('2025-03-03', 'L', 'C2', 'T4'),
    ])[0]!;
    expect(ruleSetChangeNotice(mixed, 'V4')).toMatch(/^The reviews stay on the standard cycle/);
  });

  it('no notice when the rule set stays the same', () => {
    expect(ruleSetChangeNotice(periodOn('V3'), 'V4')).toBeNull();
    expect(ruleSetChangeNotice(periodOn('V4'), 'V3')).toBeNull();
    expect(ruleSetChangeNotice(periodOn('C2'), 'C1')).toBeNull();
    expect(ruleSetChangeNotice(periodOn('C2'), '')).toBeNull();
    expect(ruleSetChangeNotice(null, 'V3')).toBeNull();
  });
});
