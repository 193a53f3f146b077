// What business support see: each child reduced to what booking needs (name, reference, IRO,
// social worker, the review to book) and each meeting with its readiness, computed with the domain.
import {
  DEFAULT_READINESS_SETTINGS,
  findClashes,
  invitationsOverdue,
  latestWorkingDayOnOrBefore,
  meetingClashMessage,
  meetingReadiness,
  workingDaysBetween,
  type ReadinessSettings,
} from '@/domain';
import type {
  BookingChild,
  BookingMeeting,
  BookingQueueItem,
  BookingQueueLeftCare,
  BookingReview,
  Child,
  ReviewMeeting,
} from '@/lib/api/schemas';
import { workingDayCalendar as calendar } from './calendar';
import {
  activeChildIds,
  careStateOf,
  currentPeriodOf,
  heldReviewsOf,
  summariseChild,
} from './compute';
import type { Database } from './db/database';
import { problems, type FieldErrors } from './http/problem';

/** The booking lead times in force (older stored settings may not have them yet). */
export function readinessSettings(db: Database): ReadinessSettings {
  const settings = db.meta.settings as Partial<ReadinessSettings>;
  return {
    socialWorkerReportWorkingDays:
      settings.socialWorkerReportWorkingDays ??
      DEFAULT_READINESS_SETTINGS.socialWorkerReportWorkingDays,
    invitationsDueWorkingDays:
      settings.invitationsDueWorkingDays ?? DEFAULT_READINESS_SETTINGS.invitationsDueWorkingDays,
  };
}

export function bookingChild(db: Database, child: Child): BookingChild {
  // Booking needs the chair: a child awaiting an IRO is booked once a team manager allocates one.
  if (child.iroId === null) {
    throw problems.validation([
      {
        field: 'childId',
        message: 'This child is awaiting an IRO: book the review once a team manager allocates one',
      },
    ]);
  }
  const iroId = child.iroId;
  return {
    id: child.id,
    childRef: child.childRef,
    givenName: child.givenName,
    familyName: child.familyName,
    iro: { id: iroId, name: db.get('staff', iroId)?.name ?? iroId },
    socialWorker: child.socialWorker,
  };
}

export function bookingReview(db: Database, child: Child): BookingReview {
  const next = summariseChild(db, child).nextReview;
  const latestWorkingDay = latestWorkingDayOnOrBefore(next.due, calendar);
  return {
    due: next.due,
    kind: next.kind,
    reason: next.reason,
    status: next.status,
    statusReason: next.statusReason,
    workingDaysLeft: next.workingDaysLeft,
    daysOverdue: next.daysOverdue,
    latestWorkingDay,
    workingDaysToLatest: workingDaysBetween(db.today, latestWorkingDay, calendar),
  };
}

/** Meetings stored before readiness existed have no readiness fields: read them as not yet. */
export function withReadinessFields(meeting: ReviewMeeting): ReviewMeeting {
  return {
    ...meeting,
    socialWorkerReportReceivedOn: meeting.socialWorkerReportReceivedOn ?? null,
    iroSpokeToChildOn: meeting.iroSpokeToChildOn ?? null,
  };
}

export function bookingMeeting(db: Database, stored: ReviewMeeting): BookingMeeting {
  const meeting = withReadinessFields(stored);
  const settings = readinessSettings(db);
  const open = meeting.status === 'booked';
  return {
    ...meeting,
    readiness: meetingReadiness({
      date: meeting.date,
      today: db.today,
      holidays: calendar,
      settings,
      invitees: meeting.invitees,
      socialWorkerReportReceivedOn: meeting.socialWorkerReportReceivedOn,
      iroSpokeToChildOn: meeting.iroSpokeToChildOn,
    }),
    invitationsOverdue:
      open &&
      invitationsOverdue({
        date: meeting.date,
        today: db.today,
        holidays: calendar,
        invitationsDueWorkingDays: settings.invitationsDueWorkingDays,
        invitees: meeting.invitees,
      }),
  };
}

/** Newest first: by date, then start time. */
export function newestFirst(a: ReviewMeeting, b: ReviewMeeting): number {
  if (a.date !== b.date) return a.date < b.date ? 1 : -1;
  return b.startTime.localeCompare(a.startTime);
}

/**
 * The latest meeting for the next review (after the last review held in the current period) when
 * it was cancelled or postponed and nothing is booked now; null otherwise.
 */
export function cancelledWithoutNewDate(
  db: Database,
  child: Child,
): BookingQueueItem['lastMeeting'] {
  if (summariseChild(db, child).meeting !== null) return null;
  const period = currentPeriodOf(child, heldReviewsOf(db, child.id));
  const lastHeld = period.episode.reviews.reduce<string | null>(
    (latest, date) => (latest === null || date > latest ? date : latest),
    null,
  );
  const after = db
    .forChild('meetings', child.id)
    .filter((meeting) =>
      lastHeld === null ? meeting.date >= period.start : meeting.date > lastHeld,
    )
    .sort(newestFirst);
  const last = after[0];
  if (last === undefined || (last.status !== 'cancelled' && last.status !== 'postponed')) {
    return null;
  }
  const entry = [...last.history].reverse().find((item) => item.action === last.status);
  return { id: last.id, date: last.date, status: last.status, reason: entry?.reason ?? null };
}

/**
 * Meetings still booked (today or later) for children who have left care, by meeting date, of one
 * IRO (the chair) or every IRO. Nothing is due for the child, so business support cancel them.
 */
export function meetingsAfterLeavingCare(
  db: Database,
  iroId: string | undefined,
): BookingQueueLeftCare[] {
  const active = activeChildIds(db);
  const items: BookingQueueLeftCare[] = [];
  for (const meeting of db.all('meetings')) {
    if (meeting.status !== 'booked' || meeting.date < db.today) continue;
    if (iroId !== undefined && meeting.iroId !== iroId) continue;
    // Children in an active caseload are looked after: skip them without working out their care.
    if (active.has(meeting.childId)) continue;
    const child = db.get('children', meeting.childId);
    if (child === undefined) continue;
    const { leftCare } = careStateOf(child, db.today);
    if (leftCare === null) continue;
    items.push({
      child: {
        id: child.id,
        childRef: child.childRef,
        givenName: child.givenName,
        familyName: child.familyName,
      },
      meeting: {
        id: meeting.id,
        date: meeting.date,
        startTime: meeting.startTime,
        iro: { id: meeting.iroId, name: db.get('staff', meeting.iroId)?.name ?? meeting.iroId },
      },
      leftCareOn: leftCare.on,
      reasonEnded: leftCare.reasonEnded,
      reason: leftCare.reason,
    });
  }
  return items.sort(
    (a, b) =>
      (a.meeting.date < b.meeting.date ? -1 : a.meeting.date > b.meeting.date ? 1 : 0) ||
      a.meeting.startTime.localeCompare(b.meeting.startTime) ||
      a.child.childRef.localeCompare(b.child.childRef),
  );
}

/**
 * Adds a field error when the IRO already has a meeting that overlaps (cancelled and postponed
 * meetings do not count, nor the meeting being moved). The IRO cannot chair two at once.
 */
export function checkClash(
  errors: FieldErrors,
  db: Database,
  candidate: {
    id?: string;
    iroId: string;
    date: string;
    startTime: string;
    durationMinutes: number;
  },
): void {
  const sameDay = [...db.all('meetings')].filter(
    (meeting) => meeting.iroId === candidate.iroId && meeting.date === candidate.date,
  );
  const clash = findClashes(candidate, sameDay)[0];
  if (clash === undefined) return;
  const iroName = db.get('staff', candidate.iroId)?.name ?? 'The IRO';
  const ref = db.get('children', clash.childId)?.childRef ?? clash.childId;
  errors.add('startTime', meetingClashMessage(iroName, clash, ref));
}
