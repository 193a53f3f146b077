import type { AtRiskParams } from './api/team-schemas';
import type {
  AnnualReportParams,
  BookingQueueParams,
  ListAuditEventsParams,
  ListChildrenParams,
  ListMeetingsParams,
  OutstandingRecommendationsParams,
  TaskListParams,
  OutboxListParams,
} from './api/schemas';

// One factory for every react-query key, from generic to specific, so that a mutation can
// invalidate exactly what it changed (e.g. queryKeys.children.all after recording a review).
export const queryKeys = {
  all: ['iro-tracker'] as const,
  session: () => [...queryKeys.all, 'session'] as const,
  clock: () => [...queryKeys.all, 'clock'] as const,
  council: () => [...queryKeys.all, 'council'] as const,
  settings: () => [...queryKeys.all, 'settings'] as const,
  demoStaff: () => [...queryKeys.all, 'demo-staff'] as const,
  /** The signed-in person's draft of one form (src/lib/use-form-draft.ts). */
  draft: (key: string) => [...queryKeys.all, 'draft', key] as const,
  staff: {
    all: () => [...queryKeys.all, 'staff'] as const,
    list: () => [...queryKeys.staff.all(), 'list'] as const,
  },
  children: {
    all: () => [...queryKeys.all, 'children'] as const,
    lists: () => [...queryKeys.children.all(), 'list'] as const,
    list: (params: ListChildrenParams) => [...queryKeys.children.lists(), params] as const,
    summary: (iroId: string | undefined) =>
      [...queryKeys.children.all(), 'summary', iroId ?? 'everyone'] as const,
    detail: (childId: string) => [...queryKeys.children.all(), 'detail', childId] as const,
  },
  meetings: {
    all: () => [...queryKeys.all, 'meetings'] as const,
    list: (params: ListMeetingsParams) => [...queryKeys.meetings.all(), 'list', params] as const,
    detail: (meetingId: string) => [...queryKeys.meetings.all(), 'detail', meetingId] as const,
    bookingQueue: (params: BookingQueueParams) =>
      [...queryKeys.meetings.all(), 'booking-queue', params] as const,
    childBooking: (childId: string) =>
      [...queryKeys.meetings.all(), 'child-booking', childId] as const,
    documents: (meetingId: string) =>
      [...queryKeys.meetings.all(), 'documents', meetingId] as const,
  },
  // A review's documents under the children's keys: a review changed makes its letter stale.
  reviewDocuments: (reviewId: string) =>
    [...queryKeys.children.all(), 'review-documents', reviewId] as const,
  documentTemplates: () => [...queryKeys.all, 'document-templates'] as const,
  // Under the children's keys, so that any write about children (a review recorded with its
  // follow-ups, a recommendation marked, a withdrawal, a reallocation: invalidateChildData) makes
  // the outstanding lists stale too.
  recommendations: {
    all: () => [...queryKeys.children.all(), 'recommendations'] as const,
    outstanding: (params: OutstandingRecommendationsParams) =>
      [...queryKeys.recommendations.all(), 'outstanding', params] as const,
  },
  // Under the children's keys: every write about children (a review, a midpoint check, a meeting,
  // an allocation: invalidateChildData) makes the person's tasks and the badge's counts stale.
  tasks: {
    all: () => [...queryKeys.children.all(), 'tasks'] as const,
    list: (params: TaskListParams) => [...queryKeys.tasks.all(), 'list', params] as const,
    summary: () => [...queryKeys.tasks.all(), 'summary'] as const,
  },
  audit: {
    all: () => [...queryKeys.all, 'audit'] as const,
    list: (params: ListAuditEventsParams) => [...queryKeys.audit.all(), 'list', params] as const,
  },
  bankHolidays: () => [...queryKeys.all, 'bank-holidays'] as const,
  reports: {
    all: () => [...queryKeys.all, 'reports'] as const,
    annual: (params: AnnualReportParams) => [...queryKeys.reports.all(), 'annual', params] as const,
  },
  team: {
    all: () => [...queryKeys.all, 'team'] as const,
    overview: () => [...queryKeys.team.all(), 'overview'] as const,
    atRisk: (params: AtRiskParams) => [...queryKeys.team.all(), 'at-risk', params] as const,
    signOff: (iroId: string | undefined, page: number) =>
      [...queryKeys.team.all(), 'sign-off', iroId ?? 'everyone', page] as const,
    escalations: (iroId: string | undefined, page: number) =>
      [...queryKeys.team.all(), 'escalations', iroId ?? 'everyone', page] as const,
  },
  outbox: {
    all: () => [...queryKeys.all, 'outbox'] as const,
    list: (params: OutboxListParams) => [...queryKeys.outbox.all(), 'list', params] as const,
    message: (messageId: string) => [...queryKeys.outbox.all(), 'message', messageId] as const,
  },
  ssda903: {
    all: () => [...queryKeys.all, 'ssda903'] as const,
    reviews: (year: number) => [...queryKeys.ssda903.all(), 'reviews', year] as const,
  },
} as const;
