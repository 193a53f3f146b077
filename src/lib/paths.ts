// Every route path in one place. URLs carry opaque ids only: never names or dates of birth.
import type { TaskAction } from '@/domain';

export const paths = {
  signIn: '/sign-in',
  home: '/',
  tasks: '/tasks',
  caseload: '/caseload',
  child: (childId: string) => `/children/${encodeURIComponent(childId)}`,
  childPattern: '/children/:childId',
  recordReview: (childId: string) => `/children/${encodeURIComponent(childId)}/reviews/new`,
  recordReviewPattern: '/children/:childId/reviews/new',
  editReview: (childId: string, reviewId: string) =>
    `/children/${encodeURIComponent(childId)}/reviews/${encodeURIComponent(reviewId)}`,
  editReviewPattern: '/children/:childId/reviews/:reviewId',
  withdrawReview: (childId: string, reviewId: string) =>
    `/children/${encodeURIComponent(childId)}/reviews/${encodeURIComponent(reviewId)}/withdraw`,
  withdrawReviewPattern: '/children/:childId/reviews/:reviewId/withdraw',
  signOffReview: (childId: string, reviewId: string) =>
    `/children/${encodeURIComponent(childId)}/reviews/${encodeURIComponent(reviewId)}/sign-off`,
  signOffReviewPattern: '/children/:childId/reviews/:reviewId/sign-off',
  answerSignOffQuery: (childId: string, reviewId: string) =>
    `/children/${encodeURIComponent(childId)}/reviews/${encodeURIComponent(reviewId)}/answer-query`,
  answerSignOffQueryPattern: '/children/:childId/reviews/:reviewId/answer-query',
  recordMidpoint: (childId: string) =>
    `/children/${encodeURIComponent(childId)}/midpoint-checks/new`,
  recordMidpointPattern: '/children/:childId/midpoint-checks/new',
  recordIroContact: (childId: string) =>
    `/children/${encodeURIComponent(childId)}/iro-contacts/new`,
  recordIroContactPattern: '/children/:childId/iro-contacts/new',
  raiseEscalation: (childId: string) => `/children/${encodeURIComponent(childId)}/escalations/new`,
  raiseEscalationPattern: '/children/:childId/escalations/new',
  updateEscalation: (childId: string, escalationId: string) =>
    `/children/${encodeURIComponent(childId)}/escalations/${encodeURIComponent(escalationId)}`,
  updateEscalationPattern: '/children/:childId/escalations/:escalationId',
  reviewDocuments: (childId: string, reviewId: string) =>
    `/children/${encodeURIComponent(childId)}/reviews/${encodeURIComponent(reviewId)}/documents`,
  reviewDocumentsPattern: '/children/:childId/reviews/:reviewId/documents',
  printReviewDocument: (childId: string, reviewId: string, documentId: string) =>
    `/children/${encodeURIComponent(childId)}/reviews/${encodeURIComponent(reviewId)}/documents/${encodeURIComponent(documentId)}/print`,
  printReviewDocumentPattern: '/children/:childId/reviews/:reviewId/documents/:documentId/print',
  settings: '/settings',
  documentTemplates: '/documents/templates',
  editDocumentTemplate: (kind: string) => `/documents/templates/${encodeURIComponent(kind)}`,
  editDocumentTemplatePattern: '/documents/templates/:kind',
  recommendations: '/recommendations',
  team: '/team',
  atRisk: '/team/at-risk',
  reallocate: '/team/reallocate',
  signOff: '/team/sign-off',
  escalations: '/team/escalations',
  booking: '/booking',
  bookingChild: (childId: string) => `/booking/children/${encodeURIComponent(childId)}`,
  bookingChildPattern: '/booking/children/:childId',
  bookMeeting: (childId: string) => `/booking/children/${encodeURIComponent(childId)}/meetings/new`,
  bookMeetingPattern: '/booking/children/:childId/meetings/new',
  bookingMeeting: (meetingId: string) => `/booking/meetings/${encodeURIComponent(meetingId)}`,
  bookingMeetingPattern: '/booking/meetings/:meetingId',
  rescheduleMeeting: (meetingId: string) =>
    `/booking/meetings/${encodeURIComponent(meetingId)}/reschedule`,
  rescheduleMeetingPattern: '/booking/meetings/:meetingId/reschedule',
  changeMeetingStatus: (meetingId: string) =>
    `/booking/meetings/${encodeURIComponent(meetingId)}/cancel`,
  changeMeetingStatusPattern: '/booking/meetings/:meetingId/cancel',
  meetingInvitations: (meetingId: string) =>
    `/booking/meetings/${encodeURIComponent(meetingId)}/invitations`,
  meetingInvitationsPattern: '/booking/meetings/:meetingId/invitations',
  meetingDocuments: (meetingId: string) =>
    `/booking/meetings/${encodeURIComponent(meetingId)}/documents`,
  meetingDocumentsPattern: '/booking/meetings/:meetingId/documents',
  printMeetingDocument: (meetingId: string, documentId: string) =>
    `/booking/meetings/${encodeURIComponent(meetingId)}/documents/${encodeURIComponent(documentId)}/print`,
  printMeetingDocumentPattern: '/booking/meetings/:meetingId/documents/:documentId/print',
  calendar: '/calendar',
  reports: '/reports',
  annexAList8: '/reports/annex-a/list-8',
  ssda903Import: '/ssda903/import',
  ssda903Export: '/ssda903/export',
  // The child's journey through care (becoming looked after, changes, leaving, returning).
  careNewChild: '/care/new',
  careRecord: (childId: string) => `/care/children/${encodeURIComponent(childId)}`,
  careRecordPattern: '/care/children/:childId',
  careChange: (childId: string) => `/care/children/${encodeURIComponent(childId)}/change`,
  careChangePattern: '/care/children/:childId/change',
  careLeave: (childId: string) => `/care/children/${encodeURIComponent(childId)}/leave`,
  careLeavePattern: '/care/children/:childId/leave',
  careReturn: (childId: string) => `/care/children/${encodeURIComponent(childId)}/return`,
  careReturnPattern: '/care/children/:childId/return',
  careDetails: (childId: string) => `/care/children/${encodeURIComponent(childId)}/details`,
  careDetailsPattern: '/care/children/:childId/details',
  allocationQueue: '/care/allocation',
  allocateChild: (childId: string) => `/care/allocation/${encodeURIComponent(childId)}`,
  allocateChildPattern: '/care/allocation/:childId',
  leftCare: '/care/left-care',
  // The reminder digests built (the in-browser demo's "sent" email).
  outbox: '/outbox',
  outboxMessage: (messageId: string) => `/outbox/${encodeURIComponent(messageId)}`,
  outboxMessagePattern: '/outbox/:messageId',
} as const;

/**
 * The page that completes a task: the domain names the action and its ids, never a URL.
 * (A recommendation is followed up on the child's record, in its recommendations section.)
 */
export function taskActionPath(action: TaskAction): string {
  switch (action.kind) {
    case 'record-review':
      return paths.recordReview(action.childId);
    case 'write-record-of-review':
      return paths.editReview(action.childId, action.reviewId);
    case 'record-midpoint-check':
      return paths.recordMidpoint(action.childId);
    case 'follow-up-recommendation':
      return `${paths.child(action.childId)}#recommendations-heading`;
    case 'update-escalation':
      return paths.updateEscalation(action.childId, action.escalationId);
    case 'answer-sign-off-query':
      return paths.answerSignOffQuery(action.childId, action.reviewId);
    case 'record-iro-contact':
      return paths.recordIroContact(action.childId);
    case 'allocate-child':
      return paths.allocateChild(action.childId);
    case 'sign-off-review':
      return paths.signOffReview(action.childId, action.reviewId);
    case 'book-meeting':
      return paths.bookMeeting(action.childId);
    case 'reallocate-children':
      return `${paths.reallocate}?from=${encodeURIComponent(action.iroId)}`;
    case 'view-child':
      return paths.child(action.childId);
    case 'send-invitations':
    case 'update-meeting-readiness':
      return paths.meetingInvitations(action.meetingId);
    case 'change-meeting-status':
      return paths.changeMeetingStatus(action.meetingId);
  }
}
