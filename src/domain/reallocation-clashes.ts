import { findClashes, formatDateWithWeekday, type DiaryMeeting } from './booking';
import { addDays, compareDates, type IsoDate } from './calendar';
import type { FieldProblem } from './field-problems';

// Reallocating children moves their booked review meetings to the new IRO's diary. A meeting
// that would then overlap one the new IRO already chairs (or another meeting moving with it) is
// a clash: the IRO cannot chair both, so a review may not happen on time. It is a warning the team
// manager may accept (they will rearrange the meetings), never a silent move.

/** A review meeting of a child, as the diary holds it. */
export interface ChildDiaryMeeting extends DiaryMeeting {
  childId: string;
}

/**
 * The meetings a reallocation moves to the new IRO: those still booked, from today on. Held,
 * cancelled, postponed and adjourned meetings stay with the IRO who had them, as do past ones.
 */
export function meetingsThatMove<M extends { status: string; date: IsoDate }>(
  meetings: readonly M[],
  today: IsoDate,
): M[] {
  return meetings.filter(
    (meeting) => meeting.status === 'booked' && compareDates(meeting.date, today) >= 0,
  );
}

export interface ReallocationClash<M extends ChildDiaryMeeting> {
  /** The meeting that would move into the new IRO's diary (as it is now, with its old IRO). */
  moving: M;
  /** The meeting it would overlap: one the new IRO already chairs, or another moving meeting. */
  other: M;
  /** True when the other meeting moves too (two of the children's meetings overlap each other). */
  otherMoves: boolean;
}

export interface ReallocationClashesInput<M extends ChildDiaryMeeting> {
  /** The IRO the children are moving to. */
  toIroId: string;
  /** The children's meetings (all of them: only those that move are checked). */
  childrenMeetings: readonly M[];
  /** The meetings the new IRO chairs now (others' meetings are ignored). */
  diary: readonly M[];
  today: IsoDate;
}

function startOrder(a: ChildDiaryMeeting, b: ChildDiaryMeeting): number {
  return compareDates(a.date, b.date) || a.startTime.localeCompare(b.startTime);
}

/** Meetings by day: only a meeting the day before, the same day or the day after can overlap. */
class ByDay<T extends { date: IsoDate }> {
  readonly #days = new Map<IsoDate, T[]>();

  constructor(items: Iterable<T>) {
    for (const item of items) {
      const day = this.#days.get(item.date);
      if (day === undefined) this.#days.set(item.date, [item]);
      else day.push(item);
    }
  }

  /** A meeting lasts a day at most, so it can only reach into the next day. */
  near(date: IsoDate): T[] {
    return [addDays(date, -1), date, addDays(date, 1)].flatMap((day) => this.#days.get(day) ?? []);
  }
}

/**
 * Each overlap a reallocation would make in the new IRO's diary, earliest moving meeting first.
 * Overlap is booking's own rule (findClashes): [start, end) on the wall clock, so back to back is
 * not a clash; cancelled and postponed meetings take no time. Two moving meetings that overlap
 * each other are one clash, not two.
 */
export function reallocationClashes<M extends ChildDiaryMeeting>(
  input: ReallocationClashesInput<M>,
): ReallocationClash<M>[] {
  const byId = new Map<string, M>();
  for (const meeting of meetingsThatMove(input.childrenMeetings, input.today)) {
    byId.set(meeting.id, meeting);
  }
  const moving = [...byId.values()].sort(startOrder);
  // A moving meeting is compared once, as moved, even if the new IRO already had it.
  const diary = input.diary.filter(
    (meeting) => meeting.iroId === input.toIroId && !byId.has(meeting.id),
  );
  // The moving meetings as they would be: chaired by the new IRO. Bucketed by day, so a caseload
  // of thousands is not every meeting against every other.
  const moved = moving.map((meeting, order) => ({
    meeting,
    order,
    date: meeting.date,
    asMoved: { ...meeting, iroId: input.toIroId },
  }));
  const movedByDay = new ByDay(moved);
  const diaryByDay = new ByDay(diary);
  const clashes: ReallocationClash<M>[] = [];
  for (const { meeting, order, asMoved } of moved) {
    for (const other of findClashes(asMoved, diaryByDay.near(meeting.date))) {
      clashes.push({ moving: meeting, other, otherMoves: false });
    }
    // Each pair of moving meetings once: with those after this one.
    const later = movedByDay.near(meeting.date).filter((each) => each.order > order);
    const entryOf = new Map(later.map((each) => [each.asMoved, each.meeting]));
    for (const other of findClashes(
      asMoved,
      later.map((each) => each.asMoved),
    )) {
      const otherMeeting = entryOf.get(other);
      if (otherMeeting !== undefined) {
        clashes.push({ moving: meeting, other: otherMeeting, otherMoves: true });
      }
    }
  }
  return clashes;
}

export interface ReallocationClashNames {
  /** The child's name as the team manager knows it, e.g. 'Ayesha Chen'. */
  childName: (childId: string) => string;
  /** The new IRO's name. */
  iroName: string;
}

/**
 * In words: "Ayesha Chen’s review meeting on Tuesday 24 November 2026 at 10:00 would overlap Sam
 * Patel’s at 10:30 in Gareth Lloyd’s diary".
 */
export function reallocationClashMessage<M extends ChildDiaryMeeting>(
  clash: ReallocationClash<M>,
  names: ReallocationClashNames,
): string {
  const { moving, other } = clash;
  const otherDay = other.date === moving.date ? '' : ` on ${formatDateWithWeekday(other.date)}`;
  const alsoMoving = clash.otherMoves ? ' (also moving)' : '';
  return `${names.childName(moving.childId)}’s review meeting on ${formatDateWithWeekday(moving.date)} at ${moving.startTime} would overlap ${names.childName(other.childId)}’s at ${other.startTime}${otherDay}${alsoMoving} in ${names.iroName}’s diary`;
}

/** The request field a team manager confirms the clashes with. */
export const ACCEPT_CLASHES_FIELD = 'acceptClashes';

export const ACCEPT_CLASHES_LABEL = 'Move the meetings anyway: I will rearrange them';

/** The most clashes named one by one: past this a list is no help (a whole caseload moving). */
export const MAX_CLASHES_NAMED = 20;

/**
 * The field problems of a reallocation into a clash not yet confirmed: each clash on the field
 * naming the new IRO (the first MAX_CLASHES_NAMED, then how many more), and one on acceptClashes
 * asking the manager to confirm or choose again. None when there is no clash or they are accepted.
 */
export function reallocationClashProblems<M extends ChildDiaryMeeting>(
  clashes: readonly ReallocationClash<M>[],
  names: ReallocationClashNames,
  options: { iroField: string; accepted: boolean },
): FieldProblem[] {
  if (clashes.length === 0 || options.accepted) return [];
  const more = clashes.length - MAX_CLASHES_NAMED;
  return [
    ...clashes.slice(0, MAX_CLASHES_NAMED).map((clash) => ({
      field: options.iroField,
      message: reallocationClashMessage(clash, names),
    })),
    ...(more > 0
      ? [
          {
            field: options.iroField,
            message: `${more === 1 ? '1 more review meeting' : `${more.toLocaleString('en-GB')} more review meetings`} would overlap others in ${names.iroName}’s diary`,
          },
        ]
      : []),
    {
      field: ACCEPT_CLASHES_FIELD,
      message: `Choose another IRO, or select “${ACCEPT_CLASHES_LABEL}”`,
    },
  ];
}
