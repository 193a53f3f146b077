import { describe, expect, it } from 'vitest';
import { meetingReadiness, type ReadinessInvitee } from '../meeting-readiness';
import { CALENDAR } from '../test-holidays';
import { childSupportTasks, supportTasks } from './support-tasks';
import { TODAY } from './task-test-data';
import type { BookingTaskChild, TaskMeeting } from './task-inputs';

function bookingChild(overrides: Partial<BookingTaskChild> = {}): BookingTaskChild {
  return {
    id: 'child-1',
    name: 'Ada Lovelace',
    iroId: 'iro-1',
    iroName: 'Hannah Okoye',
    nextReview: { due: '2027-02-10', status: 'on-track', reason: 'Why' },
    meeting: null,
    heldAlready: [],
    ...overrides,
  };
}

function kinds(c: BookingTaskChild) {
  return childSupportTasks(c, TODAY, CALENDAR).map((t) => t.kind);
}

const invitee = (role: string, sent: string | null): ReadinessInvitee => ({
  name: role,
  role,
  invitationSentOn: sent,
  consultationSentOn: sent,
  consultationReturnedOn: null,
});

/** A meeting with its readiness worked out by the domain's meetingReadiness. */
function meeting(date: string, invitees: ReadinessInvitee[], reportOn: string | null): TaskMeeting {
  const readiness = meetingReadiness({
    date,
    today: TODAY,
    holidays: CALENDAR,
    invitees,
    socialWorkerReportReceivedOn: reportOn,
    iroSpokeToChildOn: null,
  });
  return {
    id: 'm',
    date,
    startTime: '10:00',
    readiness,
    invitationsOverdue: readiness.some((i) => i.code === 'invitations-sent' && i.state === 'late'),
  };
}

describe('business support’s tasks', () => {
  describe('reviews to book', () => {
    const due = (date: string) =>
      bookingChild({ nextReview: { due: date, status: 'at-risk', reason: 'Why' } });

    it('takes a review with no meeting due within 6 weeks, due on its last working day', () => {
      // Saturday 5 December: book by Friday 4 December.
      expect(childSupportTasks(due('2026-12-05'), TODAY, CALENDAR)[0]).toMatchObject({
        id: 'review-to-book:child-1',
        due: '2026-12-04',
        workingDaysLeft: 9,
        reason:
          'Book the review with Hannah Okoye by 4 December 2026, the last working day in timescale (due on 5 December 2026)',
        action: { kind: 'book-meeting', childId: 'child-1' },
      });
      // Monday 28 December is a bank holiday (and Friday 25): Thursday 24 December.
      expect(childSupportTasks(due('2026-12-28'), TODAY, CALENDAR)[0]?.due).toBe('2026-12-24');
      // 6 weeks from Monday 23 November is Monday 4 January 2027, included.
      expect(kinds(due('2027-01-04'))).toEqual(['review-to-book']);
      expect(kinds(due('2027-01-05'))).toEqual([]);
    });

    it('says to book an overdue review as soon as possible', () => {
      expect(childSupportTasks(due('2026-11-20'), TODAY, CALENDAR)[0]).toMatchObject({
        urgency: 'late',
        reason:
          'The review was due on 20 November 2026 and no meeting is booked: book it with Hannah Okoye as soon as you can',
      });
    });

    it('leaves out a review with its meeting booked', () => {
      const booked = meeting('2026-12-18', [invitee('child', '2026-11-20')], null);
      expect(
        kinds(
          bookingChild({
            nextReview: { due: '2026-12-20', status: 'booked', reason: 'Why' },
            meeting: booked,
          }),
        ),
      ).not.toContain('review-to-book');
    });
  });

  it('takes invitations not sent once their deadline has passed', () => {
    // 10 working days before Monday 30 November is Monday 16 November: late.
    const m = meeting('2026-11-30', [invitee('child', null)], '2026-11-20');
    const tasks = childSupportTasks(bookingChild({ meeting: m }), TODAY, CALENDAR);
    expect(tasks.find((t) => t.kind === 'invitations-to-send')).toMatchObject({
      id: 'invitations-to-send:m',
      due: '2026-11-16',
      urgency: 'late',
      action: { kind: 'send-invitations', meetingId: 'm' },
    });
  });

  it('takes the consultation and social worker’s report items late, not the IRO’s', () => {
    // Thursday 26 November: the report was due 5 working days before, Thursday 19 November.
    const m = meeting('2026-11-26', [invitee('child', '2026-11-05')], null);
    const tasks = childSupportTasks(bookingChild({ meeting: m }), TODAY, CALENDAR);
    expect(tasks.map((t) => t.id)).toEqual([
      'readiness-late:m:consultation-returned',
      'readiness-late:m:social-worker-report',
    ]);
    expect(tasks[1]).toMatchObject({
      due: '2026-11-19',
      urgency: 'late',
      action: { kind: 'update-meeting-readiness', meetingId: 'm' },
    });
    expect(tasks[1]?.reason).toMatch(
      /^Social worker’s report received: late for the meeting on 26 November 2026 at 10:00\. /,
    );
    // Talking to the child is the IRO's: it is late nowhere in this list.
    expect(m.readiness.find((i) => i.code === 'iro-spoke-to-child')?.state).not.toBe('done');
  });

  it('takes meetings to cancel: the review already held, or the child left care', () => {
    const spent = {
      ...meeting('2026-11-25', [], '2026-11-20'),
      id: 'old',
      reviewHeldOn: '2026-11-25',
    };
    const held = childSupportTasks(bookingChild({ heldAlready: [spent] }), TODAY, CALENDAR);
    expect(held[0]).toMatchObject({
      id: 'meeting-to-cancel:old',
      due: '2026-11-25',
      reason:
        'The review was held on 25 November 2026 but its meeting is still booked: mark it held',
      action: { kind: 'change-meeting-status', meetingId: 'old' },
    });
    const earlier = { ...spent, reviewHeldOn: '2026-11-20' };
    expect(
      childSupportTasks(bookingChild({ heldAlready: [earlier] }), TODAY, CALENDAR)[0]?.reason,
    ).toBe(
      'The review was already held on 20 November 2026: cancel the meeting booked for 25 November 2026 at 10:00',
    );
    const tasks = supportTasks({
      today: TODAY,
      holidays: CALENDAR,
      children: [],
      leftCare: [
        {
          childId: 'left',
          name: 'Sam Cole',
          iroId: 'iro-1',
          iroName: 'Hannah Okoye',
          meeting: { id: 'lm', date: '2026-12-02', startTime: '14:00' },
          reason: 'Left care on 20 November 2026: returned home',
        },
      ],
    });
    expect(tasks).toEqual([
      expect.objectContaining({
        id: 'meeting-to-cancel:lm',
        childId: 'left',
        due: '2026-12-02',
        reason:
          'Left care on 20 November 2026: returned home. Cancel the meeting booked for 2 December 2026 at 14:00',
        action: { kind: 'change-meeting-status', meetingId: 'lm' },
      }),
    ]);
  });
});
