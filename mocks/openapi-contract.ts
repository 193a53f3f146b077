// What each operation takes and returns, for the OpenAPI document: the request and response
// schemas are the zod schemas the mock and the client use; who may call each operation is in
// src/lib/api/operations.ts.
import { z } from 'zod';
import type { OperationId } from '@/lib/api/operations';
import * as s from '@/lib/api/schemas';
import * as ssda from '@/lib/api/ssda903-schemas';
import * as t from '@/lib/api/team-schemas';

export interface QueryParameter {
  name: string;
  description: string;
  schema: Record<string, unknown>;
  /** Default false. */
  required?: boolean;
}

export interface OperationContract {
  query?: readonly QueryParameter[];
  body?: z.ZodType;
  status: number;
  /** null: no content (204), or a file (`files`). */
  response: z.ZodType | null;
  /** A file download: its media types (the 200's content instead of JSON). */
  files?: readonly { type: string; description: string }[];
}

const str = (description: string, format?: string): QueryParameter['schema'] => ({
  type: 'string',
  description,
  ...(format === undefined ? {} : { format }),
});
const int = (description: string, min: number, max?: number): QueryParameter['schema'] => ({
  type: 'integer',
  description,
  minimum: min,
  ...(max === undefined ? {} : { maximum: max }),
});

/** page and pageSize of every paged list. */
const PAGE_QUERY: readonly QueryParameter[] = [
  { name: 'page', description: 'Page number from 1', schema: int('Page', 1) },
  {
    name: 'pageSize',
    description: `Items a page (default ${s.DEFAULT_PAGE_SIZE})`,
    schema: int('Page size', 1, s.MAX_PAGE_SIZE),
  },
];

export const contracts: Record<OperationId, OperationContract> = {
  signIn: {
    body: s.signInBodySchema,
    status: 201,
    response: s.sessionSchema,
  },
  getSession: {
    status: 200,
    response: s.currentSessionSchema,
  },
  signOut: {
    status: 204,
    response: null,
  },
  listDemoStaff: {
    status: 200,
    response: z.array(s.staffMemberSchema),
  },
  getClock: {
    status: 200,
    response: s.clockSchema,
  },
  getCouncil: {
    status: 200,
    response: s.councilSchema,
  },
  getSettings: {
    status: 200,
    response: s.settingsSchema,
  },
  updateSettings: {
    body: s.settingsBodySchema,
    status: 200,
    response: s.settingsSchema,
  },
  listStaff: {
    status: 200,
    response: z.array(s.staffWithCaseloadSchema),
  },
  getBankHolidays: {
    status: 200,
    response: s.bankHolidayFeedSchema,
  },
  listChildren: {
    query: [
      { name: 'iroId', description: 'Only this IRO’s children', schema: str('Staff id') },
      {
        name: 'status',
        description: 'Comma-separated review statuses',
        schema: str(`Any of ${s.REVIEW_STATUSES.join(', ')}`),
      },
      {
        name: 'dueAfter',
        description: 'Next review due on or after (inclusive)',
        schema: str('YYYY-MM-DD', 'date'),
      },
      {
        name: 'dueBefore',
        description: 'Next review due on or before (inclusive)',
        schema: str('YYYY-MM-DD', 'date'),
      },
      {
        name: 'sort',
        description: 'Sort key',
        schema: { type: 'string', enum: [...s.CHILD_SORT_KEYS], default: 'nextReviewDue' },
      },
      {
        name: 'order',
        description: 'Sort order',
        schema: { type: 'string', enum: ['asc', 'desc'], default: 'asc' },
      },
      { name: 'page', description: 'Page number from 1', schema: int('Page', 1) },
      {
        name: 'pageSize',
        description: `Items a page (default ${s.DEFAULT_PAGE_SIZE})`,
        schema: int('Page size', 1, s.MAX_PAGE_SIZE),
      },
    ],
    status: 200,
    response: s.childSummaryPageSchema,
  },
  getCaseloadSummary: {
    query: [{ name: 'iroId', description: 'Only this IRO’s children', schema: str('Staff id') }],
    status: 200,
    response: s.caseloadSummarySchema,
  },
  searchChildren: {
    body: s.searchChildrenBodySchema,
    status: 200,
    response: s.childSummaryPageSchema,
  },
  reallocateChildren: {
    body: s.bulkReallocateBodySchema,
    status: 200,
    response: s.bulkReallocateResultSchema,
  },
  getChild: {
    status: 200,
    response: s.childDetailSchema,
  },
  reallocateChild: {
    body: s.reallocateChildBodySchema,
    status: 200,
    response: s.childSummarySchema,
  },
  createChild: {
    body: s.createChildBodySchema,
    status: 201,
    response: s.careRecordSchema,
  },
  listLeftCare: {
    query: [
      { name: 'iroId', description: 'Team managers: one IRO’s children', schema: str('Staff id') },
      ...PAGE_QUERY,
    ],
    status: 200,
    response: s.leftCareListSchema,
  },
  getChildCare: {
    status: 200,
    response: s.careRecordSchema,
  },
  recordCareEvent: {
    body: s.careEventBodySchema,
    status: 201,
    response: s.careRecordSchema,
  },
  updateChildDetails: {
    body: s.updateChildDetailsBodySchema,
    status: 200,
    response: s.updateChildDetailsResultSchema,
  },
  getAllocationQueue: {
    query: PAGE_QUERY,
    status: 200,
    response: s.allocationQueueSchema,
  },
  recordReview: {
    body: s.createReviewBodySchema,
    status: 201,
    response: s.reviewSchema,
  },
  updateReview: {
    body: s.updateReviewBodySchema,
    status: 200,
    response: s.reviewSchema,
  },
  withdrawReview: {
    body: s.withdrawReviewBodySchema,
    status: 200,
    response: s.reviewSchema,
  },
  signOffReview: {
    body: s.signOffBodySchema,
    status: 200,
    response: s.reviewSchema,
  },
  answerSignOffQuery: {
    body: s.answerSignOffQueryBodySchema,
    status: 200,
    response: s.reviewSchema,
  },
  updateRecommendation: {
    body: s.recommendationOutcomeBodySchema,
    status: 200,
    response: s.reviewSchema,
  },
  listOutstandingRecommendations: {
    query: [
      { name: 'iroId', description: 'Only this IRO’s children', schema: str('Staff id') },
      { name: 'page', description: 'Page number from 1', schema: int('Page', 1) },
      {
        name: 'pageSize',
        description: `Items a page (default ${s.DEFAULT_PAGE_SIZE})`,
        schema: int('Page size', 1, s.MAX_PAGE_SIZE),
      },
    ],
    status: 200,
    response: s.outstandingRecommendationsSchema,
  },
  recordMidpointCheck: {
    body: s.createMidpointCheckBodySchema,
    status: 201,
    response: s.midpointCheckSchema,
  },
  updateMidpointCheck: {
    body: s.updateMidpointCheckBodySchema,
    status: 200,
    response: s.midpointCheckSchema,
  },
  raiseEscalation: {
    body: s.createEscalationBodySchema,
    status: 201,
    response: s.escalationSchema,
  },
  updateEscalation: {
    body: s.updateEscalationBodySchema,
    status: 200,
    response: s.escalationSchema,
  },
  listIroContacts: {
    status: 200,
    response: s.iroContactListSchema,
  },
  recordIroContact: {
    body: s.createIroContactBodySchema,
    status: 201,
    response: s.iroContactSchema,
  },
  listMeetings: {
    query: [
      { name: 'iroId', description: 'Chaired by this IRO', schema: str('Staff id') },
      { name: 'childId', description: 'For this child', schema: str('Child id') },
      { name: 'from', description: 'On or after', schema: str('YYYY-MM-DD', 'date') },
      { name: 'to', description: 'On or before', schema: str('YYYY-MM-DD', 'date') },
      ...PAGE_QUERY,
    ],
    status: 200,
    response: s.meetingPageSchema,
  },
  bookMeeting: {
    body: s.createMeetingBodySchema,
    status: 201,
    response: s.reviewMeetingSchema,
  },
  updateMeeting: {
    body: s.updateMeetingBodySchema,
    status: 200,
    response: s.reviewMeetingSchema,
  },
  getTeamCalendar: {
    query: [
      {
        name: 'from',
        description: 'First day (inclusive)',
        schema: str('YYYY-MM-DD', 'date'),
        required: true,
      },
      {
        name: 'to',
        description: `Last day (inclusive): ${s.MAX_CALENDAR_DAYS} days at most`,
        schema: str('YYYY-MM-DD', 'date'),
        required: true,
      },
      {
        name: 'iroIds',
        description: 'Comma-separated IRO ids (none: every IRO the caller may see)',
        schema: str('Staff ids'),
      },
      ...PAGE_QUERY,
    ],
    status: 200,
    response: s.teamCalendarSchema,
  },
  getMeeting: {
    status: 200,
    response: s.bookingMeetingViewSchema,
  },
  getMeetingDocuments: {
    status: 200,
    response: s.meetingDocumentsSchema,
  },
  getReviewDocuments: {
    status: 200,
    response: s.reviewDocumentsSchema,
  },
  listDocumentTemplates: {
    status: 200,
    response: s.documentTemplateListSchema,
  },
  updateDocumentTemplate: {
    body: s.updateDocumentTemplateBodySchema,
    status: 200,
    response: s.documentTemplateSchema,
  },
  getBookingQueue: {
    query: [
      { name: 'iroId', description: 'Only this IRO’s children', schema: str('Staff id') },
      {
        name: 'weeks',
        description: `Horizon: reviews due within this many weeks (default ${s.DEFAULT_BOOKING_HORIZON_WEEKS}); overdue ones are always included`,
        schema: int('Weeks', 1, 52),
      },
      {
        name: 'page',
        description: 'Page number from 1: the same page of every list (counts: each list’s length)',
        schema: int('Page', 1),
      },
      PAGE_QUERY[1] as QueryParameter,
    ],
    status: 200,
    response: s.bookingQueueSchema,
  },
  getChildBooking: {
    status: 200,
    response: s.bookingViewSchema,
  },
  listAuditEvents: {
    query: [
      { name: 'childId', description: 'For this child', schema: str('Child id') },
      { name: 'page', description: 'Page number from 1', schema: int('Page', 1) },
      {
        name: 'pageSize',
        description: `Items a page (default ${s.DEFAULT_PAGE_SIZE})`,
        schema: int('Page size', 1, s.MAX_PAGE_SIZE),
      },
    ],
    status: 200,
    response: s.auditEventPageSchema,
  },
  getAnnualReport: {
    query: [
      {
        name: 'from',
        description: 'First day of the period',
        schema: str('Date', 'date'),
        required: true,
      },
      {
        name: 'to',
        description: 'Last day of the period (the period is at most 10 years)',
        schema: str('Date', 'date'),
        required: true,
      },
      { name: 'iroId', description: 'Team managers: one IRO’s caseload', schema: str('IRO id') },
    ],
    status: 200,
    response: s.annualReportSchema,
  },
  getAnnexAList8: {
    query: [
      {
        name: 'asAt',
        description: 'The day the list is as at: children looked after that day (today or before)',
        schema: str('Date', 'date'),
        required: true,
      },
      {
        name: 'format',
        description: 'csv (UTF-8, no byte order mark) or xlsx',
        schema: { type: 'string', enum: [...s.ANNEX_A_FORMATS] },
        required: true,
      },
    ],
    status: 200,
    response: null,
    files: [
      { type: 'text/csv', description: 'List 8 as CSV: Ofsted’s headers, dates DD/MM/YYYY' },
      {
        type: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
        description: 'List 8 as an Excel workbook: one sheet, the same cells as the CSV',
      },
    ],
  },
  getTeamOverview: {
    status: 200,
    response: t.teamOverviewSchema,
  },
  listReviewsAtRisk: {
    query: [
      {
        name: 'weeks',
        description: 'Look ahead 2, 4 or 8 weeks (default 4)',
        schema: { type: 'integer', enum: [2, 4, 8] },
      },
      {
        name: 'until',
        description: 'Or look ahead to this date (today or later; not with weeks)',
        schema: str('YYYY-MM-DD', 'date'),
      },
      { name: 'iroId', description: 'Only this IRO’s children', schema: str('Staff id') },
      {
        name: 'category',
        description: 'Comma-separated: overdue, not-booked, booked-late',
        schema: str('Categories'),
      },
      { name: 'page', description: 'Page number from 1', schema: int('Page', 1) },
      {
        name: 'pageSize',
        description: `Reviews a page (default ${t.AT_RISK_PAGE_SIZE}); the groups count every page`,
        schema: int('Page size', 1, s.MAX_PAGE_SIZE),
      },
    ],
    status: 200,
    response: t.atRiskListSchema,
  },
  getSignOffQueue: {
    query: [
      { name: 'iroId', description: 'Only this IRO’s children', schema: str('Staff id') },
      ...PAGE_QUERY,
    ],
    status: 200,
    response: t.signOffQueueSchema,
  },
  listOpenEscalations: {
    query: [
      { name: 'iroId', description: 'Only this IRO’s children', schema: str('Staff id') },
      ...PAGE_QUERY,
    ],
    status: 200,
    response: t.openEscalationsSchema,
  },
  importSsda903: {
    body: ssda.ssda903ImportBodySchema,
    status: 201,
    response: ssda.ssda903ImportResultSchema,
  },
  checkSsda903: {
    body: ssda.ssda903CheckBodySchema,
    status: 200,
    response: ssda.ssda903CheckResultSchema,
  },
  compareSsda903: {
    body: ssda.ssda903CheckBodySchema,
    status: 200,
    response: ssda.ssda903CompareResultSchema,
  },
  getSsda903Reviews: {
    query: [
      {
        name: 'year',
        description: 'The year the collection year starts: 2025 is 1 April 2025 to 31 March 2026',
        schema: int('Year', 2000, 2100),
        required: true,
      },
    ],
    status: 200,
    response: ssda.ssda903ReviewsExportSchema,
  },
  listTasks: {
    query: [
      {
        name: 'urgency',
        description: 'Only the tasks late, due (within 5 working days) or later',
        schema: { type: 'string', enum: [...s.TASK_URGENCY_VALUES] },
      },
      ...PAGE_QUERY,
    ],
    status: 200,
    response: s.taskPageSchema,
  },
  getTaskSummary: { status: 200, response: s.taskSummarySchema },
  sendDigests: { status: 200, response: s.sendDigestsResultSchema },
  listOutbox: {
    query: [
      {
        name: 'staffId',
        description: 'Only the messages to this person (an IRO and business support: themselves)',
        schema: str('Staff id'),
      },
      ...PAGE_QUERY,
    ],
    status: 200,
    response: s.outboxPageSchema,
  },
  getOutboxMessage: { status: 200, response: s.outboxMessageSchema },
  listDrafts: {
    status: 200,
    response: s.draftListSchema,
  },
  getDraft: {
    status: 200,
    response: s.draftSchema,
  },
  saveDraft: {
    body: s.saveDraftBodySchema,
    status: 200,
    response: s.draftSummarySchema,
  },
  deleteDraft: {
    status: 204,
    response: null,
  },
  resetMockDatabase: {
    body: s.mockResetBodySchema,
    status: 200,
    response: s.mockStateSchema,
  },
  setMockClock: {
    body: s.mockClockBodySchema,
    status: 200,
    response: s.clockSchema,
  },
  setMockScenario: {
    body: s.mockScenarioBodySchema,
    status: 200,
    response: s.mockScenarioSchema,
  },
  getMockState: {
    status: 200,
    response: s.mockStateSchema,
  },
};
