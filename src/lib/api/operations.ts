// Every operation of the REST API and who may call it: the one table the mock backend's handlers
// (mocks/http/route.ts) and the OpenAPI document (mocks/openapi.ts) both read, and that the front
// end's route table is checked against (src/app/route-table.test.ts). Allocation rules (an IRO and
// their own children) are finer than a role and stay in the handlers; `access` says them in words.
import type { StaffRole } from './schemas';
import { DRAFT_BODY_LIMIT_BYTES } from './schemas/drafts';

export { roleRefusal } from './role-refusal';

export type HttpMethod = 'get' | 'post' | 'put' | 'patch' | 'delete';

export interface Operation {
  method: HttpMethod;
  /** OpenAPI path relative to the /api server, e.g. /children/{childId}. */
  path: string;
  summary: string;
  /** Who may call it, in the order the 403 names them; null: no sign-in needed. */
  roles: readonly StaffRole[] | null;
  /** Extra words on who may do what (allocation rules), for the contract. */
  access?: string;
  /** The 403's reason for a role not in `roles`, where a general "only X can" would not help. */
  refusal?: string;
  /** A POST that only reads (a search sends its text in a body to keep it out of URLs). */
  readOnly?: boolean;
  /** Mock control: demo and tests only. */
  control?: boolean;
  /** The largest request body in bytes, when more than the default (mocks/http/request-guard.ts). */
  bodyLimit?: number;
}

const ALL: readonly StaffRole[] = ['iro', 'team-manager', 'business-support'];
const IRO_AND_MANAGER: readonly StaffRole[] = ['iro', 'team-manager'];
const MANAGER: readonly StaffRole[] = ['team-manager'];
const BOOKERS: readonly StaffRole[] = ['business-support', 'team-manager'];
/** Who records a child's journey through care (from the case system): not IROs. */
const CARE_RECORDERS: readonly StaffRole[] = ['team-manager', 'business-support'];

const BUSINESS_SUPPORT_LIST_REFUSAL =
  'Business support cannot list children’s records: use the booking queue, which has what booking needs';

export const operations = {
  signIn: {
    method: 'post',
    path: '/session',
    summary: 'Demo sign-in as a member of staff',
    roles: null,
  },
  getSession: { method: 'get', path: '/session', summary: 'Who is signed in', roles: ALL },
  signOut: { method: 'delete', path: '/session', summary: 'Sign out', roles: ALL },
  listDemoStaff: {
    method: 'get',
    path: '/demo/staff',
    summary: 'Staff to sign in as (demo sign-in page)',
    roles: null,
  },
  getClock: {
    method: 'get',
    path: '/clock',
    summary: 'The backend’s today in England',
    roles: null,
  },
  getCouncil: {
    method: 'get',
    path: '/council',
    summary: 'The council’s name, from its settings (shown before sign-in too)',
    roles: null,
  },
  getSettings: {
    method: 'get',
    path: '/settings',
    summary: 'The council’s settings',
    roles: ALL,
  },
  updateSettings: {
    method: 'put',
    path: '/settings',
    summary: 'Change the settings',
    roles: MANAGER,
  },
  listStaff: {
    method: 'get',
    path: '/staff',
    summary: 'Staff, with each IRO’s caseload counts and band',
    roles: ALL,
  },
  getBankHolidays: {
    method: 'get',
    path: '/bank-holidays',
    summary: 'England and Wales bank holidays (gov.uk feed shape)',
    roles: null,
  },
  listChildren: {
    method: 'get',
    path: '/children',
    summary: 'Children with their computed review status: filtered, sorted and paged on the server',
    roles: IRO_AND_MANAGER,
    access:
      'An IRO sees only their own caseload (another iroId: 403). Business support: 403 (the list carries review content); they use GET /booking-queue.',
    // Privacy: the list carries review content (participation, advocacy, escalations).
    refusal: BUSINESS_SUPPORT_LIST_REFUSAL,
  },
  getCaseloadSummary: {
    method: 'get',
    path: '/caseload-summary',
    summary: 'Counts of a caseload by status',
    roles: ALL,
    access: 'An IRO: their own caseload only.',
  },
  searchChildren: {
    method: 'post',
    path: '/children/search',
    summary:
      'Children whose name or council reference contains the search text: filtered, sorted and paged as GET /children',
    roles: IRO_AND_MANAGER,
    access:
      'As GET /children. A search is often a child’s name, so it is sent in the body, never in a URL (GET /children with q: 422).',
    refusal: BUSINESS_SUPPORT_LIST_REFUSAL,
    readOnly: true,
  },
  reallocateChildren: {
    method: 'post',
    path: '/children/reallocate',
    summary: 'Reallocate several children to one IRO (all or nothing)',
    roles: MANAGER,
  },
  getChild: {
    method: 'get',
    path: '/children/{childId}',
    summary: 'A child’s record with computed dates and history',
    roles: IRO_AND_MANAGER,
    access:
      'An IRO: children allocated to them only. Business support: 403 (the record holds review content); they use GET /children/{childId}/booking.',
    // Privacy: the record holds review content (participation, recommendations, midpoint notes).
    refusal:
      'Business support cannot see a child’s record: use the booking view of the child, which has what booking needs',
  },
  reallocateChild: {
    method: 'patch',
    path: '/children/{childId}',
    summary: 'Allocate a child awaiting an IRO, or reallocate a child to another IRO',
    roles: MANAGER,
  },
  createChild: {
    method: 'post',
    path: '/children',
    summary:
      'Record a new child becoming looked after: an S episode starts the period of care and its 20-working-day clock; the child awaits an IRO',
    roles: CARE_RECORDERS,
  },
  listLeftCare: {
    method: 'get',
    path: '/children/left-care',
    summary: 'Children whose last period of care has ended, most recent first',
    roles: IRO_AND_MANAGER,
    access: 'An IRO: the children allocated to them. Team managers: every child, or one IRO’s.',
  },
  getChildCare: {
    method: 'get',
    path: '/children/{childId}/care',
    summary:
      'A child’s journey through care: details, periods and episodes, the next review due date, allocation and meetings still booked (no review content)',
    roles: ALL,
    access: 'An IRO: children allocated to them only.',
  },
  recordCareEvent: {
    method: 'post',
    path: '/children/{childId}/care-events',
    summary:
      'Record a change of placement or legal status (a new episode), leaving care, or returning to care (a new period)',
    roles: CARE_RECORDERS,
    access:
      'Stale version: 409. Sequences are checked as the DfE checks them (422 naming the field).',
  },
  updateChildDetails: {
    method: 'patch',
    path: '/children/{childId}/details',
    summary:
      'Complete or correct a child’s details; a new date of birth re-checks the participation codes recorded',
    roles: CARE_RECORDERS,
  },
  getAllocationQueue: {
    method: 'get',
    path: '/allocation-queue',
    summary:
      'Children awaiting an IRO, oldest first, with the date an IRO should be allocated by (a setting) and the first review’s due date',
    roles: MANAGER,
  },
  recordReview: {
    method: 'post',
    path: '/children/{childId}/reviews',
    summary: 'Record a review',
    roles: ['iro'],
    access: 'The child’s allocated IRO only.',
    refusal: 'Only the child’s allocated IRO can record a review',
  },
  updateReview: {
    method: 'patch',
    path: '/reviews/{reviewId}',
    summary: 'Change a review',
    roles: ['iro'],
    access:
      'The child’s allocated IRO only. managerSignOffOn cannot be changed here (403): a team manager signs off with POST /reviews/{reviewId}/sign-off. Signed-off decisions cannot be changed (422).',
    refusal:
      'Only the child’s allocated IRO can change a review: a team manager agrees or queries the decisions on the sign-off page',
  },
  signOffReview: {
    method: 'post',
    path: '/reviews/{reviewId}/sign-off',
    summary:
      'The manager agrees the review’s decisions (signing them off today) or queries them with a reason',
    roles: MANAGER,
    access:
      'Team managers only. 422 when the decisions have not been sent, a query is waiting for the IRO’s answer, or they are already signed off; 409 when the version is stale.',
    refusal: 'Only a team manager can sign off a review’s decisions',
  },
  answerSignOffQuery: {
    method: 'post',
    path: '/reviews/{reviewId}/sign-off-queries/{queryId}/answer',
    summary: 'The IRO answers the manager’s query of the decisions, and may revise the decisions',
    roles: ['iro'],
    access: 'The child’s allocated IRO only. 422 when there is no open query; 409 when stale.',
    refusal: 'Only the child’s allocated IRO can answer a query of the review’s decisions',
  },
  updateRecommendation: {
    method: 'patch',
    path: '/reviews/{reviewId}/recommendations/{recommendationId}',
    summary:
      'Mark a recommendation done (with the date), no longer needed (with the date and a note), or open again',
    roles: ['iro'],
    access: 'The child’s allocated IRO only. version is the review’s (stale: 409).',
    refusal: 'Only the child’s allocated IRO can follow up a recommendation',
  },
  listOutstandingRecommendations: {
    method: 'get',
    path: '/recommendations/outstanding',
    summary:
      'Open recommendations of every child’s reviews in their current period of care, past target first, paged',
    roles: IRO_AND_MANAGER,
    access:
      'An IRO: their own caseload (another iroId: 403). Team managers: the team, or one IRO’s (iroId).',
    refusal: 'Business support cannot see recommendations: they are part of the review’s record',
  },
  withdrawReview: {
    method: 'post',
    path: '/reviews/{reviewId}/withdraw',
    summary:
      'Withdraw a review entered in error, with the reason: kept in the history and the audit, counted nowhere',
    roles: IRO_AND_MANAGER,
    access:
      'The child’s allocated IRO or a team manager. 409 when the version is stale; 422 when already withdrawn or without a reason.',
    refusal: 'Only the child’s allocated IRO or a team manager can withdraw a review',
  },
  getReviewDocuments: {
    method: 'get',
    path: '/reviews/{reviewId}/documents',
    summary:
      'The record of the review as a letter to the child, and the decisions summary for the social work manager, written from the council’s templates',
    roles: IRO_AND_MANAGER,
    access: 'The child’s allocated IRO or a team manager. Not a withdrawn review (422).',
    refusal:
      'Business support cannot see the letter to the child or the decisions summary: they hold the review’s content',
  },
  listDocumentTemplates: {
    method: 'get',
    path: '/document-templates',
    summary: 'The council’s document templates, each with the placeholders its kind may use',
    roles: ALL,
  },
  updateDocumentTemplate: {
    method: 'put',
    path: '/document-templates/{kind}',
    summary:
      'Change one of the council’s document templates (422 naming an unknown placeholder and its line, an empty or over-long text)',
    roles: MANAGER,
    access:
      'Team managers only (a reading: the council’s words to children and families are a manager’s to agree). Stale version: 409.',
    refusal: 'Only a team manager can change the council’s document templates',
  },
  recordMidpointCheck: {
    method: 'post',
    path: '/children/{childId}/midpoint-checks',
    summary: 'Record a midpoint check',
    roles: ['iro'],
    access: 'The child’s allocated IRO only.',
    refusal: 'Only the child’s allocated IRO can record a midpoint check',
  },
  updateMidpointCheck: {
    method: 'patch',
    path: '/midpoint-checks/{checkId}',
    summary: 'Change a midpoint check',
    roles: ['iro'],
    access: 'The child’s allocated IRO only.',
    refusal: 'Only the child’s allocated IRO can change a midpoint check',
  },
  raiseEscalation: {
    method: 'post',
    path: '/children/{childId}/escalations',
    summary:
      'Raise an escalation (dispute resolution protocol), with a referral to Cafcass if one was made',
    roles: ['iro'],
    access: 'The child’s allocated IRO only.',
    refusal: 'Only the child’s allocated IRO can raise an escalation',
  },
  updateEscalation: {
    method: 'patch',
    path: '/escalations/{escalationId}',
    summary:
      'Move an escalation to the next stage, resolve it, or refer the child’s case to Cafcass (at any stage, once)',
    roles: IRO_AND_MANAGER,
    access:
      'The allocated IRO; a team manager may resolve. Only the allocated IRO refers to Cafcass.',
    refusal: 'Only the child’s allocated IRO or a team manager can change an escalation',
  },
  listIroContacts: {
    method: 'get',
    path: '/children/{childId}/iro-contacts',
    summary: 'The IRO’s contacts with the child between reviews, latest first, and when last seen',
    roles: IRO_AND_MANAGER,
    access:
      'An IRO: children allocated to them only. Business support: 403 (contacts hold what the child said).',
    refusal: 'Business support cannot see the IRO’s contacts with a child',
  },
  recordIroContact: {
    method: 'post',
    path: '/children/{childId}/iro-contacts',
    summary:
      'Record the IRO’s contact with the child between reviews (visit, phone call, video call or message)',
    roles: ['iro'],
    access: 'The child’s allocated IRO only.',
    refusal: 'Only the child’s allocated IRO can record a contact with the child',
  },
  listMeetings: {
    method: 'get',
    path: '/meetings',
    summary: 'Review meetings, by date',
    roles: ALL,
    access: 'An IRO sees the meetings they chair.',
  },
  bookMeeting: {
    method: 'post',
    path: '/children/{childId}/meetings',
    summary: 'Book a review meeting',
    roles: BOOKERS,
  },
  updateMeeting: {
    method: 'patch',
    path: '/meetings/{meetingId}',
    summary: 'Update, reschedule, postpone, adjourn, cancel or mark a meeting held',
    roles: BOOKERS,
  },
  getTeamCalendar: {
    method: 'get',
    path: '/calendar',
    summary:
      'The team calendar: review meetings between two dates for every IRO or a chosen few, with clashes and meetings outside timescale marked',
    roles: ALL,
    access:
      'Team managers and business support: every IRO’s meetings. An IRO: only the meetings they chair (naming another IRO is 403); a colleague’s diary is not theirs to read.',
    refusal: 'You can only see the meetings you chair',
  },
  getMeeting: {
    method: 'get',
    path: '/meetings/{meetingId}',
    summary: 'One meeting with its readiness, and the child and review it is for (booking view)',
    roles: ['business-support', 'team-manager', 'iro'],
    access: 'An IRO: meetings they chair or for children allocated to them.',
  },
  getMeetingDocuments: {
    method: 'get',
    path: '/meetings/{meetingId}/documents',
    summary:
      'The invitations (one per invitee, in their contact method) and consultation forms (by age band, and for parents and carers) for a meeting, written from the council’s templates',
    roles: ['business-support', 'team-manager', 'iro'],
    access: 'As GET /meetings/{meetingId}. No review content: business support may produce them.',
  },
  getBookingQueue: {
    method: 'get',
    path: '/booking-queue',
    summary:
      'Reviews to book within a horizon (latest in-timescale working day, working days left), meetings booked after the due date, meetings cancelled or postponed without a new date, and meetings whose invitations have not gone',
    roles: BOOKERS,
  },
  getChildBooking: {
    method: 'get',
    path: '/children/{childId}/booking',
    summary:
      'What booking needs about a child: name, reference, IRO, social worker, the next review and its meetings with readiness',
    roles: BOOKERS,
    access:
      'Business support see this instead of the child’s record (GET /children/{childId} is 403 to them).',
  },
  listAuditEvents: {
    method: 'get',
    path: '/audit-events',
    summary: 'Audit of every change, newest first',
    roles: ['team-manager', 'iro'],
    access: 'Team managers: everything. An IRO: one child allocated to them (childId required).',
  },
  getAnnualReport: {
    method: 'get',
    path: '/reports/annual',
    summary: 'The annual IRO report figures for a period, each with its definition',
    roles: ['team-manager', 'iro'],
    access:
      'Team managers: every child, or one IRO’s caseload (iroId). An IRO: the children allocated to them only.',
  },
  getAnnexAList8: {
    method: 'get',
    path: '/reports/annex-a/list-8',
    summary:
      'Ofsted ILACS Annex A, List 8 (children in care) as at a date, as a CSV or Excel file (audited)',
    roles: MANAGER,
    access:
      'Team managers only: every child in care, for the council’s inspection return. Each download is audited.',
  },
  getTeamOverview: {
    method: 'get',
    path: '/team/overview',
    summary:
      'Team overview: each IRO’s caseload against the band, what is overdue or at risk in the next 4 weeks, and the year to date',
    roles: MANAGER,
  },
  listReviewsAtRisk: {
    method: 'get',
    path: '/team/reviews-at-risk',
    summary:
      'Reviews at risk across the team: overdue, or due within the horizon and not booked or booked after the due date; by due date',
    roles: MANAGER,
  },
  getSignOffQueue: {
    method: 'get',
    path: '/team/sign-off-queue',
    summary:
      'Reviews whose decisions await the manager’s sign-off, oldest first, flagged when past the setting',
    roles: MANAGER,
  },
  listOpenEscalations: {
    method: 'get',
    path: '/team/escalations',
    summary:
      'Open escalations (dispute resolution protocol) by stage and age, flagged when open longer than the setting',
    roles: MANAGER,
  },
  importSsda903: {
    bodyLimit: 20 * 1024 * 1024,
    method: 'post',
    path: '/ssda903/import',
    summary:
      'Import or refresh children, episodes and reviews from the DfE SSDA903 return (all or nothing; checked and merged again with the preview’s rules)',
    roles: MANAGER,
    access:
      'Rows as the DfE writes them (dates dd/mm/yyyy). Any row problem is a 422 naming each row (field header.0.DOB is row 2 of the header file) and nothing is written. A CHILD already in the tracker is merged: new episodes, the end of an open episode and new reviews are added; a conflict is listed and never overwritten. The response says per child what changed.',
  },
  checkSsda903: {
    bodyLimit: 20 * 1024 * 1024,
    method: 'post',
    path: '/ssda903/check',
    summary:
      'Check the DfE SSDA903 return’s three files with the import’s own rules, changing nothing: every problem (paged) with file, row, column and DfE rule number, the whole-file notices, and counts by file and by rule',
    roles: MANAGER,
    readOnly: true,
    access:
      'The same rows as the import. The import refuses exactly what this refuses; a needs-confirmation notice (no-reviews) must be confirmed in the import body (confirm: ["no-reviews"]).',
  },
  compareSsda903: {
    bodyLimit: 20 * 1024 * 1024,
    method: 'post',
    path: '/ssda903/compare',
    summary:
      'Compare the DfE SSDA903 return with the tracker as the import would merge it, changing nothing: the totals, and the children with changes and the conflicts, each paged',
    roles: MANAGER,
    readOnly: true,
    access:
      'The same rows as the import and the check; children the check refuses are left out, as the import would.',
  },
  getSsda903Reviews: {
    method: 'get',
    path: '/ssda903/reviews',
    summary:
      'The SSDA903 reviews file rows (CHILD, DOB, REVIEW, REVIEW_CODE) for a collection year',
    roles: MANAGER,
  },
  listTasks: {
    method: 'get',
    path: '/tasks',
    summary:
      'The signed-in person’s tasks: what is due next, late first, then by due date, each with the working days left, the reason and the action that completes it; paged, with counts by kind',
    roles: ALL,
    access:
      'Each person their own: an IRO the tasks of their own caseload; a team manager the team’s (allocation, sign-off, reviews at risk, escalations, caseloads, participation); business support the booking tasks.',
  },
  getTaskSummary: {
    method: 'get',
    path: '/tasks/summary',
    summary:
      'The counts of the signed-in person’s tasks (late, due, by kind), for the navigation badge',
    roles: ALL,
    access: 'As GET /tasks.',
  },
  sendDigests: {
    method: 'post',
    path: '/digests',
    summary:
      'Build today’s reminder digests: for each member of staff with tasks due or late, one message listing them (GET /outbox); the server also sends them by email',
    roles: MANAGER,
    access: 'Once a day a person: a second run the same day builds and sends nothing again.',
  },
  listOutbox: {
    method: 'get',
    path: '/outbox',
    summary: 'The reminder messages built, newest first, paged (who to, subject, sent or not)',
    roles: ALL,
    access: 'An IRO and business support: the messages addressed to them; a team manager: all.',
  },
  getOutboxMessage: {
    method: 'get',
    path: '/outbox/{messageId}',
    summary: 'One reminder message: its text and HTML bodies',
    roles: ALL,
    access: 'As GET /outbox.',
  },
  listDrafts: {
    method: 'get',
    path: '/drafts',
    summary:
      'The signed-in person’s own drafts (unsaved forms), newest first, without their values',
    roles: ALL,
    access: 'Only the person’s own drafts, and only those about records they may still change.',
  },
  getDraft: {
    method: 'get',
    path: '/drafts/{formKey}',
    summary: 'The signed-in person’s draft of one form (formKey: the form and its subject)',
    roles: ALL,
    access:
      'Only the person’s own draft; refused (403) exactly as the form’s own operation would refuse them (a review: the child’s allocated IRO; a meeting: business support and team managers).',
  },
  saveDraft: {
    method: 'put',
    path: '/drafts/{formKey}',
    summary:
      'Keep a form’s unsaved values as the person’s draft (replacing the last), with the version of the record it edits; dropped after DRAFT_RETENTION_DAYS without a save',
    roles: ALL,
    access: 'As getDraft. The body is at most DRAFT_BODY_LIMIT_BYTES (413).',
    bodyLimit: DRAFT_BODY_LIMIT_BYTES,
  },
  deleteDraft: {
    method: 'delete',
    path: '/drafts/{formKey}',
    summary: 'Discard the person’s draft of one form (the form was saved or cancelled)',
    roles: ALL,
    access: 'As getDraft.',
  },
  resetMockDatabase: {
    method: 'post',
    path: '/__mock/reset',
    summary: 'Mock only: reseed the demo data',
    roles: null,
    control: true,
  },
  setMockClock: {
    method: 'post',
    path: '/__mock/clock',
    summary: 'Mock only: set the backend’s today',
    roles: null,
    control: true,
  },
  setMockScenario: {
    method: 'post',
    path: '/__mock/scenario',
    summary: 'Mock only: latency and faults',
    roles: null,
    control: true,
  },
  getMockState: {
    method: 'get',
    path: '/__mock/state',
    summary: 'Mock only: seed, today, scenario and record counts',
    roles: null,
    control: true,
  },
} as const satisfies Record<string, Operation>;

export type OperationId = keyof typeof operations;

export const OPERATION_IDS = Object.keys(operations) as OperationId[];

/** The operation's entry, typed as the general shape. */
export function operation(id: OperationId): Operation {
  return operations[id];
}

/** Whether a signed-in member of staff with this role gets past the operation's role check. */
export function roleMayCall(id: OperationId, role: StaffRole): boolean {
  const { roles } = operation(id);
  return roles === null || roles.includes(role);
}
