import { describe, expect, it } from 'vitest';
import {
  meetingsThatMove,
  reallocationClashes,
  reallocationClashMessage,
  reallocationClashProblems,
  type ChildDiaryMeeting,
  type ReallocationClash,
} from './reallocation-clashes';

const TODAY = '2026-11-23'; // a Monday
const FROM = 'iro-old';
const TO = 'iro-new';

function meeting(
  id: string,
  date: string,
  startTime: string,
  overrides: Partial<ChildDiaryMeeting> = {},
): ChildDiaryMeeting {
  return {
    id,
    childId: `child-${id}`,
    iroId: FROM,
    date,
    startTime,
    durationMinutes: 60,
    status: 'booked',
    ...overrides,
  };
}

/** The new IRO's own meeting. */
function chaired(id: string, date: string, startTime: string, durationMinutes = 60) {
  return meeting(id, date, startTime, { iroId: TO, durationMinutes });
}

function pairs(clashes: ReallocationClash<ChildDiaryMeeting>[]): string[] {
  return clashes.map(
    (clash) => `${clash.moving.id}>${clash.other.id}${clash.otherMoves ? '*' : ''}`,
  );
}

function clashesOf(childrenMeetings: ChildDiaryMeeting[], diary: ChildDiaryMeeting[]) {
  return reallocationClashes({ toIroId: TO, childrenMeetings, diary, today: TODAY });
}

const NAMES: Record<string, string> = {
  'child-a': 'Ayesha Chen',
  'child-s': 'Sam Patel',
  'child-b': 'Ben Clarke',
};
const names = { childName: (id: string) => NAMES[id] ?? id, iroName: 'Gareth Lloyd' };

describe('meetingsThatMove', () => {
  it('moves booked meetings from today on, and nothing held, cancelled, postponed or past', () => {
    const meetings = [
      meeting('today', TODAY, '09:00'),
      meeting('later', '2026-12-01', '09:00'),
      meeting('yesterday', '2026-11-22', '09:00'),
      meeting('held', '2026-11-24', '09:00', { status: 'held' }),
      meeting('cancelled', '2026-11-24', '09:00', { status: 'cancelled' }),
      meeting('postponed', '2026-11-24', '09:00', { status: 'postponed' }),
      meeting('adjourned', '2026-11-24', '09:00', { status: 'adjourned' }),
    ];
    expect(meetingsThatMove(meetings, TODAY).map((m) => m.id)).toEqual(['today', 'later']);
  });
});

describe('reallocationClashes', () => {
  const diary = [chaired('s', '2026-11-24', '10:30')];

  it('finds a moving meeting that overlaps one the new IRO chairs', () => {
    const clashes = clashesOf([meeting('a', '2026-11-24', '10:00')], diary);
    expect(pairs(clashes)).toEqual(['a>s']);
    // The meetings as they are now: the moving one still has its old IRO.
    expect(clashes[0]?.moving.iroId).toBe(FROM);
    expect(clashes[0]?.other).toBe(diary[0]);
  });

  it('does not count back to back meetings, either way round', () => {
    expect(clashesOf([meeting('a', '2026-11-24', '09:30')], diary)).toEqual([]);
    expect(clashesOf([meeting('a', '2026-11-24', '11:30')], diary)).toEqual([]);
    // One minute more is a clash.
    expect(
      pairs(clashesOf([meeting('a', '2026-11-24', '09:30', { durationMinutes: 61 })], diary)),
    ).toEqual(['a>s']);
  });

  it('counts the same start, and one meeting inside another', () => {
    expect(pairs(clashesOf([meeting('a', '2026-11-24', '10:30')], diary))).toEqual(['a>s']);
    const long = [chaired('s', '2026-11-24', '09:00', 240)];
    expect(
      pairs(clashesOf([meeting('a', '2026-11-24', '10:00', { durationMinutes: 30 })], long)),
    ).toEqual(['a>s']);
    expect(
      pairs(clashesOf([meeting('a', '2026-11-24', '08:00', { durationMinutes: 360 })], diary)),
    ).toEqual(['a>s']);
  });

  it('ignores meetings on other days, and other IROs’ meetings', () => {
    expect(clashesOf([meeting('a', '2026-11-25', '10:30')], diary)).toEqual([]);
    const someoneElse = [meeting('x', '2026-11-24', '10:30', { iroId: 'iro-other' })];
    expect(clashesOf([meeting('a', '2026-11-24', '10:30')], someoneElse)).toEqual([]);
  });

  it('ignores cancelled and postponed meetings in the diary, and meetings that do not move', () => {
    const freed = [chaired('s', '2026-11-24', '10:30'), chaired('t', '2026-11-24', '10:00')].map(
      (m, i) => ({ ...m, status: i === 0 ? ('cancelled' as const) : ('postponed' as const) }),
    );
    expect(clashesOf([meeting('a', '2026-11-24', '10:00')], freed)).toEqual([]);
    const staying = [
      meeting('c', '2026-11-24', '10:00', { status: 'cancelled' }),
      meeting('h', '2026-11-24', '10:00', { status: 'held' }),
      meeting('p', '2026-11-20', '10:30'),
    ];
    expect(clashesOf(staying, [...diary, chaired('q', '2026-11-20', '10:30')])).toEqual([]);
  });

  it('finds two moving meetings that clash with each other, once', () => {
    const clashes = clashesOf(
      [meeting('b', '2026-11-26', '14:30'), meeting('a', '2026-11-26', '14:00')],
      diary,
    );
    expect(pairs(clashes)).toEqual(['a>b*']);
  });

  it('lists every clash, earliest moving meeting first', () => {
    const busy = [
      chaired('s', '2026-11-24', '10:30'),
      chaired('s2', '2026-11-24', '09:30'),
      chaired('t', '2026-11-25', '14:00'),
    ];
    const clashes = clashesOf(
      [meeting('late', '2026-11-25', '14:15'), meeting('a', '2026-11-24', '10:00')],
      busy,
    );
    expect(pairs(clashes)).toEqual(['a>s2', 'a>s', 'late>t']);
  });

  it('compares a meeting the new IRO already has only once, as moved', () => {
    const already = meeting('a', '2026-11-24', '10:30', { iroId: TO });
    expect(clashesOf([already], [already])).toEqual([]);
    expect(pairs(clashesOf([already, already], [...diary, already]))).toEqual(['a>s']);
  });
});

describe('reallocationClashMessage', () => {
  it('names both children, the day and both times, in the new IRO’s diary', () => {
    const [clash] = clashesOf(
      [meeting('a', '2026-11-24', '10:00')],
      [chaired('s', '2026-11-24', '10:30')],
    );
    expect(reallocationClashMessage(clash!, names)).toBe(
      'Ayesha Chen’s review meeting on Tuesday 24 November 2026 at 10:00 would overlap Sam Patel’s at 10:30 in Gareth Lloyd’s diary',
    );
  });

  it('says when the other meeting moves too, and its day when it is another', () => {
    const [both] = clashesOf(
      [meeting('a', '2026-11-24', '10:00'), meeting('b', '2026-11-24', '10:15')],
      [],
    );
    expect(reallocationClashMessage(both!, names)).toBe(
      'Ayesha Chen’s review meeting on Tuesday 24 November 2026 at 10:00 would overlap Ben Clarke’s at 10:15 (also moving) in Gareth Lloyd’s diary',
    );
    const [overnight] = clashesOf(
      [meeting('a', '2026-11-25', '00:00')],
      [chaired('s', '2026-11-24', '23:30')],
    );
    expect(reallocationClashMessage(overnight!, names)).toBe(
      'Ayesha Chen’s review meeting on Wednesday 25 November 2026 at 00:00 would overlap Sam Patel’s at 23:30 on Tuesday 24 November 2026 in Gareth Lloyd’s diary',
    );
  });
});

describe('reallocationClashProblems', () => {
  const clashes = clashesOf(
    [meeting('a', '2026-11-24', '10:00'), meeting('b', '2026-11-24', '10:15')],
    [chaired('s', '2026-11-24', '10:30')],
  );

  it('gives each clash on the IRO field, then asks for confirmation', () => {
    expect(
      reallocationClashProblems(clashes, names, { iroField: 'toIroId', accepted: false }),
    ).toEqual([
      {
        field: 'toIroId',
        message:
          'Ayesha Chen’s review meeting on Tuesday 24 November 2026 at 10:00 would overlap Sam Patel’s at 10:30 in Gareth Lloyd’s diary',
      },
      {
        field: 'toIroId',
        message:
          'Ayesha Chen’s review meeting on Tuesday 24 November 2026 at 10:00 would overlap Ben Clarke’s at 10:15 (also moving) in Gareth Lloyd’s diary',
      },
      {
        field: 'toIroId',
        message:
          'Ben Clarke’s review meeting on Tuesday 24 November 2026 at 10:15 would overlap Sam Patel’s at 10:30 in Gareth Lloyd’s diary',
      },
      {
        field: 'acceptClashes',
        message: 'Choose another IRO, or select “Move the meetings anyway: I will rearrange them”',
      },
    ]);
  });

  it('names the first 20 clashes, then says how many more', () => {
    const many = clashesOf(
      Array.from({ length: 23 }, (_, i) =>
        meeting(`m${i}`, `2026-12-${String(i + 1).padStart(2, '0')}`, '10:00'),
      ),
      Array.from({ length: 23 }, (_, i) =>
        chaired(`d${i}`, `2026-12-${String(i + 1).padStart(2, '0')}`, '10:30'),
      ),
    );
    expect(many).toHaveLength(23);
    const found = reallocationClashProblems(many, names, { iroField: 'toIroId', accepted: false });
    expect(found).toHaveLength(22);
    expect(found[19]?.message).toMatch(/^child-m19’s review meeting on Sunday 20 December 2026/);
    expect(found[20]).toEqual({
      field: 'toIroId',
      message: '3 more review meetings would overlap others in Gareth Lloyd’s diary',
    });
    expect(found[21]?.field).toBe('acceptClashes');
  });

  it('has nothing to say once accepted, or with no clash', () => {
    expect(
      reallocationClashProblems(clashes, names, { iroField: 'iroId', accepted: true }),
    ).toEqual([]);
    expect(reallocationClashProblems([], names, { iroField: 'iroId', accepted: false })).toEqual(
      [],
    );
  });
});
