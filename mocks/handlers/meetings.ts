import { formatDate, meetingDateProblems, meetingPlaceProblems, type IsoDate } from '@/domain';
import {
  createMeetingBodySchema,
  listMeetingsQuerySchema,
  updateMeetingBodySchema,
  type Child,
  type Invitee,
  type InviteeBody,
  type MeetingListItem,
  type MeetingPage,
  type ReviewMeeting,
} from '@/lib/api/schemas';
import { checkClash, withReadinessFields } from '../booking-compute';
import { summariseChild } from '../compute';
import type { Database } from '../db/database';
import { iroScope } from '../http/filters';
import { FieldErrors, problems } from '../http/problem';
import { pageInfo, pageItems } from '../http/paging';
import { route } from '../http/route';
import {
  assertCanReadChild,
  assertVersion,
  auditEvent,
  changesBetween,
  loadChild,
  newId,
  notInFuture,
  nowInstant,
} from '../http/support';
import { json, readBody, readQuery } from '../http/validation';

/** Business support book and change meetings; team managers may too. */

type InviteeInput = Omit<Invitee, 'id'> & { id?: string | undefined };

function withInviteeIds(invitees: readonly InviteeInput[]): Invitee[] {
  return invitees.map((invitee) => ({ ...invitee, id: invitee.id ?? newId('inv') }));
}

/**
 * The invitees sent: an id names one of the meeting's invitees (a new one has none), each once;
 * and no invitation or consultation is dated in the future.
 */
function checkInvitees(
  errors: FieldErrors,
  invitees: readonly InviteeBody[],
  today: IsoDate,
  known: readonly Invitee[] = [],
): void {
  const seen = new Set<string>();
  invitees.forEach((invitee, index) => {
    if (invitee.id !== undefined) {
      if (!known.some((each) => each.id === invitee.id)) {
        errors.add(
          `invitees.${index}.id`,
          'This is not an invitee of the meeting: leave the id out to invite someone new',
        );
      } else if (seen.has(invitee.id)) {
        errors.add(`invitees.${index}.id`, 'This invitee is listed twice');
      }
      seen.add(invitee.id);
    }
    notInFuture(
      errors,
      `invitees.${index}.invitationSentOn`,
      'Date the invitation was sent',
      invitee.invitationSentOn,
      today,
    );
    notInFuture(
      errors,
      `invitees.${index}.consultationSentOn`,
      'Date the consultation document was sent',
      invitee.consultationSentOn,
      today,
    );
    notInFuture(
      errors,
      `invitees.${index}.consultationReturnedOn`,
      'Date the consultation document was returned',
      invitee.consultationReturnedOn,
      today,
    );
  });
}

/** The domain's rules for the place: a venue, a link to join, or both (the form runs the same). */
function checkPlace(
  errors: FieldErrors,
  meeting: { format: ReviewMeeting['format']; venue: string | null; virtualLink: string | null },
): void {
  for (const problem of meetingPlaceProblems(meeting)) errors.add(problem.field, problem.message);
}

/**
 * The domain's rules for the date (the form runs the same): today or later, a reason after the
 * review's due date (it will make the review late) and, for a move, a change of date or time.
 */
function checkMeetingDate(
  errors: FieldErrors,
  db: Database,
  child: Child,
  meeting: {
    date: IsoDate;
    startTime: string;
    durationMinutes: number;
    outOfTimescaleReason: string | null;
  },
  moving?: ReviewMeeting,
): void {
  const due = summariseChild(db, child).nextReview.due;
  for (const problem of meetingDateProblems(meeting, { today: db.today, due, moving })) {
    errors.add(problem.field, problem.message);
  }
}

function listItem(db: Database, meeting: ReviewMeeting): MeetingListItem {
  const child = db.get('children', meeting.childId);
  return {
    ...meeting,
    child: {
      id: meeting.childId,
      childRef: child?.childRef ?? '',
      givenName: child?.givenName ?? '',
      familyName: child?.familyName ?? '',
    },
  };
}

const ACTION_AUDIT = {
  update: 'updated',
  reschedule: 'rescheduled',
  postpone: 'postponed',
  adjourn: 'adjourned',
  cancel: 'cancelled',
  'mark-held': 'held',
} as const;

export const meetingHandlers = [
  route('listMeetings', ({ db, url, user }) => {
    const query = readQuery(url, listMeetingsQuerySchema);
    const iroId = iroScope(db, user, query.iroId, 'You can only see the meetings you chair');
    let meetings: ReviewMeeting[];
    if (query.childId !== undefined) {
      const child = loadChild(db, query.childId);
      assertCanReadChild(user, child);
      meetings = db.forChild('meetings', child.id);
    } else {
      meetings = [...db.all('meetings')];
    }
    const found = meetings
      .filter(
        (meeting) =>
          (iroId === undefined || meeting.iroId === iroId) &&
          (query.from === undefined || meeting.date >= query.from) &&
          (query.to === undefined || meeting.date <= query.to),
      )
      .sort((a, b) =>
        a.date === b.date ? a.startTime.localeCompare(b.startTime) : a.date < b.date ? -1 : 1,
      );
    // Only the page's meetings are joined to their child.
    const page: MeetingPage = {
      items: pageItems(found, query).map((meeting) => listItem(db, meeting)),
      ...pageInfo(found.length, query),
    };
    return json(page);
  }),

  route('bookMeeting', async ({ request, db, params, user }) => {
    const child = loadChild(db, params.childId ?? '');
    const body = await readBody(request, createMeetingBodySchema);
    const errors = new FieldErrors();
    checkMeetingDate(errors, db, child, body);
    const existing = summariseChild(db, child).meeting;
    if (existing !== null && existing.date >= db.today) {
      errors.add(
        'date',
        `A review meeting is already booked for ${formatDate(existing.date)}: reschedule that meeting instead`,
      );
    }
    checkPlace(errors, body);
    checkInvitees(errors, body.invitees, db.today);
    const iroId = body.iroId ?? child.iroId;
    const iro = iroId === null ? undefined : db.get('staff', iroId);
    if (iroId === null || iro?.role !== 'iro' || !iro.active) {
      errors.add('iroId', 'Select an IRO who is currently working to chair the meeting');
    } else {
      checkClash(errors, db, { iroId, ...body });
    }
    errors.throwIfAny();
    if (iroId === null) throw problems.validation([{ field: 'iroId', message: 'Select an IRO' }]);
    const meeting: ReviewMeeting = {
      id: newId('mt'),
      childId: child.id,
      iroId,
      date: body.date,
      startTime: body.startTime,
      durationMinutes: body.durationMinutes,
      format: body.format,
      venue: body.format === 'virtual' ? null : body.venue,
      virtualLink: body.format === 'in-person' ? null : body.virtualLink,
      invitees: withInviteeIds(body.invitees),
      status: 'booked',
      history: [{ at: nowInstant(db), by: user.id, action: 'booked', reason: null }],
      outOfTimescaleReason: body.outOfTimescaleReason,
      socialWorkerReportReceivedOn: null,
      iroSpokeToChildOn: null,
      version: 1,
    };
    await db.commit({
      puts: {
        meetings: [meeting],
        auditEvents: [
          auditEvent(db, user, {
            entity: 'meeting',
            entityId: meeting.id,
            childId: child.id,
            action: 'created',
            summary: `${user.name} booked a review meeting for ${child.givenName} ${child.familyName} on ${formatDate(meeting.date)} at ${meeting.startTime}`,
            changes: changesBetween(null, meeting),
          }),
        ],
      },
      deletes: {},
    });
    return json(meeting, 201);
  }),

  route('updateMeeting', async ({ request, db, params, user }) => {
    const stored = db.get('meetings', params.meetingId ?? '');
    if (stored === undefined) throw problems.notFound('meeting', params.meetingId ?? '');
    const meeting = withReadinessFields(stored);
    const child = loadChild(db, meeting.childId);
    const body = await readBody(request, updateMeetingBodySchema);
    assertVersion(meeting, body.version, () => db.get('meetings', meeting.id), 'meeting');
    const errors = new FieldErrors();
    const at = nowInstant(db);
    const open =
      meeting.status === 'booked' ||
      meeting.status === 'postponed' ||
      meeting.status === 'adjourned';
    let updated: ReviewMeeting;
    let summary: string;
    switch (body.action) {
      case 'update': {
        if (meeting.status === 'cancelled') {
          errors.add('action', 'A cancelled meeting cannot be changed: book a new meeting');
        }
        updated = {
          ...meeting,
          startTime: body.startTime ?? meeting.startTime,
          durationMinutes: body.durationMinutes ?? meeting.durationMinutes,
          format: body.format ?? meeting.format,
          venue: body.venue === undefined ? meeting.venue : body.venue,
          virtualLink: body.virtualLink === undefined ? meeting.virtualLink : body.virtualLink,
          invitees: body.invitees === undefined ? meeting.invitees : withInviteeIds(body.invitees),
          socialWorkerReportReceivedOn:
            body.socialWorkerReportReceivedOn === undefined
              ? meeting.socialWorkerReportReceivedOn
              : body.socialWorkerReportReceivedOn,
          iroSpokeToChildOn:
            body.iroSpokeToChildOn === undefined
              ? meeting.iroSpokeToChildOn
              : body.iroSpokeToChildOn,
        };
        checkPlace(errors, updated);
        if (body.invitees !== undefined) {
          checkInvitees(errors, body.invitees, db.today, meeting.invitees);
        }
        notInFuture(
          errors,
          'socialWorkerReportReceivedOn',
          'Date the social worker’s report was received',
          body.socialWorkerReportReceivedOn,
          db.today,
        );
        notInFuture(
          errors,
          'iroSpokeToChildOn',
          'Date the IRO spoke to the child',
          body.iroSpokeToChildOn,
          db.today,
        );
        if (
          updated.status === 'booked' &&
          (updated.startTime !== meeting.startTime ||
            updated.durationMinutes !== meeting.durationMinutes)
        ) {
          checkClash(errors, db, updated);
        }
        summary = `${user.name} updated the review meeting on ${formatDate(meeting.date)}`;
        break;
      }
      case 'reschedule': {
        if (!open) {
          errors.add(
            'action',
            `A ${meeting.status} meeting cannot be rescheduled: book a new meeting`,
          );
        }
        checkMeetingDate(
          errors,
          db,
          child,
          {
            date: body.date,
            startTime: body.startTime ?? meeting.startTime,
            durationMinutes: body.durationMinutes ?? meeting.durationMinutes,
            outOfTimescaleReason: body.outOfTimescaleReason ?? meeting.outOfTimescaleReason,
          },
          meeting,
        );
        checkClash(errors, db, {
          id: meeting.id,
          iroId: meeting.iroId,
          date: body.date,
          startTime: body.startTime ?? meeting.startTime,
          durationMinutes: body.durationMinutes ?? meeting.durationMinutes,
        });
        updated = {
          ...meeting,
          date: body.date,
          startTime: body.startTime ?? meeting.startTime,
          durationMinutes: body.durationMinutes ?? meeting.durationMinutes,
          status: 'booked',
          outOfTimescaleReason: body.outOfTimescaleReason ?? meeting.outOfTimescaleReason,
          history: [
            ...meeting.history,
            {
              at,
              by: user.id,
              action: 'rescheduled',
              reason: body.reason,
              fromDate: meeting.date,
              toDate: body.date,
            },
          ],
        };
        summary = `${user.name} moved the review meeting from ${formatDate(meeting.date)} to ${formatDate(body.date)}: ${body.reason}`;
        break;
      }
      case 'postpone':
      case 'adjourn':
      case 'cancel': {
        const allowed = body.action === 'cancel' ? open : meeting.status === 'booked';
        if (!allowed) {
          errors.add(
            'action',
            `A ${meeting.status} meeting cannot be ${ACTION_AUDIT[body.action]}`,
          );
        }
        const status = ACTION_AUDIT[body.action];
        updated = {
          ...meeting,
          status,
          history: [...meeting.history, { at, by: user.id, action: status, reason: body.reason }],
        };
        summary = `${user.name} ${status} the review meeting on ${formatDate(meeting.date)}: ${body.reason}`;
        break;
      }
      case 'mark-held': {
        if (meeting.status !== 'booked') {
          errors.add('action', `A ${meeting.status} meeting cannot be marked as held`);
        }
        if (meeting.date > db.today) {
          errors.add('action', 'A meeting cannot be marked as held before its date');
        }
        updated = {
          ...meeting,
          status: 'held',
          history: [...meeting.history, { at, by: user.id, action: 'held', reason: null }],
        };
        summary = `${user.name} marked the review meeting on ${formatDate(meeting.date)} as held`;
        break;
      }
    }
    errors.throwIfAny();
    updated = { ...updated, version: meeting.version + 1 };
    await db.commit({
      puts: {
        meetings: [updated],
        auditEvents: [
          auditEvent(db, user, {
            entity: 'meeting',
            entityId: meeting.id,
            childId: child.id,
            action: ACTION_AUDIT[body.action],
            summary,
            changes: changesBetween(meeting, updated),
          }),
        ],
      },
      deletes: {},
    });
    return json(updated);
  }),
];
