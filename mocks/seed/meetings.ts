// The seeded review meetings: invitees, readiness, and the history of a rescheduled or postponed one.
import { addDays, addWorkingDays, ageOn, compareDates, type IsoDate } from '@/domain';
import type { Child, Invitee, Review, ReviewMeeting } from '@/lib/api/schemas';
import { workingDayCalendar as calendar } from '../calendar';
import {
  iroOf,
  maxDate,
  minDate,
  nextId,
  personName,
  type Context,
  type TargetState,
} from './context';
import { DEFAULT_SETTINGS } from './settings';
import { staffId } from './staff';
import { bookFreeTime, workingDayOnOrAfter, workingDayOnOrBefore } from './working-dates';

/**
 * A meeting's date as drawn (what the invitees were drawn for, so that every draw stays as it
 * was) and the working day it is held on.
 */
interface MeetingDay {
  drawn: IsoDate;
  on: IsoDate;
}

const START_TIMES = ['09:30', '10:00', '11:00', '13:30', '14:00', '15:30', '16:00'] as const;
const VENUES = [
  'Carer’s home',
  'Northbridge Civic Centre, Room 3',
  'The child’s school',
  'Riverside Family Centre',
] as const;

function makeInvitees(
  ctx: Context,
  child: Child,
  meetingDate: IsoDate,
  advocate: string | null,
): Invitee[] {
  const { rng, today } = ctx;
  const sent = addWorkingDays(meetingDate, -15, calendar);
  const invitationSentOn = compareDates(sent, today) <= 0 ? sent : null;
  const invitees: Invitee[] = [];
  const add = (role: Invitee['role'], name: string, contactMethod: Invitee['contactMethod']) => {
    const consultation = role === 'child' || role === 'carer' || role === 'parent';
    const returned =
      consultation && invitationSentOn !== null && rng.chance(0.55)
        ? minDate(today, addWorkingDays(invitationSentOn, rng.int(2, 10), calendar))
        : null;
    invitees.push({
      id: nextId(ctx, 'inv'),
      role,
      name,
      contactMethod,
      invitationSentOn,
      consultationSentOn: consultation ? invitationSentOn : null,
      consultationReturnedOn: returned,
    });
  };
  const age = ageOn(child.dateOfBirth, meetingDate);
  if (age >= 4) add('child', `${child.givenName} ${child.familyName}`, age >= 11 ? 'app' : 'post');
  add('carer', personName(rng), 'email');
  add('social-worker', child.socialWorker.name, 'email');
  if (rng.chance(0.6)) add('parent', personName(rng), rng.chance(0.5) ? 'post' : 'phone');
  if (advocate !== null) add('advocate', `${personName(rng)} (${advocate})`, 'email');
  if (rng.chance(0.2)) add('health', personName(rng), 'email');
  if (age >= 5 && age <= 16 && rng.chance(0.4)) add('school', personName(rng), 'email');
  if (rng.chance(0.05)) add('interpreter', personName(rng), 'phone');
  return invitees;
}

function makeMeeting(
  ctx: Context,
  child: Child,
  day: MeetingDay,
  status: ReviewMeeting['status'],
  advocate: string | null,
): ReviewMeeting {
  const { rng } = ctx;
  const format = rng.weighted([
    ['in-person', 55],
    ['virtual', 25],
    ['hybrid', 20],
  ] as const);
  const id = nextId(ctx, 'mt');
  const date = day.on;
  const meeting: ReviewMeeting = {
    id,
    childId: child.id,
    iroId: iroOf(child),
    date,
    startTime: rng.pick(START_TIMES),
    durationMinutes: rng.pick([60, 90, 90, 120] as const),
    format,
    venue: format === 'virtual' ? null : rng.pick(VENUES),
    virtualLink: format === 'in-person' ? null : `https://meet.example.org/review-${id}`,
    invitees: makeInvitees(ctx, child, day.drawn, advocate),
    status,
    history: [
      {
        at: `${addWorkingDays(date, -20, calendar)}T09:15:00.000Z`,
        by: staffId(11),
        action: 'booked',
        reason: null,
      },
    ],
    outOfTimescaleReason: null,
    ...seededReadiness(ctx.today, id, date, status),
    version: 1,
  };
  bookFreeTime(ctx, meeting, START_TIMES);
  return meeting;
}

/**
 * Readiness of a seeded meeting without drawing on the random stream (so adding it changed no other
 * seeded data): held meetings had the report and the IRO's conversation; most upcoming meetings
 * whose report date has passed have the report, chosen by the meeting's id.
 */
function seededReadiness(
  today: IsoDate,
  id: string,
  date: IsoDate,
  status: ReviewMeeting['status'],
): Pick<ReviewMeeting, 'socialWorkerReportReceivedOn' | 'iroSpokeToChildOn'> {
  const reportDue = addWorkingDays(date, -DEFAULT_SETTINGS.socialWorkerReportWorkingDays, calendar);
  const spokeBy = addWorkingDays(date, -2, calendar);
  if (status === 'held')
    return { socialWorkerReportReceivedOn: reportDue, iroSpokeToChildOn: spokeBy };
  const lucky = id.charCodeAt(id.length - 1) % 4 !== 0;
  return {
    socialWorkerReportReceivedOn: lucky && compareDates(reportDue, today) <= 0 ? reportDue : null,
    iroSpokeToChildOn: lucky && compareDates(spokeBy, today) <= 0 ? spokeBy : null,
  };
}

/**
 * The meeting where the latest review was held, and the next one when it is booked. `latest` is
 * held on `latestDrawnOn` as drawn; `due` is the next review's due date as drawn (the draws follow
 * it) and as it is once the reviews are on working days (the bookings fit it).
 */
export function addMeetings(
  ctx: Context,
  child: Child,
  state: TargetState,
  latest: { review: Review; drawnOn: IsoDate } | undefined,
  due: { drawn: IsoDate; actual: IsoDate },
): void {
  const { rng, today, out } = ctx;
  const nextDue = due.drawn;
  const advocate = latest?.review.advocacy.referralMade
    ? (latest.review.advocacy.provider ?? null)
    : null;
  if (latest !== undefined) {
    const day = { drawn: latest.drawnOn, on: latest.review.heldOn };
    out.meetings.push(makeMeeting(ctx, child, day, 'held', advocate));
  }
  let booking: { date: MeetingDay; reason: string | null } | null = null;
  if (state === 'booked') {
    const earliest = maxDate(today, addDays(nextDue, -10));
    const date = addDays(earliest, rng.int(0, Math.max(0, compareDates(nextDue, earliest))));
    const drawn = minDate(date, nextDue);
    // In timescale on a working day: the one before, or today (or the next) when that is past.
    const before = workingDayOnOrBefore(minDate(drawn, due.actual));
    const on = compareDates(before, today) < 0 ? workingDayOnOrAfter(today) : before;
    booking = {
      date: { drawn, on },
      // No working day was left before the due date (a weekend or bank holiday): it says why.
      reason:
        compareDates(on, due.actual) > 0
          ? 'No working day was left before the due date: booked for the first one after it'
          : null,
    };
  } else if (state === 'booked-late') {
    const drawn = maxDate(addDays(today, 1), addDays(nextDue, rng.int(1, 14)));
    booking = {
      date: { drawn, on: workingDayOnOrAfter(maxDate(drawn, addDays(due.actual, 1))) },
      reason: rng.pick([
        'The child asked for the review after their exams',
        'The only date the carers and the child could all attend',
        'Interpreter not available before the due date',
      ] as const),
    };
  } else if (state === 'overdue' && rng.chance(0.3)) {
    const drawn = addDays(today, rng.int(1, 15));
    booking = {
      date: { drawn, on: workingDayOnOrAfter(drawn) },
      reason: 'The previous meeting was cancelled at short notice: rebooked at the first date',
    };
  }
  if (booking !== null) {
    const meeting = makeMeeting(ctx, child, booking.date, 'booked', advocate);
    meeting.outOfTimescaleReason = booking.reason;
    if (rng.chance(0.08)) {
      const fromDate = workingDayOnOrBefore(addDays(booking.date.on, -rng.int(3, 14)));
      meeting.history.push({
        at: `${minDate(today, fromDate)}T11:00:00.000Z`,
        by: staffId(12),
        action: 'rescheduled',
        reason: 'The social worker was on leave',
        fromDate,
        toDate: booking.date.on,
      });
      meeting.version = 2;
    }
    out.meetings.push(meeting);
  } else if (state === 'at-risk' && rng.chance(0.12)) {
    const drawn = addDays(today, -rng.int(1, 5));
    const date = workingDayOnOrBefore(drawn);
    const meeting = makeMeeting(ctx, child, { drawn, on: date }, 'postponed', advocate);
    meeting.history.push({
      at: `${date}T08:30:00.000Z`,
      by: staffId(11),
      action: 'postponed',
      reason: rng.pick(['The child was unwell', 'The carer could not attend'] as const),
    });
    meeting.version = 2;
    out.meetings.push(meeting);
  }
}
