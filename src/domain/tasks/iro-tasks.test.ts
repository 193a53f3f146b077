import { describe, expect, it } from 'vitest';
import { CALENDAR } from '../test-holidays';
import { childIroTasks, iroTasks, isNewlyAllocated } from './iro-tasks';
import { child, escalation, review, SETTINGS, TODAY } from './task-test-data';
import type { TaskChild } from './task-inputs';

function tasksOf(c: TaskChild, today = TODAY) {
  return childIroTasks(c, today, CALENDAR, SETTINGS);
}

function kinds(c: TaskChild) {
  return tasksOf(c).map((t) => t.kind);
}

describe('the IRO’s tasks', () => {
  it('has none for a child with nothing due this week or next', () => {
    expect(tasksOf(child())).toEqual([]);
  });

  describe('reviews to hold this week and next', () => {
    const due = (date: string, meeting: TaskChild['meeting'] = null): TaskChild =>
      child({
        meeting,
        nextReview: {
          due: date,
          reason: '6 months after the review held on 6 June 2026',
          status: 'at-risk',
          statusReason: 'Due in 9 working days and no meeting booked',
        },
      });

    it('takes a review due by the Sunday of next week, not the Monday after', () => {
      const [task] = tasksOf(due('2026-12-06'));
      expect(task).toMatchObject({
        id: 'review-to-hold:child-1',
        kind: 'review-to-hold',
        childId: 'child-1',
        name: 'Ada Lovelace',
        due: '2026-12-06',
        // Tue 24 to Fri 4 December: 9 working days.
        workingDaysLeft: 9,
        urgency: 'later',
        reason:
          'Due in 9 working days and no meeting booked. Due 6 months after the review held on 6 June 2026.',
        action: { kind: 'record-review', childId: 'child-1' },
      });
      expect(kinds(due('2026-12-07'))).toEqual([]);
    });

    it('takes a review due later whose meeting is booked this week or next', () => {
      expect(kinds(due('2026-12-10', { id: 'm', date: '2026-12-04' }))).toEqual(['review-to-hold']);
      expect(kinds(due('2026-12-10', { id: 'm', date: '2026-12-07' }))).toEqual([]);
      // A meeting already passed with no review recorded is not one to hold.
      expect(kinds(due('2026-12-10', { id: 'm', date: '2026-11-20' }))).toEqual([]);
    });

    it('takes an overdue review first, late by working days', () => {
      const overdue = child({
        meeting: { id: 'm', date: '2026-12-07' },
        nextReview: {
          due: '2026-11-07',
          reason: '6 months after the review held on 7 May 2026',
          status: 'overdue',
          statusReason:
            'Review was due on 7 November 2026: 16 days overdue; meeting booked for 7 December 2026',
        },
      });
      expect(tasksOf(overdue)[0]).toMatchObject({
        kind: 'review-to-hold',
        workingDaysLeft: -10,
        urgency: 'late',
      });
    });
  });

  describe('records of review', () => {
    it('is due the local target’s working days after the review, day 0 the review', () => {
      const c = child({
        reviews: [review({ id: 'r', heldOn: '2026-11-10', recordOfReviewCompletedOn: null })],
      });
      // 15 working days after Tuesday 10 November 2026: Tuesday 1 December.
      expect(tasksOf(c)).toEqual([
        expect.objectContaining({
          id: 'record-of-review:r',
          due: '2026-12-01',
          workingDaysLeft: 6,
          urgency: 'later',
          reason:
            'Write the record of the review held on 10 November 2026: due by 1 December 2026, 15 working days after the review',
          action: { kind: 'write-record-of-review', childId: 'child-1', reviewId: 'r' },
        }),
      ]);
      const limit = childIroTasks(c, TODAY, CALENDAR, {
        ...SETTINGS,
        recordOfReviewTargetWorkingDays: 20,
      });
      expect(limit[0]?.due).toBe('2026-12-08');
    });

    it('has none once the record is written', () => {
      expect(kinds(child({ reviews: [review({ id: 'r', heldOn: '2026-11-10' })] }))).toEqual([]);
    });
  });

  describe('midpoint checks', () => {
    it('takes a check due soon and one missed, not one done or not yet due', () => {
      const at = (state: TaskChild['midpoint']['state'], due: string) =>
        child({ midpoint: { due, state, reason: `Reason for ${state}` } });
      expect(tasksOf(at('due', '2026-11-24'))[0]).toMatchObject({
        id: 'midpoint-check:child-1:2026-11-24',
        urgency: 'due',
        reason: 'Midpoint check due. Reason for due',
        action: { kind: 'record-midpoint-check', childId: 'child-1' },
      });
      expect(tasksOf(at('missed', '2026-11-18'))[0]).toMatchObject({
        urgency: 'late',
        workingDaysLeft: -3,
        reason: 'Midpoint check missed. Reason for missed',
      });
      expect(kinds(at('done', '2026-11-18'))).toEqual([]);
      expect(kinds(at('not-yet-due', '2027-01-18'))).toEqual([]);
    });
  });

  describe('recommendations past their target date', () => {
    const withRecommendation = (targetDate: string, heldOn = '2026-06-10', done = false) =>
      child({
        reviews: [
          review({
            id: 'r',
            heldOn,
            recommendations: [
              {
                id: 'rec',
                action: 'Arrange a dental check-up',
                targetDate,
                completedOn: done ? '2026-11-01' : null,
                noLongerNeeded: null,
              },
            ],
          }),
        ],
      });

    it('takes an open one from the day after its target', () => {
      expect(tasksOf(withRecommendation('2026-11-22'))[0]).toMatchObject({
        id: 'recommendation-past-target:r:rec',
        due: '2026-11-22',
        urgency: 'late',
        reason:
          '“Arrange a dental check-up” (from the review held on 10 June 2026) was due by 22 November 2026: follow it up',
        action: {
          kind: 'follow-up-recommendation',
          childId: 'child-1',
          reviewId: 'r',
          recommendationId: 'rec',
        },
      });
      expect(kinds(withRecommendation(TODAY))).toEqual([]);
    });

    it('leaves out one done, and one from an earlier period of care', () => {
      expect(kinds(withRecommendation('2026-10-01', '2026-06-10', true))).toEqual([]);
      expect(kinds(withRecommendation('2025-10-01', '2025-09-01'))).toEqual([]);
    });
  });

  describe('escalations past their stage’s target', () => {
    const escalated = (e: ReturnType<typeof escalation>) => child({ escalations: [e] });

    it('takes one at its stage more than the limit’s working days, due on the target', () => {
      // Sunday 18 October 2026: 26 working days to 23 November; the 20th is Friday 13 November.
      expect(tasksOf(escalated(escalation({ id: 'e', raisedOn: '2026-10-18' })))[0]).toMatchObject({
        id: 'escalation-past-target:e',
        due: '2026-11-13',
        workingDaysLeft: -6,
        urgency: 'late',
        reason:
          'Escalation at stage 1 since 18 October 2026: 26 working days, past the stage’s target of 20. Move it on or resolve it',
        action: { kind: 'update-escalation', childId: 'child-1', escalationId: 'e' },
      });
    });

    it('is on target at exactly the limit', () => {
      // Monday 26 October: 20 working days to 23 November. Friday 23 October: 21.
      expect(kinds(escalated(escalation({ id: 'e', raisedOn: '2026-10-26' })))).toEqual([]);
      expect(tasksOf(escalated(escalation({ id: 'e', raisedOn: '2026-10-23' })))[0]).toMatchObject({
        due: '2026-11-20',
        workingDaysLeft: -1,
      });
    });

    it('counts from the day the current stage was reached, and leaves out one resolved', () => {
      const moved = escalation({
        id: 'e',
        raisedOn: '2026-09-01',
        stage: 2,
        stages: [
          { stage: 1, reachedOn: '2026-09-01' },
          { stage: 2, reachedOn: '2026-11-02' },
        ],
      });
      expect(kinds(escalated(moved))).toEqual([]);
      const resolved = escalation({ id: 'e', raisedOn: '2026-09-01', resolvedOn: '2026-11-20' });
      expect(kinds(escalated(resolved))).toEqual([]);
    });
  });

  describe('the manager’s queries to answer', () => {
    const queried = (answered: boolean) =>
      child({
        reviews: [
          review({
            id: 'r',
            heldOn: '2026-11-10',
            decisions: 'Stay in the placement',
            decisionsSentOn: '2026-11-16',
            signOffQueries: [
              {
                id: 'q',
                raisedOn: '2026-11-18',
                reason: 'When is the health assessment?',
                answer: answered ? { on: '2026-11-19', text: 'In December' } : null,
              },
            ],
          }),
        ],
      });

    it('takes an open query, due by the sign-off target from the decisions being sent', () => {
      // 5 working days after Monday 16 November: Monday 23 November, today.
      expect(tasksOf(queried(false))[0]).toMatchObject({
        id: 'sign-off-query:r:q',
        due: '2026-11-23',
        urgency: 'due',
        reason:
          'Answer the manager’s query of 18 November 2026 about the decisions of the review held on 10 November 2026 (“When is the health assessment?”). Sign-off is due today',
        action: { kind: 'answer-sign-off-query', childId: 'child-1', reviewId: 'r' },
      });
    });

    it('has none once answered (the manager’s turn again)', () => {
      expect(kinds(queried(true))).toEqual([]);
    });
  });

  describe('children newly allocated, to meet before their first review', () => {
    const newChild = (lastSeenByIroOn: string | null, reviews = [] as TaskChild['reviews']) =>
      child({
        currentPeriodStart: '2026-11-09',
        lastSeenByIroOn,
        reviews,
        meeting: null,
        nextReview: {
          due: '2026-12-07',
          reason: '20 working days after becoming looked after on 9 November 2026',
          status: 'at-risk',
          statusReason: 'Due in 10 working days and no meeting booked',
        },
      });

    it('takes a child with no review yet in this period and not seen since it began', () => {
      const tasks = tasksOf(newChild(null));
      expect(tasks.find((t) => t.kind === 'meet-new-child')).toMatchObject({
        id: 'meet-new-child:child-1:2026-11-09',
        due: '2026-12-07',
        reason:
          'Became looked after on 9 November 2026: meet Ada Lovelace before their first review, due on 7 December 2026',
        action: { kind: 'record-iro-contact', childId: 'child-1' },
      });
      // Seen in an earlier period of care only: still to meet in this one.
      expect(isNewlyAllocated(newChild('2026-01-10'))).toBe(true);
    });

    it('has none once seen in this period, or once a review is held', () => {
      expect(isNewlyAllocated(newChild('2026-11-09'))).toBe(false);
      expect(isNewlyAllocated(newChild(null, [review({ id: 'r', heldOn: '2026-11-20' })]))).toBe(
        false,
      );
      // A review of an earlier period does not count.
      expect(isNewlyAllocated(newChild(null, [review({ id: 'r', heldOn: '2026-01-20' })]))).toBe(
        true,
      );
    });
  });

  it('lists a caseload late first, then by due date and name', () => {
    const a = child({
      id: 'a',
      name: 'Ben Ames',
      midpoint: { due: '2026-11-30', state: 'due', reason: 'Soon' },
    });
    const b = child({
      id: 'b',
      name: 'Ann Bell',
      midpoint: { due: '2026-11-30', state: 'due', reason: 'Soon' },
      reviews: [review({ id: 'r', heldOn: '2026-10-01', recordOfReviewCompletedOn: null })],
    });
    const tasks = iroTasks({
      today: TODAY,
      holidays: CALENDAR,
      settings: SETTINGS,
      children: [a, b],
      notInCaseload: [],
    });
    expect(tasks.map((t) => `${t.kind} ${t.name}`)).toEqual([
      'record-of-review Ann Bell',
      'midpoint-check Ann Bell',
      'midpoint-check Ben Ames',
    ]);
  });

  it('keeps the paperwork of a child who has left care: the record of review, a query to answer', () => {
    const unwritten = review({ id: 'r1', heldOn: '2026-11-02', recordOfReviewCompletedOn: null });
    const queried = review({
      id: 'r2',
      heldOn: '2026-10-01',
      decisions: 'Return home',
      decisionsSentOn: '2026-11-16',
      signOffQueries: [
        { id: 'q', raisedOn: '2026-11-18', reason: 'Who told the parents?', answer: null },
      ],
    });
    const done = review({ id: 'r3', heldOn: '2026-04-01' });
    const tasks = iroTasks({
      today: TODAY,
      holidays: CALENDAR,
      settings: SETTINGS,
      children: [],
      notInCaseload: [
        {
          id: 'left',
          name: 'Cara Dunn',
          iroId: 'st_01',
          iroName: 'Hannah Okoye',
          reviews: [unwritten, queried, done],
        },
      ],
    });
    expect(tasks.map((t) => [t.kind, t.childId, t.action])).toEqual([
      [
        'record-of-review',
        'left',
        { kind: 'write-record-of-review', childId: 'left', reviewId: 'r1' },
      ],
      [
        'sign-off-query',
        'left',
        { kind: 'answer-sign-off-query', childId: 'left', reviewId: 'r2' },
      ],
    ]);
    // Nothing about the next review, the midpoint or a first meeting: they have left care.
    expect(tasks.some((t) => t.kind === 'review-to-hold' || t.kind === 'midpoint-check')).toBe(
      false,
    );
  });
});
