// Business support's view: the booking queue, a child's booking view and one meeting, each holding
// only what booking needs (never participation, recommendations, escalations or midpoint notes).
import { addDays } from '@/domain';
import {
  bookingQueueQuerySchema,
  type BookingMeetingView,
  type BookingQueue,
  type BookingQueueItem,
  type BookingQueueMeeting,
  type BookingView,
  type Child,
} from '@/lib/api/schemas';
import {
  bookingChild,
  bookingMeeting,
  bookingReview,
  cancelledWithoutNewDate,
  meetingsAfterLeavingCare,
  newestFirst,
  readinessSettings,
} from '../booking-compute';
import { activeChildren, activeChildrenOf, summariseChild } from '../compute';
import type { Database } from '../db/database';
import { keptFigure } from '../figures-cache';
import { assertIroFilter } from '../http/filters';
import { problems } from '../http/problem';
import { route } from '../http/route';
import { pageInfo, pageItems } from '../http/paging';
import { loadChild } from '../http/support';
import { json, readQuery } from '../http/validation';

/** Business support book meetings; team managers may too. */

function byDue(a: { review: { due: string } }, b: { review: { due: string } }): number {
  return a.review.due < b.review.due ? -1 : a.review.due > b.review.due ? 1 : 0;
}

/** Children in the active caseloads (looked after and allocated), of one IRO or every IRO. */
function childrenOf(db: Database, iroId: string | undefined): Iterable<Child> {
  return iroId === undefined ? activeChildren(db) : activeChildrenOf(db, iroId);
}

function bookingView(db: Database, child: Child): BookingView {
  const summary = summariseChild(db, child);
  return {
    child: bookingChild(db, child),
    review: bookingReview(db, child),
    bookedMeetingId: summary.meeting?.id ?? null,
    meetings: db
      .forChild('meetings', child.id)
      .sort(newestFirst)
      .map((meeting) => bookingMeeting(db, meeting)),
  };
}

/** The whole queue (kept until the next write: every child in the caseloads is looked at). */
/** The queue's whole lists, kept until the next write; the handler sends a page of each. */
interface BookingQueueLists {
  horizonTo: string;
  invitationsDueWorkingDays: number;
  toBook: BookingQueueItem[];
  bookedAfterDue: BookingQueueMeeting[];
  cancelledWithoutNewDate: BookingQueueItem[];
  invitationsNotSent: BookingQueueMeeting[];
  leftCare: BookingQueue['leftCare'];
}

function bookingQueue(
  db: Database,
  query: { iroId?: string | undefined; weeks: number },
): BookingQueueLists {
  const horizonTo = addDays(db.today, query.weeks * 7);
  const settings = readinessSettings(db);
  const toBook: BookingQueueItem[] = [];
  const cancelled: BookingQueueItem[] = [];
  const bookedAfterDue: BookingQueueMeeting[] = [];
  const invitationsNotSent: BookingQueueMeeting[] = [];
  for (const child of childrenOf(db, query.iroId)) {
    const summary = summariseChild(db, child);
    if (summary.meeting === null) {
      const lastMeeting = cancelledWithoutNewDate(db, child);
      const item = (): BookingQueueItem => ({
        child: bookingChild(db, child),
        review: bookingReview(db, child),
        lastMeeting,
      });
      if (summary.nextReview.due <= horizonTo) toBook.push(item());
      if (lastMeeting !== null) cancelled.push(item());
      continue;
    }
    const stored = db.get('meetings', summary.meeting.id);
    if (stored === undefined) continue;
    const meeting = bookingMeeting(db, stored);
    const entry = (): BookingQueueMeeting => ({
      child: bookingChild(db, child),
      review: bookingReview(db, child),
      meeting,
    });
    if (meeting.date > summary.nextReview.due) bookedAfterDue.push(entry());
    if (meeting.invitationsOverdue) invitationsNotSent.push(entry());
  }
  return {
    horizonTo,
    invitationsDueWorkingDays: settings.invitationsDueWorkingDays,
    toBook: toBook.sort(byDue),
    bookedAfterDue: bookedAfterDue.sort(byDue),
    cancelledWithoutNewDate: cancelled.sort(byDue),
    invitationsNotSent: invitationsNotSent.sort((a, b) =>
      a.meeting.date < b.meeting.date ? -1 : a.meeting.date > b.meeting.date ? 1 : 0,
    ),
    leftCare: meetingsAfterLeavingCare(db, query.iroId),
  };
}

export const bookingHandlers = [
  route('getBookingQueue', ({ db, url }) => {
    const query = readQuery(url, bookingQueueQuerySchema);
    assertIroFilter(db, query.iroId);
    const lists = keptFigure(db, `booking-queue ${query.iroId ?? '*'} ${query.weeks}`, () =>
      bookingQueue(db, query),
    );
    // Every list a page at a time, the same page of each: the page shows them all at once.
    const longest = Math.max(
      lists.toBook.length,
      lists.bookedAfterDue.length,
      lists.cancelledWithoutNewDate.length,
      lists.invitationsNotSent.length,
      lists.leftCare.length,
    );
    const queue: BookingQueue = {
      today: db.today,
      horizon: { weeks: query.weeks, to: lists.horizonTo },
      invitationsDueWorkingDays: lists.invitationsDueWorkingDays,
      toBook: pageItems(lists.toBook, query),
      bookedAfterDue: pageItems(lists.bookedAfterDue, query),
      cancelledWithoutNewDate: pageItems(lists.cancelledWithoutNewDate, query),
      invitationsNotSent: pageItems(lists.invitationsNotSent, query),
      leftCare: pageItems(lists.leftCare, query),
      ...pageInfo(longest, query),
      counts: {
        toBook: lists.toBook.length,
        overdue: lists.toBook.filter((item) => item.review.daysOverdue > 0).length,
        bookedAfterDue: lists.bookedAfterDue.length,
        cancelledWithoutNewDate: lists.cancelledWithoutNewDate.length,
        invitationsNotSent: lists.invitationsNotSent.length,
        leftCare: lists.leftCare.length,
      },
    };
    return json(queue);
  }),

  route('getChildBooking', ({ db, params }) => {
    const child = loadChild(db, params.childId ?? '');
    return json(bookingView(db, child));
  }),

  route('getMeeting', ({ db, params, user }) => {
    const meeting = db.get('meetings', params.meetingId ?? '');
    if (meeting === undefined) throw problems.notFound('meeting', params.meetingId ?? '');
    const child = loadChild(db, meeting.childId);
    if (user.role === 'iro' && meeting.iroId !== user.id && child.iroId !== user.id) {
      throw problems.forbidden('You can only see the meetings you chair');
    }
    const view: BookingMeetingView = {
      child: bookingChild(db, child),
      review: bookingReview(db, child),
      bookedMeetingId: summariseChild(db, child).meeting?.id ?? null,
      meeting: bookingMeeting(db, meeting),
    };
    return json(view);
  }),
];
