import { describe, expect, it } from 'vitest';
import type { CareEpisode } from './care-episodes';
import {
  mergeSsda903,
  SSDA903_BLOCKING_CONFLICTS,
  type Ssda903ChildMerge,
  type Ssda903TrackerChild,
} from './ssda903-merge';
import { child, episode, review, TODAY, validate, type Rows } from './ssda903-test-rows';

// "Today" is Monday 23 November 2026 (TODAY). Dates in the return are dd/mm/yyyy, the tracker's
// YYYY-MM-DD: text only, so no time zone can move a day (run under four zones).

function ep(
  start: string,
  reasonForNewEpisode: string,
  end: string | null = null,
  reasonEnded: string | null = null,
  legalStatus = 'C2',
  placementType = 'U4',
): CareEpisode {
  return { start, reasonForNewEpisode, legalStatus, placementType, end, reasonEnded };
}

/** The return's children, checked (the tests' returns have no problems). */
function checked(parts: { header: Rows; episodes: Rows; reviews?: Rows }) {
  const result = validate(parts);
  expect(result.problems).toEqual([]);
  return result.children;
}

function merge(tracker: Ssda903TrackerChild[], parts: Parameters<typeof checked>[0]) {
  return mergeSsda903(tracker, checked(parts), { today: TODAY });
}

/** One child's merge, with its changes and conflicts as kinds and words. */
function only(result: ReturnType<typeof mergeSsda903>): Ssda903ChildMerge {
  expect(result.children).toHaveLength(1);
  return result.children[0]!;
}

const kinds = (merged: Ssda903ChildMerge) => merged.changes.map((change) => change.kind);
const conflictKinds = (merged: Ssda903ChildMerge) =>
  merged.conflicts.map((conflict) => conflict.kind);

/** The tracker's record after applying a merge (what the backend writes). */
function applied(
  childRef: string,
  dateOfBirth: string,
  merged: Ssda903ChildMerge,
  before?: Ssda903TrackerChild,
): Ssda903TrackerChild {
  return {
    childRef,
    dateOfBirth,
    episodes: merged.episodes.map(({ trackerIndex: _, ...episode }) => episode),
    reviews: [
      ...(before?.reviews ?? []),
      ...merged.newReviews.map(({ heldOn, participationCode }) => ({ heldOn, participationCode })),
    ],
  };
}

const C001 = (overrides: Partial<Ssda903TrackerChild> = {}): Ssda903TrackerChild => ({
  childRef: 'C001',
  dateOfBirth: '2015-03-14',
  episodes: [ep('2025-05-01', 'S')],
  reviews: [{ heldOn: '2025-05-28', participationCode: 'PN1' }],
  ...overrides,
});

describe('mergeSsda903: new children', () => {
  it('a child not in the tracker is new, with all their episodes and reviews', () => {
    const merged = only(
      merge([C001()], {
        header: [child('C002', '02/02/2016')],
        episodes: [
          episode('C002', '01/05/2025', { DEC: '20/06/2025', REC: 'X1' }),
          episode('C002', '20/06/2025', { RNE: 'P', PLACE: 'U6' }),
        ],
        reviews: [review('C002', '28/05/2025', 'PN1', '02/02/2016')],
      }),
    );
    expect(merged).toMatchObject({ childRef: 'C002', outcome: 'new-child', trackerIndex: null });
    expect(merged.changes).toEqual([
      {
        kind: 'new-child',
        message: 'New child: 2 episodes in 1 period of care and 1 review',
        count: 1,
      },
    ]);
    expect(merged.conflicts).toEqual([]);
    expect(merged.episodes).toEqual([
      { ...ep('2025-05-01', 'S', '2025-06-20', 'X1'), trackerIndex: null },
      { ...ep('2025-06-20', 'P', null, null, 'C2', 'U6'), trackerIndex: null },
    ]);
    expect(merged.newReviews.map((r) => [r.heldOn, r.participationCode])).toEqual([
      ['2025-05-28', 'PN1'],
    ]);
  });

  it('a new child who has already left care says when and why', () => {
    const merged = only(
      merge([], {
        header: [child('C002')],
        episodes: [episode('C002', '01/05/2025', { DEC: '10/03/2026', REC: 'E13' })],
      }),
    );
    expect(kinds(merged)).toEqual(['new-child', 'left-care']);
    expect(merged.changes[1]?.message).toBe(
      'Left care on 10 March 2026 (E13: Left care to live with parent(s), relative(s) or others without PR): from then nothing is due and they are in no caseload',
    );
  });

  it('a new child whose episodes break the DfE’s sequence rules is held back, not added', () => {
    // The return's check needs only a non-blank PLACE; the tracker needs a 2025-26 code.
    const merged = only(
      merge([], {
        header: [child('C002')],
        episodes: [episode('C002', '01/05/2025', { PLACE: 'H5' })],
      }),
    );
    expect(merged.outcome).toBe('held-back');
    expect(merged.changes).toEqual([]);
    expect(merged.episodes).toEqual([]);
    expect(merged.newReviews).toEqual([]);
    expect(merged.conflicts).toEqual([
      {
        kind: 'episode-sequence',
        message:
          'The return’s episodes break the DfE’s rules: Episode 1 has an unknown placement type (PLACE) ‘H5’ (the episode starting on 1 May 2025). The child is not added',
        blocking: true,
      },
    ]);
  });
});

describe('mergeSsda903: children already in the tracker', () => {
  it('the same child with the same episodes and reviews is unchanged', () => {
    const result = merge([C001()], {
      header: [child('C001')],
      episodes: [episode('C001', '01/05/2025')],
      reviews: [review('C001', '28/05/2025')],
    });
    const merged = only(result);
    expect(merged).toMatchObject({ outcome: 'unchanged', changes: [], conflicts: [] });
    expect(merged.trackerIndex).toBe(0);
    expect(merged.episodes).toEqual([{ ...ep('2025-05-01', 'S'), trackerIndex: 0 }]);
    expect(result.totals).toMatchObject({ children: 1, unchanged: 1, changes: 0, conflicts: 0 });
  });

  it('matches CHILD exactly and leaves tracker children missing from the return alone', () => {
    const result = merge([C001(), C001({ childRef: 'C003' })], {
      header: [child('c001')],
      episodes: [episode('c001', '01/05/2025')],
    });
    expect(result.children.map((c) => [c.childRef, c.outcome])).toEqual([['c001', 'new-child']]);
  });

  it('new episodes: a change of placement the tracker lacks is added and the open episode ends', () => {
    const merged = only(
      merge([C001()], {
        header: [child('C001')],
        episodes: [
          episode('C001', '01/05/2025', { DEC: '02/03/2026', REC: 'X1' }),
          episode('C001', '02/03/2026', { RNE: 'P', PLACE: 'K2' }),
        ],
        reviews: [review('C001', '28/05/2025')],
      }),
    );
    expect(merged.outcome).toBe('changed');
    expect(merged.changes.map((c) => c.message)).toEqual([
      '1 new episode: from 2 March 2026 (RNE P, LS C2, PLACE K2)',
      'The episode that started on 1 May 2025 ended on 2 March 2026 (X1: Episode ends and a new one begins the same day)',
    ]);
    expect(kinds(merged)).toEqual(['new-episodes', 'episode-closed']);
    // The tracker's episode keeps its place (the backend keeps its id); the new one has none.
    expect(merged.episodes).toEqual([
      { ...ep('2025-05-01', 'S', '2026-03-02', 'X1'), trackerIndex: 0 },
      { ...ep('2026-03-02', 'P', null, null, 'C2', 'K2'), trackerIndex: null },
    ]);
  });

  it('gives back only the episodes’ own fields (a tracker record’s id stays in the tracker)', () => {
    const withId = { ...ep('2025-05-01', 'S'), id: 'ep_1' };
    const merged = only(
      merge([C001({ episodes: [withId] })], {
        header: [child('C001')],
        episodes: [episode('C001', '01/05/2025', { DEC: '10/03/2026', REC: 'E4A' })],
        reviews: [review('C001', '28/05/2025')],
      }),
    );
    expect(merged.episodes).toEqual([
      { ...ep('2025-05-01', 'S', '2026-03-10', 'E4A'), trackerIndex: 0 },
    ]);
  });

  it('episode closed with a leaving reason: the child left care', () => {
    const result = merge([C001()], {
      header: [child('C001')],
      episodes: [episode('C001', '01/05/2025', { DEC: '10/03/2026', REC: 'E4A' })],
      reviews: [review('C001', '28/05/2025')],
    });
    const merged = only(result);
    expect(kinds(merged)).toEqual(['episode-closed', 'left-care']);
    expect(merged.changes[1]?.message).toBe(
      'Left care on 10 March 2026 (E4A: Returned home as part of the care plan): from then nothing is due and they are in no caseload',
    );
    expect(result.totals).toMatchObject({ changed: 1, closedEpisodes: 1, leftCare: 1 });
  });

  it('returned: a new period of care (RNE S) after the child left', () => {
    const tracker = C001({ episodes: [ep('2025-05-01', 'S', '2025-09-01', 'E13')] });
    const result = merge([tracker], {
      header: [child('C001')],
      episodes: [
        episode('C001', '01/05/2025', { DEC: '01/09/2025', REC: 'E13' }),
        episode('C001', '02/03/2026', { LS: 'C1' }),
      ],
      reviews: [review('C001', '28/05/2025')],
    });
    const merged = only(result);
    expect(kinds(merged)).toEqual(['new-episodes', 'returned']);
    expect(merged.changes[1]?.message).toBe(
      'Became looked after again on 2 March 2026: a new period of care, so the review cycle starts again',
    );
    expect(result.totals).toMatchObject({ returned: 1, newEpisodes: 1, leftCare: 0 });
  });

  it('returned and left again within the return: both are said', () => {
    const tracker = C001({ episodes: [ep('2025-05-01', 'S', '2025-09-01', 'E13')] });
    const merged = only(
      merge([tracker], {
        header: [child('C001')],
        episodes: [
          episode('C001', '01/05/2025', { DEC: '01/09/2025', REC: 'E13' }),
          episode('C001', '02/03/2026', { DEC: '01/06/2026', REC: 'E11' }),
        ],
        reviews: [review('C001', '28/05/2025')],
      }),
    );
    expect(kinds(merged)).toEqual(['new-episodes', 'returned', 'left-care']);
  });

  it('new reviews: the return’s reviews the tracker lacks are added, by date', () => {
    const merged = only(
      merge([C001()], {
        header: [child('C001')],
        episodes: [episode('C001', '01/05/2025')],
        reviews: [
          review('C001', '28/05/2025'),
          review('C001', '20/08/2025', 'PN5'),
          review('C001', '18/02/2026', 'PN6'),
        ],
      }),
    );
    expect(merged.outcome).toBe('changed');
    expect(merged.changes).toEqual([
      {
        kind: 'new-reviews',
        message: '2 new reviews: 20 August 2025 (PN5), 18 February 2026 (PN6)',
        count: 2,
      },
    ]);
    expect(merged.newReviews.map((r) => r.heldOn)).toEqual(['2025-08-20', '2026-02-18']);
  });

  it('the tracker’s own problems (an old PLACE code) are not the return’s: the refresh goes on', () => {
    const tracker = C001({
      episodes: [ep('2025-05-01', 'S', '2025-07-01', 'X1', 'C2', 'H5'), ep('2025-07-01', 'P')],
    });
    const merged = only(
      merge([tracker], {
        header: [child('C001')],
        episodes: [
          episode('C001', '01/05/2025', { PLACE: 'H5', DEC: '01/07/2025', REC: 'X1' }),
          episode('C001', '01/07/2025', { RNE: 'P', DEC: '10/03/2026', REC: 'E13' }),
        ],
        reviews: [review('C001', '28/05/2025')],
      }),
    );
    expect(merged.conflicts).toEqual([]);
    expect(kinds(merged)).toEqual(['episode-closed', 'left-care']);
  });

  it('a zero-day episode (ended the day it began) in the tracker: the return’s episode that day is matched by its codes', () => {
    // A return cannot hold two episodes starting on one day (conflicting rows), the tracker can.
    const tracker = C001({
      episodes: [ep('2025-05-01', 'S', '2025-05-01', 'X1', 'C2', 'U6'), ep('2025-05-01', 'P')],
    });
    const merged = only(
      merge([tracker], {
        header: [child('C001')],
        episodes: [episode('C001', '01/05/2025', { RNE: 'P', DEC: '10/03/2026', REC: 'E13' })],
        reviews: [review('C001', '28/05/2025')],
      }),
    );
    expect(merged.conflicts).toEqual([]);
    expect(kinds(merged)).toEqual(['episode-closed', 'left-care']);
    expect(merged.episodes.map((e) => [e.trackerIndex, e.end])).toEqual([
      [0, '2025-05-01'],
      [1, '2026-03-10'],
    ]);
  });
});

describe('mergeSsda903: conflicts', () => {
  it('lists every blocking kind', () => {
    expect(SSDA903_BLOCKING_CONFLICTS).toEqual([
      'date-of-birth',
      'episode-contradicted',
      'episode-sequence',
      'tracker-review-outside-care',
    ]);
  });

  it('a different date of birth holds the whole child back, even their new reviews', () => {
    const merged = only(
      merge([C001()], {
        header: [child('C001', '15/03/2015')],
        episodes: [episode('C001', '01/05/2025', { DEC: '10/03/2026', REC: 'E13' })],
        reviews: [
          review('C001', '28/05/2025', 'PN1', '15/03/2015'),
          review('C001', '20/08/2025', 'PN1', '15/03/2015'),
        ],
      }),
    );
    expect(merged.outcome).toBe('held-back');
    expect(merged.changes).toEqual([]);
    expect(merged.newReviews).toEqual([]);
    expect(merged.episodes).toEqual([{ ...ep('2025-05-01', 'S'), trackerIndex: 0 }]);
    expect(merged.conflicts).toEqual([
      {
        kind: 'date-of-birth',
        message:
          'The return gives the date of birth as 15 March 2015, the tracker has 14 March 2015. Nothing about this child is changed: check which is right',
        blocking: true,
      },
    ]);
  });

  it.each([
    [
      'a different legal status',
      episode('C001', '01/05/2025', { LS: 'C1' }),
      'The episode that started on 1 May 2025 differs: legal status (LS) C2 in the tracker, C1 in the return. Nothing about this child is changed: correct the tracker or the case system',
    ],
    [
      'a different placement and RNE',
      episode('C001', '01/05/2025', { RNE: 'P', PLACE: 'K2' }),
      'The episode that started on 1 May 2025 differs: reason for new episode (RNE) S in the tracker, P in the return; placement type (PLACE) U4 in the tracker, K2 in the return. Nothing about this child is changed: correct the tracker or the case system',
    ],
  ])('an episode the return contradicts (%s) holds the child back', (_, row, message) => {
    const merged = only(
      merge([C001()], {
        header: [child('C001')],
        episodes: [row],
        reviews: [review('C001', '28/05/2025'), review('C001', '20/08/2025')],
      }),
    );
    expect(merged.outcome).toBe('held-back');
    expect(merged.conflicts).toEqual([{ kind: 'episode-contradicted', message, blocking: true }]);
    expect(merged.newReviews).toEqual([]);
  });

  it.each([
    [
      'a different end date',
      { DEC: '12/03/2026', REC: 'E13' },
      'it ended on 10 March 2026 (E13) in the tracker but ended on 12 March 2026 (E13) in the return',
    ],
    [
      'a different reason it ended',
      { DEC: '10/03/2026', REC: 'E11' },
      'it ended on 10 March 2026 (E13) in the tracker but ended on 10 March 2026 (E11) in the return',
    ],
    [
      'open in the return',
      {},
      'it ended on 10 March 2026 (E13) in the tracker but is still open in the return',
    ],
  ])('an episode ended in the tracker that the return ends otherwise (%s)', (_, cells, words) => {
    const tracker = C001({ episodes: [ep('2025-05-01', 'S', '2026-03-10', 'E13')] });
    const merged = only(
      merge([tracker], {
        header: [child('C001')],
        episodes: [episode('C001', '01/05/2025', cells)],
        reviews: [review('C001', '28/05/2025')],
      }),
    );
    expect(merged.outcome).toBe('held-back');
    expect(conflictKinds(merged)).toEqual(['episode-contradicted']);
    expect(merged.conflicts[0]?.message).toContain(words);
  });

  it('merged episodes that break the DfE’s sequence rules hold the child back', () => {
    // The return lacks the tracker's open episode and starts a new period while it is open.
    const merged = only(
      merge([C001()], {
        header: [child('C001')],
        episodes: [episode('C001', '02/03/2026', { LS: 'C1' })],
      }),
    );
    expect(merged.outcome).toBe('held-back');
    expect(merged.conflicts).toEqual([
      {
        kind: 'episode-sequence',
        message:
          'With the return’s episodes the child’s episodes would break the DfE’s rules: Episode 2 starts before the previous episode ended: end that episode first (the episode starting on 2 March 2026). Nothing about this child is changed',
        blocking: true,
      },
    ]);
  });

  it('a tracker review the return’s episodes would put outside care holds the child back', () => {
    const tracker = C001({
      reviews: [
        { heldOn: '2025-05-28', participationCode: 'PN1' },
        { heldOn: '2026-04-01', participationCode: 'PN1' },
      ],
    });
    const merged = only(
      merge([tracker], {
        header: [child('C001')],
        episodes: [episode('C001', '01/05/2025', { DEC: '10/03/2026', REC: 'E13' })],
        reviews: [review('C001', '28/05/2025')],
      }),
    );
    expect(merged.outcome).toBe('held-back');
    expect(merged.conflicts).toEqual([
      {
        kind: 'tracker-review-outside-care',
        message:
          'The review held on 1 April 2026 in the tracker would be outside the child’s periods of care with the return’s episodes. Nothing about this child is changed',
        blocking: true,
      },
      {
        kind: 'review-not-in-return',
        message:
          'The review held on 1 April 2026 (PN1) is in the tracker but not in the return: it is kept',
        blocking: false,
      },
    ]);
  });

  it('a tracker review the return lacks is kept and listed; the child’s other changes apply', () => {
    const tracker = C001({
      reviews: [
        { heldOn: '2025-05-28', participationCode: 'PN1' },
        { heldOn: '2025-08-20', participationCode: 'PN5' },
      ],
    });
    const result = merge([tracker], {
      header: [child('C001')],
      episodes: [episode('C001', '01/05/2025')],
      reviews: [review('C001', '28/05/2025'), review('C001', '18/02/2026')],
    });
    const merged = only(result);
    expect(merged.outcome).toBe('changed');
    expect(kinds(merged)).toEqual(['new-reviews']);
    expect(merged.conflicts).toEqual([
      {
        kind: 'review-not-in-return',
        message:
          'The review held on 20 August 2025 (PN5) is in the tracker but not in the return: it is kept',
        blocking: false,
      },
    ]);
    expect(result.totals).toMatchObject({ changed: 1, conflicts: 1, newReviews: 1 });
  });

  it('tracker reviews before the return’s first review are history it does not cover', () => {
    const tracker = C001({
      episodes: [ep('2023-05-01', 'S')],
      reviews: [
        { heldOn: '2023-05-26', participationCode: 'PN1' },
        { heldOn: '2025-05-28', participationCode: 'PN1' },
      ],
    });
    const result = merge([tracker], {
      header: [child('C001')],
      episodes: [episode('C001', '01/05/2023')],
      reviews: [review('C001', '28/05/2025')],
    });
    expect(result.reviewsFrom).toBe('2025-05-28');
    expect(only(result)).toMatchObject({ outcome: 'unchanged', conflicts: [] });
  });

  it('a review on the same day with a different code keeps the tracker’s code', () => {
    const merged = only(
      merge([C001()], {
        header: [child('C001')],
        episodes: [episode('C001', '01/05/2025')],
        reviews: [review('C001', '28/05/2025', 'PN4'), review('C001', '20/08/2025', 'PN5')],
      }),
    );
    expect(merged.outcome).toBe('changed');
    expect(merged.newReviews.map((r) => r.heldOn)).toEqual(['2025-08-20']);
    expect(merged.conflicts).toEqual([
      {
        kind: 'review-code-differs',
        message:
          'The review held on 28 May 2025 is PN1 in the tracker but PN4 in the return: the tracker’s is kept',
        blocking: false,
      },
    ]);
  });

  it('a conflict holds back only its own child', () => {
    const result = merge([C001(), C001({ childRef: 'C002' })], {
      header: [child('C001', '15/03/2015'), child('C002')],
      episodes: [
        episode('C001', '01/05/2025'),
        episode('C002', '01/05/2025', { DEC: '10/03/2026', REC: 'E13' }),
      ],
      reviews: [review('C001', '28/05/2025', 'PN1', '15/03/2015'), review('C002', '28/05/2025')],
    });
    expect(result.children.map((c) => [c.childRef, c.outcome])).toEqual([
      ['C001', 'held-back'],
      ['C002', 'changed'],
    ]);
    expect(result.totals).toMatchObject({ heldBack: 1, changed: 1, changes: 1, leftCare: 1 });
  });
});

describe('mergeSsda903: the same return twice', () => {
  const parts = {
    header: [child('C001'), child('C002', '02/02/2024', '2'), child('C003', '10/05/2012')],
    episodes: [
      episode('C001', '01/05/2025', { DEC: '02/03/2026', REC: 'X1' }),
      episode('C001', '02/03/2026', { RNE: 'P', PLACE: 'K2' }),
      episode('C002', '01/12/2024', { LS: 'V2', PLACE: 'U6', DEC: '10/01/2025', REC: 'E11' }),
      episode('C002', '02/03/2026', { LS: 'C1', PLACE: 'U6' }),
      episode('C003', '15/01/2026', { DEC: '20/03/2026', REC: 'E13' }),
    ],
    reviews: [
      review('C001', '28/05/2025'),
      review('C001', '20/08/2025', 'PN5'),
      review('C002', '20/12/2024', 'PN0', '02/02/2024'),
      review('C003', '11/02/2026', 'PN1', '10/05/2012'),
    ],
  };

  it('the first time, against part of it, says what changes; the second time nothing does', () => {
    const tracker = [C001()];
    const first = merge(tracker, parts);
    expect(first.children.map((c) => [c.childRef, c.outcome, kinds(c)])).toEqual([
      ['C001', 'changed', ['new-episodes', 'episode-closed', 'new-reviews']],
      ['C002', 'new-child', ['new-child']],
      ['C003', 'new-child', ['new-child', 'left-care']],
    ]);
    expect(first.totals).toEqual({
      children: 3,
      newChildren: 2,
      changed: 1,
      unchanged: 0,
      heldBack: 0,
      changes: 3,
      conflicts: 0,
      newEpisodes: 4,
      closedEpisodes: 1,
      leftCare: 1,
      returned: 0,
      newReviews: 3,
    });

    const dobs: Record<string, string> = {
      C001: '2015-03-14',
      C002: '2024-02-02',
      C003: '2012-05-10',
    };
    const after = first.children.map((c) =>
      applied(
        c.childRef,
        dobs[c.childRef]!,
        c,
        c.trackerIndex === null ? undefined : tracker[c.trackerIndex],
      ),
    );
    const second = merge(after, parts);
    expect(second.children.map((c) => [c.childRef, c.outcome, c.changes, c.conflicts])).toEqual([
      ['C001', 'unchanged', [], []],
      ['C002', 'unchanged', [], []],
      ['C003', 'unchanged', [], []],
    ]);
    expect(second.totals).toMatchObject({ children: 3, unchanged: 3, changes: 0, conflicts: 0 });
  });
});
