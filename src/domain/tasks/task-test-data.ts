// Test support only (not exported from index.ts): a child of a caseload with nothing due, to
// which each test adds the one thing it is about.
import type { IsoDate } from '../calendar';
import type { TaskChild, TaskEscalation, TaskReview, TaskSettings } from './task-inputs';

/** Monday 23 November 2026, the journeys' today. */
export const TODAY: IsoDate = '2026-11-23';

export const SETTINGS: TaskSettings = {
  recordOfReviewTargetWorkingDays: 15,
  managerSignOffWorkingDays: 5,
  escalationOpenWorkingDaysLimit: 20,
  caseloadBand: { min: 50, max: 70 },
};

export function review(
  overrides: Partial<TaskReview> & { id: string; heldOn: IsoDate },
): TaskReview {
  return {
    participationCode: 'PN1',
    recordOfReviewCompletedOn: overrides.heldOn,
    recommendations: [],
    decisionsSentOn: null,
    decisions: null,
    managerSignOffOn: null,
    signOffQueries: [],
    ...overrides,
  };
}

export function escalation(
  overrides: Partial<TaskEscalation> & { id: string; raisedOn: IsoDate },
): TaskEscalation {
  return { stage: 1, resolvedOn: null, stages: [], ...overrides };
}

/**
 * Ada Lovelace, looked after since 1 March 2026, reviewed on 20 March 2026 and 10 June 2026 (record
 * written), seen by her IRO on 1 November 2026, next review due on 10 December 2026 and booked for
 * 8 December 2026; midpoint check done: nothing due for the IRO this week or next.
 */
export function child(overrides: Partial<TaskChild> = {}): TaskChild {
  return {
    id: 'child-1',
    name: 'Ada Lovelace',
    iroId: 'iro-1',
    iroName: 'Hannah Okoye',
    currentPeriodStart: '2026-03-01',
    nextReview: {
      due: '2026-12-10',
      reason: '6 months after the review held on 10 June 2026',
      status: 'booked',
      statusReason: 'Meeting booked for 8 December 2026, 2 days before the due date',
    },
    meeting: { id: 'meeting-1', date: '2026-12-08' },
    midpoint: {
      due: '2026-09-09',
      state: 'done',
      reason: 'Midpoint check recorded on 9 September 2026',
    },
    lastSeenByIroOn: '2026-11-01',
    reviews: [
      review({ id: 'review-1', heldOn: '2026-03-20' }),
      review({ id: 'review-2', heldOn: '2026-06-10' }),
    ],
    escalations: [],
    ...overrides,
  };
}
