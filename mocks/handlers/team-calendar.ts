// The team calendar. Who sees whose meetings: team managers and business support every IRO's (they
// balance diaries and book); an IRO only the meetings they chair. A colleague's diary holds other
// children's names and is not an IRO's to read: cover is arranged by reallocating the child, after
// which the meeting is theirs. Clashes are worked out over every meeting near the range, whoever
// chairs it, so a child's two meetings on one day show even when only one IRO is chosen.
import {
  addDays,
  addMinutesToLocalTime,
  calendarClashes,
  isMeetingOutsideTimescale,
  MEETING_CLASH_TEXT,
  reviewDueForMeeting,
  type MeetingClash,
} from '@/domain';
import {
  teamCalendarQuerySchema,
  type CalendarMeetingItem,
  type ReviewMeeting,
  type TeamCalendar,
} from '@/lib/api/schemas';
import { workingDayCalendar as calendar } from '../calendar';
import { heldReviewsOf, periodsOf } from '../compute';
import type { Database } from '../db/database';
import { keptFigure } from '../figures-cache';
import { assertIroFilter } from '../http/filters';
import { problems } from '../http/problem';
import { pageInfo, pageItems } from '../http/paging';
import { route } from '../http/route';
import { json, readQuery } from '../http/validation';

const OWN_MEETINGS_ONLY = 'You can only see the meetings you chair';

/** The due date of the review the meeting is for, in the period of care the meeting falls in. */
function reviewDueOf(db: Database, meeting: ReviewMeeting): string | null {
  const child = db.get('children', meeting.childId);
  if (child === undefined) return null;
  const period = periodsOf(child, heldReviewsOf(db, child.id)).find(
    (each) => meeting.date >= each.start && (each.end === null || meeting.date <= each.end),
  );
  if (period === undefined) return null;
  return reviewDueForMeeting(period.episode, meeting.date, calendar, period.rules).due;
}

function calendarItem(
  db: Database,
  meeting: ReviewMeeting,
  clashes: readonly MeetingClash[],
): CalendarMeetingItem {
  const child = db.get('children', meeting.childId);
  const reviewDue = reviewDueOf(db, meeting);
  return {
    id: meeting.id,
    date: meeting.date,
    startTime: meeting.startTime,
    endTime: addMinutesToLocalTime(meeting.date, meeting.startTime, meeting.durationMinutes).time,
    durationMinutes: meeting.durationMinutes,
    status: meeting.status,
    format: meeting.format,
    iro: { id: meeting.iroId, name: db.get('staff', meeting.iroId)?.name ?? meeting.iroId },
    child: {
      id: meeting.childId,
      childRef: child?.childRef ?? '',
      givenName: child?.givenName ?? '',
      familyName: child?.familyName ?? '',
    },
    reviewDue,
    outsideTimescale: isMeetingOutsideTimescale(meeting, reviewDue),
    clashes: clashes.map((clash) => ({ ...clash, text: MEETING_CLASH_TEXT[clash.kind] })),
  };
}

function byTime(a: ReviewMeeting, b: ReviewMeeting): number {
  if (a.date !== b.date) return a.date < b.date ? -1 : 1;
  return a.startTime.localeCompare(b.startTime) || a.id.localeCompare(b.id);
}

/** The whole range for the IROs (null: every IRO), kept until the next write; a page is sent. */
interface CalendarRange {
  iros: TeamCalendar['iros'];
  counts: TeamCalendar['counts'];
  items: CalendarMeetingItem[];
}

function calendarRange(
  db: Database,
  from: string,
  to: string,
  wanted: ReadonlySet<string> | null,
): CalendarRange {
  // A meeting late the evening before can run into the first morning: look a day either side.
  const near = [...db.all('meetings')].filter(
    (meeting) => meeting.date >= addDays(from, -1) && meeting.date <= addDays(to, 1),
  );
  const clashes = calendarClashes(near);
  const items = near
    .filter(
      (meeting) =>
        meeting.date >= from &&
        meeting.date <= to &&
        (wanted === null || wanted.has(meeting.iroId)),
    )
    .sort(byTime)
    .map((meeting) => calendarItem(db, meeting, clashes.get(meeting.id) ?? []));
  const iroIds =
    wanted === null
      ? [...db.all('staff')]
          .filter((member) => member.role === 'iro' && member.active)
          .map((member) => member.id)
      : [...wanted];
  return {
    iros: iroIds
      .map((id) => ({ id, name: db.get('staff', id)?.name ?? id }))
      .sort((a, b) => a.name.localeCompare(b.name)),
    counts: {
      clashes: items.filter((item) => item.clashes.length > 0).length,
      outsideTimescale: items.filter((item) => item.outsideTimescale).length,
    },
    items,
  };
}

export const teamCalendarHandlers = [
  route('getTeamCalendar', ({ db, url, user }) => {
    const query = readQuery(url, teamCalendarQuerySchema);
    query.iroIds.forEach((iroId, i) => {
      assertIroFilter(db, iroId, `iroIds.${i}`);
    });
    if (user.role === 'iro' && query.iroIds.some((iroId) => iroId !== user.id)) {
      throw problems.forbidden(OWN_MEETINGS_ONLY);
    }
    const wanted =
      user.role === 'iro'
        ? new Set([user.id])
        : query.iroIds.length > 0
          ? new Set(query.iroIds)
          : null;
    const key = `team-calendar ${query.from} ${query.to} ${wanted === null ? '*' : [...wanted].sort().join(',')}`;
    // The client walks the pages of a month: each page is cut from the range worked out once.
    const range = keptFigure(db, key, () => calendarRange(db, query.from, query.to, wanted));
    const body: TeamCalendar = {
      from: query.from,
      to: query.to,
      iros: range.iros,
      counts: range.counts,
      items: pageItems(range.items, query),
      ...pageInfo(range.items.length, query),
    };
    return json(body);
  }),
];
