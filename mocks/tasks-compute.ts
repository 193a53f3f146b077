// Each person's tasks, worked out with the domain's task lists (src/domain/tasks) from the same
// child summaries, booking views and escalation ages as every other screen, and kept until the
// next write (db.generation): an IRO's list per IRO, the team's and business support's once.
import {
  careStatusOn,
  countTasks,
  iroTasks,
  managerTasks,
  supportTasks,
  type BookingTaskChild,
  type ReviewPaperworkChild,
  type Task,
  type TaskChild,
  type TaskCounts,
  type TaskSettings,
} from '@/domain';
import type { Child, StaffMember } from '@/lib/api/schemas';
import { bookingMeeting, meetingsAfterLeavingCare } from './booking-compute';
import { workingDayCalendar as calendar } from './calendar';
import {
  activeChildIds,
  activeChildren,
  activeChildrenOf,
  allocatedIroId,
  currentPeriodOf,
  heldReviewsOf,
  summariseChild,
} from './compute';
import type { Database } from './db/database';
import { keptFigure } from './figures-cache';

export interface TaskList {
  tasks: Task[];
  counts: TaskCounts;
}

function nameOf(person: { givenName: string; familyName: string }): string {
  return `${person.givenName} ${person.familyName}`;
}

function staffName(db: Database, id: string): string {
  return db.get('staff', id)?.name ?? 'Unknown IRO';
}

function taskSettings(db: Database): TaskSettings {
  const { settings } = db.meta;
  return {
    recordOfReviewTargetWorkingDays: settings.recordOfReviewTargetWorkingDays,
    managerSignOffWorkingDays: settings.managerSignOffWorkingDays,
    escalationOpenWorkingDaysLimit: settings.escalationOpenWorkingDaysLimit,
    caseloadBand: settings.caseloadBand,
  };
}

/** A child of an active caseload as the IRO's and the manager's tasks read them. */
export function taskChildOf(db: Database, child: Child): TaskChild {
  const summary = summariseChild(db, child);
  const iroId = allocatedIroId(child);
  return {
    id: child.id,
    name: nameOf(child),
    iroId,
    iroName: staffName(db, iroId),
    currentPeriodStart: summary.currentPeriodStart,
    nextReview: {
      due: summary.nextReview.due,
      reason: summary.nextReview.reason,
      status: summary.nextReview.status,
      statusReason: summary.nextReview.statusReason,
    },
    meeting: summary.meeting,
    midpoint: {
      due: summary.midpoint.due,
      state: summary.midpoint.state,
      reason: summary.midpoint.reason,
    },
    lastSeenByIroOn: summary.lastSeenByIroOn,
    reviews: heldReviewsOf(db, child.id),
    escalations: db.forChild('escalations', child.id),
  };
}

/** A child of an active caseload as booking reads them (no review content). */
export function bookingTaskChildOf(db: Database, child: Child): BookingTaskChild {
  const summary = summariseChild(db, child);
  const iroId = allocatedIroId(child);
  const stored = summary.meeting === null ? undefined : db.get('meetings', summary.meeting.id);
  const booked = db.forChild('meetings', child.id).filter((m) => m.status === 'booked');
  let heldAlready: BookingTaskChild['heldAlready'] = [];
  if (booked.length > 0) {
    // Booked on or before the latest review held in this period: that review has taken place.
    const period = currentPeriodOf(child, heldReviewsOf(db, child.id));
    const lastHeld = period.episode.reviews.reduce<string | null>(
      (latest, date) => (latest === null || date > latest ? date : latest),
      null,
    );
    if (lastHeld !== null) {
      heldAlready = booked
        .filter((m) => m.date >= period.start && m.date <= lastHeld)
        .map((m) => ({ ...taskMeeting(db, m), reviewHeldOn: lastHeld }));
    }
  }
  return {
    id: child.id,
    name: nameOf(child),
    iroId,
    iroName: staffName(db, iroId),
    nextReview: {
      due: summary.nextReview.due,
      status: summary.nextReview.status,
      reason: summary.nextReview.reason,
    },
    meeting: stored === undefined ? null : taskMeeting(db, stored),
    heldAlready,
  };
}

function taskMeeting(db: Database, stored: Parameters<typeof bookingMeeting>[1]) {
  const meeting = bookingMeeting(db, stored);
  return {
    id: meeting.id,
    date: meeting.date,
    startTime: meeting.startTime,
    readiness: meeting.readiness,
    invitationsOverdue: meeting.invitationsOverdue,
  };
}

function listOf(tasks: Task[]): TaskList {
  return { tasks, counts: countTasks(tasks) };
}

function iroTaskList(db: Database, iroId: string): TaskList {
  return listOf(
    iroTasks({
      today: db.today,
      holidays: calendar,
      settings: taskSettings(db),
      children: activeChildrenOf(db, iroId).map((child) => taskChildOf(db, child)),
      notInCaseload: paperworkChildrenNotInCaseloads(db, iroId),
    }),
  );
}

/**
 * Children outside the active caseloads (left care, or awaiting an IRO), of one IRO or of anyone,
 * with a held review whose paperwork is outstanding (no record of review, or decisions not yet
 * signed off): the sign-off queue lists them, so the tasks do too.
 */
function paperworkChildrenNotInCaseloads(
  db: Database,
  iroId: string | null,
): ReviewPaperworkChild[] {
  const active = activeChildIds(db);
  const children =
    iroId === null
      ? [...db.all('children')]
      : [...db.childIdsOf(iroId)].flatMap((id) => db.get('children', id) ?? []);
  return children.flatMap((child) => {
    if (active.has(child.id)) return [];
    const reviews = heldReviewsOf(db, child.id).filter(
      (review) =>
        review.recordOfReviewCompletedOn === null ||
        (review.decisionsSentOn !== null && review.managerSignOffOn === null),
    );
    if (reviews.length === 0) return [];
    return [
      {
        id: child.id,
        name: nameOf(child),
        iroId: child.iroId,
        iroName: child.iroId === null ? null : staffName(db, child.iroId),
        reviews,
      },
    ];
  });
}

function managerTaskList(db: Database): TaskList {
  const awaitingIro = [...db.all('children')].flatMap((child) => {
    if (child.iroId !== null) return [];
    const allocation = summariseChild(db, child).allocation;
    // Looked after today (a child who left care awaiting an IRO needs none).
    if (allocation === null || !careStatusOn(child.episodes, db.today).lookedAfter) return [];
    return [{ id: child.id, name: nameOf(child), allocation }];
  });
  const iros = [...db.all('staff')]
    .filter((s) => s.role === 'iro' && (s.active || db.childIdsOf(s.id).size > 0))
    .map((s) => ({
      id: s.id,
      name: s.name,
      fte: s.fte,
      children: activeChildrenOf(db, s.id).length,
    }));
  return listOf(
    managerTasks({
      today: db.today,
      holidays: calendar,
      settings: taskSettings(db),
      children: activeChildren(db).map((child) => taskChildOf(db, child)),
      awaitingIro,
      iros,
      notInCaseloads: paperworkChildrenNotInCaseloads(db, null),
    }),
  );
}

function supportTaskList(db: Database): TaskList {
  return listOf(
    supportTasks({
      today: db.today,
      holidays: calendar,
      children: activeChildren(db).map((child) => bookingTaskChildOf(db, child)),
      leftCare: meetingsAfterLeavingCare(db, undefined).map((item) => ({
        childId: item.child.id,
        name: nameOf(item.child),
        iroId: item.meeting.iro.id,
        iroName: item.meeting.iro.name,
        meeting: {
          id: item.meeting.id,
          date: item.meeting.date,
          startTime: item.meeting.startTime,
        },
        reason: item.reason,
      })),
    }),
  );
}

/** The signed-in person's tasks, kept until the next write. */
export function tasksOf(db: Database, user: StaffMember): TaskList {
  switch (user.role) {
    case 'iro':
      return keptFigure(db, `tasks iro ${user.id}`, () => iroTaskList(db, user.id));
    case 'team-manager':
      return keptFigure(db, 'tasks team', () => managerTaskList(db));
    case 'business-support':
      return keptFigure(db, 'tasks booking', () => supportTaskList(db));
  }
}
