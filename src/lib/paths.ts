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
  team: '/team',
  atRisk: '/team/at-risk',
  reallocate: '/team/reallocate',
  signOff: '/team/sign-off',
  escalations: '/team/escalations',
  booking: '/booking',
  reports: '/reports',
} as const;
