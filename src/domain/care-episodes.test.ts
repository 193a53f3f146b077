import { describe, expect, it } from 'vitest';
import {
  careEpisodeProblems,
  carePeriods,
  careStatusOn,
  currentCarePeriod,
  type CareContext,
  type CareEpisode,
} from './care-episodes';

/** An episode: start, RNE, LS, PLACE, and DEC with REC when it has ended. */
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

// Three periods of care: left on 1 February 2024 (E13); back from 20 May 2024 to 6 January 2025
// (E4A); back again the same day it left, still looked after.
const HISTORY: CareEpisode[] = [
  ep('2023-01-09', 'S', 'C1', 'U6', '2023-03-01', 'X1'),
  ep('2023-03-01', 'L', 'C2', 'U6', '2023-06-12', 'X1'),
  ep('2023-06-12', 'P', 'C2', 'K2', '2023-09-04', 'X1'),
  ep('2023-09-04', 'U', 'C2', 'U4', '2024-02-01', 'E13'),
  ep('2024-05-20', 'S', 'V2', 'U6', '2024-07-01', 'X1'),
  ep('2024-07-01', 'B', 'C2', 'U4', '2024-12-02', 'X1'),
  ep('2024-12-02', 'T', 'C1', 'R1', '2025-01-06', 'E4A'),
  ep('2025-01-06', 'S', 'V3', 'T4'),
];
const CONTEXT: CareContext = { dateOfBirth: '2012-05-01', today: '2026-01-15' };

/** The same list in a scrambled order. */
const SCRAMBLED = [4, 0, 7, 2, 6, 1, 5, 3].map((i) => HISTORY[i]!);

describe('carePeriods', () => {
  it('groups the episodes into periods, each ending on the first DEC whose REC is not X1', () => {
    expect(carePeriods(HISTORY)).toEqual([
      { start: '2023-01-09', end: '2024-02-01', reasonEnded: 'E13', episodes: HISTORY.slice(0, 4) },
      { start: '2024-05-20', end: '2025-01-06', reasonEnded: 'E4A', episodes: HISTORY.slice(4, 7) },
      { start: '2025-01-06', end: null, reasonEnded: null, episodes: HISTORY.slice(7) },
    ]);
  });

  it('gives the same periods for episodes given out of order', () => {
    expect(carePeriods(SCRAMBLED)).toEqual(carePeriods(HISTORY));
    expect(carePeriods([...HISTORY].reverse())).toEqual(carePeriods(HISTORY));
  });

  it('a period whose last episode ended with X1 has not ended (the child is still looked after)', () => {
    const periods = carePeriods([ep('2025-01-06', 'S', 'C1', 'U6', '2025-02-03', 'X1')]);
    expect(periods).toEqual([
      {
        start: '2025-01-06',
        end: null,
        reasonEnded: null,
        episodes: [ep('2025-01-06', 'S', 'C1', 'U6', '2025-02-03', 'X1')],
      },
    ]);
  });

  it('a leaving REC ends the period even when the next episode is not S', () => {
    const periods = carePeriods([
      ep('2025-01-06', 'S', 'C1', 'U6', '2025-02-03', 'E8'),
      ep('2025-02-03', 'P', 'C1', 'U4'),
    ]);
    expect(periods.map((p) => [p.start, p.end, p.reasonEnded])).toEqual([
      ['2025-01-06', '2025-02-03', 'E8'],
      ['2025-02-03', null, null],
    ]);
  });

  it('no episodes, no periods', () => {
    expect(carePeriods([])).toEqual([]);
  });
});

describe('careStatusOn and currentCarePeriod', () => {
  const periods = carePeriods(HISTORY);
  const expectLookedAfter = (date: string, episode: CareEpisode, period: number) => {
    for (const list of [HISTORY, SCRAMBLED]) {
      expect(careStatusOn(list, date)).toEqual({
        lookedAfter: true,
        period: periods[period],
        episode,
      });
      expect(currentCarePeriod(list, date)).toEqual(periods[period]);
    }
  };
  const expectNotLookedAfter = (date: string, lastPeriod: number | null) => {
    for (const list of [HISTORY, SCRAMBLED]) {
      expect(careStatusOn(list, date)).toEqual({
        lookedAfter: false,
        lastPeriod: lastPeriod === null ? null : periods[lastPeriod],
      });
      expect(currentCarePeriod(list, date)).toBeNull();
    }
  };

  it('before the first episode the child is not looked after and has no last period', () => {
    expectNotLookedAfter('2023-01-08', null);
    expectNotLookedAfter('2012-05-01', null);
  });

  it('looked after on the start day and on the days in between', () => {
    expectLookedAfter('2023-01-09', HISTORY[0]!, 0);
    expectLookedAfter('2023-01-10', HISTORY[0]!, 0);
    expectLookedAfter('2023-02-28', HISTORY[0]!, 0);
    expectLookedAfter('2023-07-15', HISTORY[2]!, 0);
  });

  it('looked after across an X1 change: on its day the new episode is current', () => {
    expectLookedAfter('2023-03-01', HISTORY[1]!, 0);
    expectLookedAfter('2023-06-11', HISTORY[1]!, 0);
    expectLookedAfter('2023-06-12', HISTORY[2]!, 0);
    expectLookedAfter('2023-09-04', HISTORY[3]!, 0);
  });

  it('looked after on the day before leaving, not on the DEC day of leaving, nor after', () => {
    expectLookedAfter('2024-01-31', HISTORY[3]!, 0);
    expectNotLookedAfter('2024-02-01', 0);
    expectNotLookedAfter('2024-02-02', 0);
    expectNotLookedAfter('2024-05-19', 0);
  });

  it('after returning to care the child is in a new period', () => {
    expectLookedAfter('2024-05-20', HISTORY[4]!, 1);
    expectLookedAfter('2024-07-01', HISTORY[5]!, 1);
    expectLookedAfter('2025-01-05', HISTORY[6]!, 1);
  });

  it('leaving and returning on the same day: looked after that day, in the new period', () => {
    expectLookedAfter('2025-01-06', HISTORY[7]!, 2);
    expectLookedAfter('2026-01-15', HISTORY[7]!, 2);
    expectLookedAfter('2030-01-01', HISTORY[7]!, 2);
  });

  it('after leaving for good the last period is the one that ended', () => {
    const left = [
      ep('2025-01-06', 'S', 'C1', 'U6', '2025-03-03', 'X1'),
      ep('2025-03-03', 'P', 'C1', 'U4', '2025-06-30', 'E11'),
    ];
    const [period] = carePeriods(left);
    expect(careStatusOn(left, '2025-06-29')).toEqual({
      lookedAfter: true,
      period,
      episode: left[1],
    });
    expect(careStatusOn(left, '2025-06-30')).toEqual({ lookedAfter: false, lastPeriod: period });
    expect(careStatusOn(left, '2027-01-01')).toEqual({ lookedAfter: false, lastPeriod: period });
    expect(currentCarePeriod(left, '2025-06-30')).toBeNull();
  });

  it('a child who started and left on the same day was never looked after on any day', () => {
    const sameDay = [ep('2025-01-06', 'S', 'L1', 'T4', '2025-01-06', 'E4A')];
    expect(careStatusOn(sameDay, '2025-01-05').lookedAfter).toBe(false);
    expect(careStatusOn(sameDay, '2025-01-06').lookedAfter).toBe(false);
    expect(careStatusOn(sameDay, '2025-01-07').lookedAfter).toBe(false);
  });

  it('no episodes: never looked after', () => {
    expect(careStatusOn([], '2025-01-06')).toEqual({ lookedAfter: false, lastPeriod: null });
    expect(currentCarePeriod([], '2025-01-06')).toBeNull();
  });
});

describe('careEpisodeProblems', () => {
  const check = (episodes: CareEpisode[], context: CareContext = CONTEXT) =>
    careEpisodeProblems(episodes, context);

  it('a valid long history has no problems, in any order and without a date of birth', () => {
    expect(check(HISTORY)).toEqual([]);
    expect(check(SCRAMBLED)).toEqual([]);
    expect(check(HISTORY, { dateOfBirth: null, today: '2026-01-15' })).toEqual([]);
    expect(check([])).toEqual([]);
  });

  it('357: the first episode is S', () => {
    expect(check([ep('2024-01-10', 'S', 'C1', 'U6')])).toEqual([]);
    expect(check([ep('2024-01-10', 'P', 'C1', 'U6')])).toEqual([
      {
        field: 'episodes.0.reasonForNewEpisode',
        message: 'The first episode must start with S (started to be looked after), not P',
      },
    ]);
    // The first by date, wherever it is in the list.
    expect(
      check([
        ep('2024-03-01', 'S', 'C1', 'U6'),
        ep('2024-01-10', 'L', 'C1', 'U6', '2024-03-01', 'X1'),
      ]),
    ).toContainEqual({
      field: 'episodes.1.reasonForNewEpisode',
      message: 'The first episode must start with S (started to be looked after), not L',
    });
  });

  it('431: S is wrong when the previous episode ended with X1', () => {
    const first = ep('2024-01-10', 'S', 'C1', 'U6', '2024-03-01', 'X1');
    expect(check([first, ep('2024-03-01', 'P', 'C1', 'U4')])).toEqual([]);
    expect(check([first, ep('2024-03-01', 'S', 'C1', 'U4')])).toEqual([
      {
        field: 'episodes.1.reasonForNewEpisode',
        message:
          'Episode 2 cannot be S: the previous episode ended with X1, so the child was still looked after',
      },
    ]);
  });

  it('432: after leaving care the next episode is S, on or after the leaving day', () => {
    const left = ep('2024-01-10', 'S', 'C1', 'U6', '2024-03-01', 'E13');
    expect(check([left, ep('2024-06-03', 'S', 'V2', 'U6')])).toEqual([]);
    expect(check([left, ep('2024-03-01', 'S', 'V2', 'U6')])).toEqual([]);
    expect(check([left, ep('2024-06-03', 'P', 'C1', 'U4')])).toEqual([
      {
        field: 'episodes.1.reasonForNewEpisode',
        message: 'Episode 2 must be S: the child left care on 1 March 2024',
      },
    ]);
    expect(check([left, ep('2024-02-01', 'S', 'V2', 'U6')])).toEqual([
      {
        field: 'episodes.1.start',
        message: 'Episode 2 starts before the child left care on 1 March 2024',
      },
    ]);
  });

  it('433: an episode continuing the period starts on the previous DEC', () => {
    const first = ep('2024-01-10', 'S', 'C1', 'U6', '2024-03-01', 'X1');
    const message =
      'Episode 2 continues the period, so it must start on 1 March 2024, when the previous episode ended';
    for (const start of ['2024-03-04', '2024-02-15']) {
      expect(check([first, ep(start, 'P', 'C1', 'U4')])).toEqual([
        { field: 'episodes.1.start', message },
      ]);
    }
    // Reported against the episode as it was given.
    expect(check([ep('2024-03-04', 'P', 'C1', 'U4'), first])).toEqual([
      {
        field: 'episodes.0.start',
        message: message.replace('Episode 2', 'Episode 1'),
      },
    ]);
  });

  it('148: DEC and REC both filled or both blank', () => {
    const message =
      'Episode 1 needs both an end date (DEC) and a reason it ceased (REC), or neither';
    expect(check([ep('2024-01-10', 'S', 'C1', 'U6', '2024-03-01', 'E13')])).toEqual([]);
    expect(check([ep('2024-01-10', 'S', 'C1', 'U6', null, null)])).toEqual([]);
    expect(check([ep('2024-01-10', 'S', 'C1', 'U6', '2024-03-01', null)])).toEqual([
      { field: 'episodes.0.reasonEnded', message },
    ]);
    expect(check([ep('2024-01-10', 'S', 'C1', 'U6', null, 'E13')])).toEqual([
      { field: 'episodes.0.end', message },
    ]);
  });

  it('501: an episode cannot start while the previous one is open', () => {
    const message = 'Episode 2 starts before the previous episode ended: end that episode first';
    expect(check([ep('2024-01-10', 'S', 'C1', 'U6'), ep('2024-03-01', 'P', 'C1', 'U4')])).toEqual([
      { field: 'episodes.1.start', message },
    ]);
    expect(check([ep('2024-01-10', 'S', 'C1', 'U6'), ep('2024-01-10', 'S', 'C1', 'U4')])).toEqual([
      { field: 'episodes.1.start', message },
    ]);
  });

  it('unknown RNE, LS, PLACE and REC codes (matched exactly)', () => {
    expect(check([ep('2024-01-10', 'X', 'ZZ', 'Q9', '2024-03-01', 'E99')])).toEqual([
      {
        field: 'episodes.0.reasonForNewEpisode',
        message: 'Episode 1 has an unknown reason for new episode (RNE) ‘X’',
      },
      {
        field: 'episodes.0.legalStatus',
        message: 'Episode 1 has an unknown legal status (LS) ‘ZZ’',
      },
      {
        field: 'episodes.0.placementType',
        message: 'Episode 1 has an unknown placement type (PLACE) ‘Q9’',
      },
      {
        field: 'episodes.0.reasonEnded',
        message: 'Episode 1 has an unknown reason episode ceased (REC) ‘E99’',
      },
    ]);
    expect(
      check([ep('2024-01-10', 's', 'c2', 'u4', '2024-03-01', 'x1')]).map((p) => p.field),
    ).toEqual([
      'episodes.0.reasonForNewEpisode',
      'episodes.0.legalStatus',
      'episodes.0.placementType',
      'episodes.0.reasonEnded',
    ]);
  });

  it('an episode cannot start before the child was born (the birthday is fine)', () => {
    expect(check([ep('2012-05-01', 'S', 'V2', 'R3')])).toEqual([]);
    expect(check([ep('2012-04-30', 'S', 'V2', 'R3')])).toEqual([
      {
        field: 'episodes.0.start',
        message: 'Episode 1 cannot start before the child was born (1 May 2012)',
      },
    ]);
    expect(
      check([ep('2012-04-30', 'S', 'V2', 'R3')], { dateOfBirth: null, today: '2026-01-15' }),
    ).toEqual([]);
  });

  it('starts and ends cannot be in the future (today is fine)', () => {
    expect(check([ep('2026-01-15', 'S', 'C1', 'U6', '2026-01-15', 'E4A')])).toEqual([]);
    expect(check([ep('2026-01-16', 'S', 'C1', 'U6')])).toEqual([
      { field: 'episodes.0.start', message: 'The start of episode 1 must be today or in the past' },
    ]);
    expect(check([ep('2026-01-05', 'S', 'C1', 'U6', '2026-01-16', 'E4A')])).toEqual([
      { field: 'episodes.0.end', message: 'The end of episode 1 must be today or in the past' },
    ]);
  });

  it('an episode cannot end before it starts (ending on its start day is fine)', () => {
    expect(check([ep('2024-01-10', 'S', 'C1', 'U6', '2024-01-10', 'E13')])).toEqual([]);
    expect(check([ep('2024-01-10', 'S', 'C1', 'U6', '2024-01-09', 'E13')])).toEqual([
      {
        field: 'episodes.0.end',
        message: 'Episode 1 cannot end before it starts (10 January 2024)',
      },
    ]);
  });

  it('gives at most one message per field, the per-episode checks first', () => {
    const problems = check([
      ep('2026-02-01', 'P', 'C1', 'U6'),
      ep('2024-01-10', 'S', 'C1', 'U6', '2024-03-01', 'X1'),
      ep('2024-03-05', 'S', 'C9', 'U4'),
    ]);
    expect(problems).toEqual([
      { field: 'episodes.0.start', message: 'The start of episode 1 must be today or in the past' },
      {
        field: 'episodes.2.legalStatus',
        message: 'Episode 3 has an unknown legal status (LS) ‘C9’',
      },
      {
        field: 'episodes.2.reasonForNewEpisode',
        message:
          'Episode 3 cannot be S: the previous episode ended with X1, so the child was still looked after',
      },
    ]);
    expect(new Set(problems.map((p) => p.field)).size).toBe(problems.length);
  });
});
