// Every route path in one place. URLs carry opaque ids only: never names or dates of birth.
export const paths = {
  signIn: '/sign-in',
  home: '/',
  caseload: '/caseload',
  child: (childId: string) => `/children/${encodeURIComponent(childId)}`,
  childPattern: '/children/:childId',
  recordReview: (childId: string) => `/children/${encodeURIComponent(childId)}/reviews/new`,
  recordReviewPattern: '/children/:childId/reviews/new',
  editReview: (childId: string, reviewId: string) =>
    `/children/${encodeURIComponent(childId)}/reviews/${encodeURIComponent(reviewId)}`,
  editReviewPattern: '/children/:childId/reviews/:reviewId',
  recordMidpoint: (childId: string) =>
    `/children/${encodeURIComponent(childId)}/midpoint-checks/new`,
  recordMidpointPattern: '/children/:childId/midpoint-checks/new',
  raiseEscalation: (childId: string) => `/children/${encodeURIComponent(childId)}/escalations/new`,
  raiseEscalationPattern: '/children/:childId/escalations/new',
  updateEscalation: (childId: string, escalationId: string) =>
    `/children/${encodeURIComponent(childId)}/escalations/${encodeURIComponent(escalationId)}`,
  updateEscalationPattern: '/children/:childId/escalations/:escalationId',
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
  agenda: '/agenda',
  reports: '/reports',
  ssda903Import: '/ssda903/import',
  ssda903Export: '/ssda903/export',
} as const;
