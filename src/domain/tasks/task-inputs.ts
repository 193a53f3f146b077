// The records a task list reads, as plain data: the backend builds them from its store with the
// same domain functions every other screen uses (the next review's status, the midpoint check's
// state, the readiness of a meeting), so a task says what the caseload, the child's record and
// the queues say.
import type { IsoDate } from '../calendar';
import type { ReadinessItem } from '../meeting-readiness';
import type { MidpointState } from '../midpoint-state';
import type { RecommendationRecord } from '../recommendations';
import type { SignOffQueryRecord, SignOffSubject } from '../sign-off';
import type { ReviewStatus } from '../status';

/** A held review (not withdrawn) as the tasks read it. */
export interface TaskReview extends SignOffSubject {
  id: string;
  heldOn: IsoDate;
  participationCode: string;
  recordOfReviewCompletedOn: IsoDate | null;
  recommendations: readonly (RecommendationRecord & { id: string; action: string })[];
  signOffQueries: readonly (SignOffQueryRecord & { id: string })[];
}

export interface TaskEscalation {
  id: string;
  stage: number;
  raisedOn: IsoDate;
  resolvedOn: IsoDate | null;
  stages: readonly { stage: number; reachedOn: IsoDate }[];
}

/** A child in an active caseload (looked after today, allocated to an IRO). */
export interface TaskChild {
  id: string;
  /** 'Willow McDonald' */
  name: string;
  iroId: string;
  iroName: string;
  currentPeriodStart: IsoDate;
  /** The next review as the caseload reads it (nextReviewDue and reviewStatus). */
  nextReview: { due: IsoDate; reason: string; status: ReviewStatus; statusReason: string };
  /** The meeting booked for the next review (the earliest after the last review held). */
  meeting: { id: string; date: IsoDate } | null;
  /** midpointCheckDue and midpointState. */
  midpoint: { due: IsoDate; state: MidpointState; reason: string };
  /** The last visit or video call (lastSeenByIroOn). */
  lastSeenByIroOn: IsoDate | null;
  /** Held reviews (not withdrawn) of every period, any order. */
  reviews: readonly TaskReview[];
  escalations: readonly TaskEscalation[];
}

/**
 * A child no longer in an active caseload (they left care, or await an IRO) whose held reviews may
 * still have paperwork outstanding: the record of review, an answer to the manager's query, the
 * manager's sign-off. Leaving care does not finish a review already held.
 */
export interface ReviewPaperworkChild {
  id: string;
  name: string;
  /** The IRO recorded on the child, if any (the one who chaired their last reviews). */
  iroId: string | null;
  iroName: string | null;
  /** Held reviews (not withdrawn), any order. */
  reviews: readonly TaskReview[];
}

/** The council's settings the tasks read. */
export interface TaskSettings {
  recordOfReviewTargetWorkingDays: number;
  managerSignOffWorkingDays: number;
  escalationOpenWorkingDaysLimit: number;
  caseloadBand: { min: number; max: number };
}

/** A child looked after today with no IRO yet (allocationDue). */
export interface AwaitingIroChild {
  id: string;
  name: string;
  allocation: { due: IsoDate; reason: string };
}

/** An IRO and the size of their active caseload. */
export interface TaskIro {
  id: string;
  name: string;
  fte: number;
  children: number;
}

/** A meeting still booked, with its readiness (meetingReadiness) and invitations (invitationsOverdue). */
export interface TaskMeeting {
  id: string;
  date: IsoDate;
  startTime: string;
  readiness: readonly ReadinessItem[];
  invitationsOverdue: boolean;
}

/** A child in an active caseload as booking sees them (no review content). */
export interface BookingTaskChild {
  id: string;
  name: string;
  iroId: string;
  iroName: string;
  nextReview: { due: IsoDate; status: ReviewStatus; reason: string };
  /** The meeting booked for the next review, if any. */
  meeting: TaskMeeting | null;
  /** Meetings still booked on or before the latest review held in the period: spent. */
  heldAlready: readonly (TaskMeeting & { reviewHeldOn: IsoDate })[];
}

/** A meeting still booked (today or later) for a child who has left care. */
export interface LeftCareMeeting {
  childId: string;
  name: string;
  iroId: string;
  iroName: string;
  meeting: { id: string; date: IsoDate; startTime: string };
  /** 'Left care on 2 November 2026: ...' */
  reason: string;
}
