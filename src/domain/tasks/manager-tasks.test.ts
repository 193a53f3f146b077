import { describe, expect, it } from 'vitest';
import { CALENDAR } from '../test-holidays';
import {
  caseloadTask,
  childManagerTasks,
  latestReviewInPeriod,
  managerTasks,
} from './manager-tasks';
import { child, escalation, review, SETTINGS, TODAY } from './task-test-data';
import type { TaskChild } from './task-inputs';

function kinds(c: TaskChild) {
  return childManagerTasks(c, TODAY, CALENDAR, SETTINGS).map((t) => t.kind);
}

const BAND = SETTINGS.caseloadBand;

describe('the team manager’s tasks', () => {
  it('has none for a child with nothing due', () => {
    expect(kinds(child())).toEqual([]);
  });

  it('takes a child awaiting an IRO, due by the allocation date', () => {
    const tasks = managerTasks({
      today: TODAY,
      holidays: CALENDAR,
      settings: SETTINGS,
      children: [],
      iros: [],
      notInCaseloads: [],
      awaitingIro: [
        {
          id: 'new',
          name: 'Tom Reed',
          allocation: {
            due: '2026-11-20',
            reason:
              'An IRO should have been allocated by 20 November 2026 (5 working days after becoming looked after on 13 November 2026)',
          },
        },
      ],
    });
    expect(tasks).toEqual([
      {
        id: 'awaiting-iro:new',
        kind: 'awaiting-iro',
        childId: 'new',
        name: 'Tom Reed',
        iroId: null,
        iroName: null,
        due: '2026-11-20',
        workingDaysLeft: -1,
        urgency: 'late',
        reason:
          'An IRO should have been allocated by 20 November 2026 (5 working days after becoming looked after on 13 November 2026)',
        action: { kind: 'allocate-child', childId: 'new' },
      },
    ]);
  });

  describe('decisions to sign off', () => {
    const sent = (overrides: Partial<Parameters<typeof review>[0]>) =>
      child({
        reviews: [
          review({
            id: 'r',
            heldOn: '2026-11-10',
            decisions: 'Stay in the placement',
            decisionsSentOn: '2026-11-13',
            ...overrides,
          }),
        ],
      });

    it('takes decisions awaiting the manager, due 5 working days after they were sent', () => {
      const [task] = childManagerTasks(sent({}), TODAY, CALENDAR, SETTINGS);
      // Friday 13 November + 5 working days: Friday 20 November, 1 working day late.
      expect(task).toMatchObject({
        id: 'sign-off:r',
        kind: 'sign-off',
        due: '2026-11-20',
        workingDaysLeft: -1,
        urgency: 'late',
        reason:
          'Agree or query the decisions of the review held on 10 November 2026, sent on 13 November 2026. Sign-off was due on 20 November 2026: 1 working day late',
        action: { kind: 'sign-off-review', childId: 'child-1', reviewId: 'r' },
      });
    });

    it('leaves out decisions queried (the IRO’s turn), signed off, or not sent', () => {
      const query = { id: 'q', raisedOn: '2026-11-16', reason: 'Why?', answer: null };
      expect(kinds(sent({ signOffQueries: [query] }))).toEqual([]);
      expect(kinds(sent({ managerSignOffOn: '2026-11-18' }))).toEqual([]);
      expect(kinds(sent({ decisionsSentOn: null }))).toEqual([]);
      // Answered: back with the manager.
      const answered = { ...query, answer: { on: '2026-11-17', text: 'Because' } };
      expect(kinds(sent({ signOffQueries: [answered] }))).toEqual(['sign-off']);
    });

    it('takes them for a child who has left care, or has no IRO now, and nothing else', () => {
      const { reviews } = sent({});
      const queried = review({
        id: 'q1',
        heldOn: '2026-10-01',
        decisions: 'Move to a kinship placement',
        decisionsSentOn: '2026-10-05',
        signOffQueries: [{ id: 'q', raisedOn: '2026-10-06', reason: 'Why?', answer: null }],
      });
      const tasks = managerTasks({
        today: TODAY,
        holidays: CALENDAR,
        settings: SETTINGS,
        children: [],
        awaitingIro: [],
        iros: [],
        notInCaseloads: [
          {
            id: 'left',
            name: 'Ella Stone',
            iroId: 'st_01',
            iroName: 'Hannah Okoye',
            reviews: [...reviews, queried],
          },
          { id: 'unallocated', name: 'Jo Marsh', iroId: null, iroName: null, reviews },
        ],
      });
      expect(tasks.map((t) => [t.kind, t.childId, t.iroName, t.due])).toEqual([
        ['sign-off', 'left', 'Hannah Okoye', '2026-11-20'],
        ['sign-off', 'unallocated', null, '2026-11-20'],
      ]);
      expect(tasks[0]?.action).toEqual({
        kind: 'sign-off-review',
        childId: 'left',
        reviewId: 'r',
      });
    });
  });

  describe('reviews at risk with no meeting', () => {
    const status = (
      s: TaskChild['nextReview']['status'],
      meeting: TaskChild['meeting'],
      due = '2026-12-01',
    ) =>
      child({
        meeting,
        nextReview: { due, reason: 'Why', status: s, statusReason: `Status ${s}` },
      });

    it('takes one at risk, and one overdue with nothing booked from today', () => {
      const [task] = childManagerTasks(status('at-risk', null), TODAY, CALENDAR, SETTINGS);
      expect(task).toMatchObject({
        id: 'review-at-risk:child-1',
        due: '2026-12-01',
        workingDaysLeft: 6,
        reason: 'Status at-risk. Book the meeting with Hannah Okoye',
        action: { kind: 'book-meeting', childId: 'child-1' },
      });
      expect(kinds(status('overdue', null, '2026-11-20'))).toEqual(['review-at-risk']);
      // A meeting that passed with no review recorded is no meeting.
      expect(kinds(status('at-risk', { id: 'm', date: '2026-11-20' }))).toEqual(['review-at-risk']);
      expect(kinds(status('overdue', { id: 'm', date: '2026-11-19' }, '2026-11-20'))).toEqual([
        'review-at-risk',
      ]);
    });

    it('leaves out one overdue with a meeting booked, booked late, booked, or on track', () => {
      expect(kinds(status('overdue', { id: 'm', date: '2026-12-04' }, '2026-11-20'))).toEqual([]);
      expect(kinds(status('booked-late', { id: 'm', date: '2026-12-04' }))).toEqual([]);
      expect(kinds(status('booked', { id: 'm', date: '2026-11-30' }))).toEqual([]);
      expect(kinds(status('on-track', null, '2027-01-20'))).toEqual([]);
    });
  });

  it('takes escalations past their stage’s target, as the IRO’s list does', () => {
    const c = child({ escalations: [escalation({ id: 'e', raisedOn: '2026-10-18' })] });
    expect(childManagerTasks(c, TODAY, CALENDAR, SETTINGS)[0]).toMatchObject({
      kind: 'escalation-past-target',
      due: '2026-11-13',
      action: { kind: 'update-escalation', childId: 'child-1', escalationId: 'e' },
    });
  });

  describe('children who did not take part in their last review (PN7)', () => {
    it('takes PN7 at the latest review of the period, due by the next review', () => {
      const c = child({
        reviews: [
          review({ id: 'r1', heldOn: '2026-03-20' }),
          review({ id: 'r2', heldOn: '2026-06-10', participationCode: 'PN7' }),
        ],
      });
      expect(childManagerTasks(c, TODAY, CALENDAR, SETTINGS)).toEqual([
        expect.objectContaining({
          id: 'plan-participation:r2',
          kind: 'plan-participation',
          due: '2026-12-10',
          reason:
            'Did not take part in the review held on 10 June 2026 (PN7: child does not attend and their views are not conveyed). Plan with Hannah Okoye how they will take part in the next review, due on 10 December 2026',
          action: { kind: 'view-child', childId: 'child-1' },
        }),
      ]);
    });

    it('leaves out PN7 at an earlier review, or in an earlier period of care', () => {
      const earlier = child({
        reviews: [
          review({ id: 'r1', heldOn: '2026-03-20', participationCode: 'PN7' }),
          review({ id: 'r2', heldOn: '2026-06-10', participationCode: 'PN6' }),
        ],
      });
      expect(kinds(earlier)).toEqual([]);
      const lastPeriod = child({
        currentPeriodStart: '2026-10-01',
        reviews: [review({ id: 'r1', heldOn: '2026-06-10', participationCode: 'PN7' })],
      });
      expect(latestReviewInPeriod(lastPeriod)).toBeNull();
      expect(kinds(lastPeriod)).toEqual([]);
    });
  });

  describe('IROs outside the caseload band', () => {
    it('takes a caseload above the band and one below, with no due date', () => {
      expect(
        caseloadTask(
          { id: 'h', name: 'Hannah Okoye', fte: 1, children: 74 },
          TODAY,
          CALENDAR,
          BAND,
        ),
      ).toEqual({
        id: 'caseload-outside-band:h',
        kind: 'caseload-outside-band',
        childId: null,
        name: 'Hannah Okoye',
        iroId: 'h',
        iroName: 'Hannah Okoye',
        due: null,
        workingDaysLeft: null,
        urgency: 'later',
        reason:
          'Hannah Okoye has 74 children, above the band of 50 to 70: reallocate some of their children',
        action: { kind: 'reallocate-children', iroId: 'h' },
      });
      expect(
        caseloadTask({ id: 'g', name: 'Gareth Lloyd', fte: 1, children: 44 }, TODAY, CALENDAR, BAND)
          ?.reason,
      ).toBe(
        'Gareth Lloyd has 44 children, below the band of 50 to 70: they can take more children',
      );
    });

    it('measures per full-time equivalent', () => {
      // 36 children at 0.6 FTE is 60 per FTE: within. 45 is 75: above.
      const part = (children: number) =>
        caseloadTask({ id: 'p', name: 'Priya Raman', fte: 0.6, children }, TODAY, CALENDAR, BAND);
      expect(part(36)).toBeNull();
      expect(part(45)?.reason).toBe(
        'Priya Raman has 45 children (75 per full-time equivalent at 0.6 FTE), above the band of 50 to 70: reallocate some of their children',
      );
      expect(
        caseloadTask({ id: 'x', name: 'Peter Marsh', fte: 0, children: 3 }, TODAY, CALENDAR, BAND),
      ).toBeNull();
      expect(
        caseloadTask({ id: 'b', name: 'Bo', fte: 1, children: 70 }, TODAY, CALENDAR, BAND),
      ).toBeNull();
    });
  });
});
