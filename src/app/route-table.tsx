// Who may go where, said once. The router, the navigation, each role's home page and the role
// guard all read this table; src/app/route-table.test.tsx checks every page's requests against the
// backend's operations table (src/lib/api/operations.ts), so a page never offers a role what the
// backend would refuse it.
import { lazy, type ComponentType, type LazyExoticComponent } from 'react';
import { matchRoutes, type Params } from 'react-router';
import { caseloadFirstReads } from '@/features/caseload/first-reads';
import type { OperationId } from '@/lib/api/operations';
import type { StaffRole } from '@/lib/api/schemas';
import { paths } from '@/lib/paths';
import type { FirstRead } from '@/lib/queries/first-read';
import type { SignedInStaff } from '@/stores/session-store';

// Every feature loads when first opened, so the first download (sign in, the shell, the API client)
// stays small: each role fetches only the pages its job uses (bench/bundle.bench.ts checks the
// budget). A feature's pages share one chunk, so moving around a feature loads nothing new.
const features = {
  caseload: () => import('@/features/caseload'),
  childRecord: () => import('@/features/child-record'),
  team: () => import('@/features/team'),
  booking: () => import('@/features/booking'),
  reports: () => import('@/features/reports'),
  import: () => import('@/features/import'),
  care: () => import('@/features/care'),
  recommendations: () => import('@/features/recommendations'),
  documents: () => import('@/features/documents'),
  settings: () => import('@/features/settings'),
  tasks: () => import('@/features/tasks'),
  outbox: () => import('@/features/outbox'),
};

/** A page that loads when first shown, or sooner: `preload` starts its code's download. */
export type LazyPage = LazyExoticComponent<ComponentType> & { preload: () => Promise<unknown> };

function lazyPage<M>(load: () => Promise<M>, name: keyof M): LazyPage {
  const page = lazy(async () => ({ default: (await load())[name] as ComponentType }));
  return Object.assign(page, { preload: load });
}

/** What a route's first reads are worked out from: who is signed in and the address. */
export interface FirstReadContext {
  staff: SignedInStaff;
  params: Params;
  searchParams: URLSearchParams;
}

export interface AppRoute {
  path: string;
  /** Who may open the page, in the order a refusal names them. */
  roles: readonly StaffRole[];
  /** Where a role not in `roles` is taken instead of being refused (business support's views). */
  otherwise?: Partial<Record<StaffRole, (params: Params) => string>>;
  /** The navigation item's text for each role that has one (in the table's order). */
  navigation?: Partial<Record<StaffRole, string>>;
  /**
   * The section of a role's navigation the page's item is in (`navigationSectionsFor`): the
   * service navigation has one item for the section, its first page in the table's order.
   */
  section?: Partial<Record<StaffRole, string>>;
  /** The refusal page's heading for anyone else (default "You cannot use this page"). */
  refusedTitle?: string;
  /** The roles whose home page this is. */
  homeOf?: readonly StaffRole[];
  page: LazyPage;
  /** The loading state's heading while the page's code (or the session) arrives. */
  loading?: string;
  /**
   * The queries the page reads before it can show anything, started as soon as the route
   * matches: on a first load beside the session's own requests and the page's code
   * (src/app/first-load.ts), on a move within the app beside the page's code. Each must be one of
   * `operations` (src/app/route-table.test.tsx checks).
   */
  firstReads?: (context: FirstReadContext) => readonly FirstRead[];
  /** Every API operation the page may call (checked against the backend's roles). */
  operations: readonly OperationId[];
  /**
   * Operations the page offers to some of its roles only (the allocated IRO marking a
   * recommendation done on the child's record), checked against those roles.
   */
  actions?: Partial<Record<StaffRole, readonly OperationId[]>>;
}

const IRO_AND_MANAGER: readonly StaffRole[] = ['iro', 'team-manager'];
const MANAGER: readonly StaffRole[] = ['team-manager'];
const BOOKERS: readonly StaffRole[] = ['business-support', 'team-manager'];
/** A form that keeps a draft (src/lib/use-form-draft.ts) reads, saves and discards it. */
const DRAFTS: readonly OperationId[] = ['getDraft', 'saveDraft', 'deleteDraft'];
const BOOKING_PAGE: readonly OperationId[] = ['getMeeting', 'getChildBooking', 'listStaff'];
/** Who records a child's journey through care (the backend's care recorders): not IROs. */
const CARE_RECORDERS: readonly StaffRole[] = ['team-manager', 'business-support'];
const ALL: readonly StaffRole[] = ['iro', 'team-manager', 'business-support'];

/** Every signed-in page. The order is the navigation's order. */
export const appRoutes: readonly AppRoute[] = [
  // Every role starts at what needs doing next (issue 20); the navigation shows how many are due.
  {
    path: paths.tasks,
    roles: ALL,
    navigation: { iro: 'Tasks', 'team-manager': 'Tasks', 'business-support': 'Tasks' },
    homeOf: ALL,
    page: lazyPage(features.tasks, 'TasksPage'),
    loading: 'Loading your tasks',
    operations: ['listTasks'],
  },
  {
    path: paths.team,
    roles: MANAGER,
    navigation: { 'team-manager': 'Team overview' },
    section: { 'team-manager': 'Team' },
    page: lazyPage(features.team, 'TeamOverviewPage'),
    operations: ['getTeamOverview'],
  },
  {
    path: paths.atRisk,
    roles: MANAGER,
    navigation: { 'team-manager': 'Reviews at risk' },
    section: { 'team-manager': 'Team' },
    page: lazyPage(features.team, 'AtRiskPage'),
    operations: ['getTeamOverview', 'listReviewsAtRisk', 'listStaff'],
  },
  {
    path: paths.reallocate,
    roles: MANAGER,
    page: lazyPage(features.team, 'ReallocatePage'),
    operations: [
      'getTeamOverview',
      'listStaff',
      'listChildren',
      'reallocateChild',
      'reallocateChildren',
    ],
  },
  {
    path: paths.signOff,
    roles: MANAGER,
    navigation: { 'team-manager': 'Sign-off' },
    section: { 'team-manager': 'Team' },
    page: lazyPage(features.team, 'SignOffPage'),
    operations: ['getTeamOverview', 'getSignOffQueue', 'listStaff'],
  },
  {
    path: paths.escalations,
    roles: MANAGER,
    navigation: { 'team-manager': 'Escalations' },
    section: { 'team-manager': 'Team' },
    page: lazyPage(features.team, 'EscalationsPage'),
    operations: ['getTeamOverview', 'listOpenEscalations', 'listStaff'],
  },
  {
    path: paths.caseload,
    roles: IRO_AND_MANAGER,
    // Business support never see review content: the booking queue has what booking needs.
    otherwise: { 'business-support': () => paths.booking },
    navigation: { iro: 'My caseload', 'team-manager': 'Caseloads' },
    section: { 'team-manager': 'Children' },
    page: lazyPage(features.caseload, 'CaseloadPage'),
    loading: 'Loading the caseload',
    firstReads: caseloadFirstReads,
    operations: ['listChildren', 'searchChildren', 'getCaseloadSummary', 'listStaff'],
  },
  {
    path: paths.recommendations,
    roles: IRO_AND_MANAGER,
    navigation: { iro: 'Recommendations', 'team-manager': 'Recommendations' },
    section: { 'team-manager': 'Children' },
    page: lazyPage(features.recommendations, 'OutstandingRecommendationsPage'),
    loading: 'Loading the outstanding recommendations',
    operations: ['listOutstandingRecommendations', 'listStaff'],
  },
  {
    path: paths.childPattern,
    roles: IRO_AND_MANAGER,
    otherwise: { 'business-support': (params) => paths.bookingChild(params.childId ?? '') },
    page: lazyPage(features.childRecord, 'ChildRecordPage'),
    operations: ['getChild', 'listAuditEvents', 'listStaff', 'listIroContacts'],
    actions: { iro: ['updateRecommendation'] },
  },
  {
    path: paths.recordReviewPattern,
    roles: ['iro'],
    page: lazyPage(features.childRecord, 'RecordReviewPage'),
    operations: ['getChild', 'getBankHolidays', 'recordReview', ...DRAFTS],
  },
  {
    path: paths.editReviewPattern,
    roles: ['iro'],
    page: lazyPage(features.childRecord, 'EditReviewPage'),
    operations: ['getChild', 'getBankHolidays', 'updateReview', ...DRAFTS],
  },
  {
    path: paths.withdrawReviewPattern,
    roles: IRO_AND_MANAGER,
    page: lazyPage(features.childRecord, 'WithdrawReviewPage'),
    operations: ['getChild', 'getBankHolidays', 'listStaff', 'withdrawReview'],
  },
  // The letter to the child and the decisions summary are review content: never business support.
  {
    path: paths.reviewDocumentsPattern,
    roles: IRO_AND_MANAGER,
    refusedTitle: 'You cannot see the letter to the child',
    page: lazyPage(features.documents, 'ReviewDocumentsPage'),
    loading: 'Loading the documents',
    operations: ['getReviewDocuments'],
  },
  {
    path: paths.printReviewDocumentPattern,
    roles: IRO_AND_MANAGER,
    refusedTitle: 'You cannot see the letter to the child',
    page: lazyPage(features.documents, 'PrintReviewDocumentPage'),
    loading: 'Loading the document',
    operations: ['getReviewDocuments'],
  },
  {
    path: paths.signOffReviewPattern,
    roles: MANAGER,
    page: lazyPage(features.childRecord, 'SignOffReviewPage'),
    operations: ['getChild', 'listStaff', 'signOffReview'],
  },
  {
    path: paths.answerSignOffQueryPattern,
    roles: ['iro'],
    page: lazyPage(features.childRecord, 'AnswerSignOffQueryPage'),
    operations: ['getChild', 'answerSignOffQuery'],
  },
  {
    path: paths.recordMidpointPattern,
    roles: ['iro'],
    page: lazyPage(features.childRecord, 'RecordMidpointCheckPage'),
    operations: ['getChild', 'recordMidpointCheck', ...DRAFTS],
  },
  {
    path: paths.recordIroContactPattern,
    roles: ['iro'],
    page: lazyPage(features.childRecord, 'RecordIroContactPage'),
    operations: ['getChild', 'recordIroContact', ...DRAFTS],
  },
  {
    path: paths.raiseEscalationPattern,
    roles: ['iro'],
    page: lazyPage(features.childRecord, 'RaiseEscalationPage'),
    operations: ['getChild', 'raiseEscalation', ...DRAFTS],
  },
  {
    path: paths.updateEscalationPattern,
    roles: IRO_AND_MANAGER,
    page: lazyPage(features.childRecord, 'UpdateEscalationPage'),
    operations: ['getChild', 'listStaff', 'updateEscalation'],
  },
  {
    path: paths.allocationQueue,
    roles: MANAGER,
    navigation: { 'team-manager': 'Awaiting allocation' },
    section: { 'team-manager': 'Children' },
    page: lazyPage(features.care, 'AllocationQueuePage'),
    operations: ['getAllocationQueue'],
  },
  {
    path: paths.allocateChildPattern,
    roles: MANAGER,
    page: lazyPage(features.care, 'AllocateChildPage'),
    operations: ['getChildCare', 'listStaff', 'reallocateChild'],
  },
  {
    path: paths.leftCare,
    roles: IRO_AND_MANAGER,
    navigation: { iro: 'Left care', 'team-manager': 'Left care' },
    section: { 'team-manager': 'Children' },
    page: lazyPage(features.care, 'LeftCarePage'),
    operations: ['listLeftCare', 'listStaff'],
  },
  {
    path: paths.reports,
    roles: ['team-manager', 'iro'],
    navigation: { iro: 'Reports', 'team-manager': 'Reports' },
    section: { 'team-manager': 'Reports' },
    page: lazyPage(features.reports, 'ReportsPage'),
    loading: 'Loading the report',
    operations: ['getAnnualReport', 'listStaff'],
  },
  {
    path: paths.annexAList8,
    roles: MANAGER,
    refusedTitle: 'You cannot download Ofsted’s Annex A',
    page: lazyPage(features.reports, 'AnnexAPage'),
    loading: 'Loading the page',
    operations: ['getAnnexAList8'],
  },
  {
    path: paths.ssda903Import,
    roles: MANAGER,
    navigation: { 'team-manager': 'Import SSDA903' },
    section: { 'team-manager': 'Reports' },
    refusedTitle: 'You cannot import the return',
    page: lazyPage(features.import, 'ImportReturnPage'),
    loading: 'Loading the import',
    operations: [
      'checkSsda903',
      'compareSsda903',
      'importSsda903',
      'listStaff',
      'reallocateChildren',
    ],
  },
  {
    path: paths.ssda903Export,
    roles: MANAGER,
    refusedTitle: 'You cannot download the reviews file',
    page: lazyPage(features.import, 'ExportReviewsPage'),
    loading: 'Loading the export',
    operations: ['getSsda903Reviews'],
  },
  {
    path: paths.booking,
    roles: BOOKERS,
    navigation: { 'business-support': 'Booking queue' },
    page: lazyPage(features.booking, 'BookingQueuePage'),
    operations: ['getBookingQueue', 'listStaff'],
  },
  {
    // Everyone's meetings for business support and team managers; an IRO's own for an IRO.
    path: paths.calendar,
    roles: ALL,
    navigation: {
      'business-support': 'Team calendar',
      'team-manager': 'Team calendar',
      iro: 'My calendar',
    },
    section: { 'team-manager': 'Team' },
    page: lazyPage(features.booking, 'TeamCalendarPage'),
    operations: ['getTeamCalendar', 'listStaff'],
  },
  {
    path: paths.bookingChildPattern,
    roles: BOOKERS,
    page: lazyPage(features.booking, 'BookingChildPage'),
    operations: ['getChildBooking'],
  },
  {
    path: paths.bookMeetingPattern,
    roles: BOOKERS,
    page: lazyPage(features.booking, 'BookMeetingPage'),
    operations: [
      'getChildBooking',
      'listStaff',
      'listMeetings',
      'getBankHolidays',
      'bookMeeting',
      ...DRAFTS,
    ],
  },
  {
    path: paths.bookingMeetingPattern,
    // An IRO may look at a meeting they chair; only booking changes it.
    roles: ['business-support', 'team-manager', 'iro'],
    page: lazyPage(features.booking, 'MeetingPage'),
    operations: ['getMeeting', 'listStaff'],
  },
  {
    path: paths.rescheduleMeetingPattern,
    roles: BOOKERS,
    page: lazyPage(features.booking, 'RescheduleMeetingPage'),
    operations: [...BOOKING_PAGE, 'listMeetings', 'getBankHolidays', 'updateMeeting', ...DRAFTS],
  },
  {
    path: paths.changeMeetingStatusPattern,
    roles: BOOKERS,
    page: lazyPage(features.booking, 'ChangeMeetingStatusPage'),
    operations: [...BOOKING_PAGE, 'updateMeeting'],
  },
  {
    path: paths.meetingInvitationsPattern,
    roles: BOOKERS,
    page: lazyPage(features.booking, 'MeetingInvitationsPage'),
    operations: [...BOOKING_PAGE, 'updateMeeting'],
  },
  // Invitations and consultation forms: what booking sends (no review content).
  {
    path: paths.meetingDocumentsPattern,
    roles: ['business-support', 'team-manager', 'iro'],
    page: lazyPage(features.documents, 'MeetingDocumentsPage'),
    loading: 'Loading the documents',
    operations: ['getMeetingDocuments'],
  },
  {
    path: paths.printMeetingDocumentPattern,
    roles: ['business-support', 'team-manager', 'iro'],
    page: lazyPage(features.documents, 'PrintMeetingDocumentPage'),
    loading: 'Loading the document',
    operations: ['getMeetingDocuments'],
  },
  {
    path: paths.settings,
    roles: MANAGER,
    navigation: { 'team-manager': 'Settings' },
    section: { 'team-manager': 'Settings' },
    refusedTitle: 'You cannot change the settings',
    page: lazyPage(features.settings, 'SettingsPage'),
    operations: ['getSettings', 'updateSettings'],
  },
  {
    path: paths.documentTemplates,
    roles: MANAGER,
    navigation: { 'team-manager': 'Templates' },
    section: { 'team-manager': 'Settings' },
    refusedTitle: 'You cannot change the document templates',
    page: lazyPage(features.documents, 'DocumentTemplatesPage'),
    operations: ['listDocumentTemplates'],
  },
  {
    path: paths.editDocumentTemplatePattern,
    roles: MANAGER,
    refusedTitle: 'You cannot change the document templates',
    page: lazyPage(features.documents, 'EditDocumentTemplatePage'),
    operations: ['listDocumentTemplates', 'updateDocumentTemplate'],
  },
  // The child's journey through care: recorded by team managers and business support (from the
  // case system), seen by every role (an IRO only for their own children: the backend's 403).
  {
    path: paths.careNewChild,
    roles: CARE_RECORDERS,
    navigation: {
      'business-support': 'Record a child becoming looked after',
      'team-manager': 'Becoming looked after',
    },
    section: { 'team-manager': 'Children' },
    refusedTitle: 'You cannot record a child becoming looked after',
    page: lazyPage(features.care, 'NewChildPage'),
    operations: ['createChild'],
  },
  {
    path: paths.careRecordPattern,
    roles: ALL,
    page: lazyPage(features.care, 'CareRecordPage'),
    operations: ['getChildCare'],
  },
  {
    path: paths.careChangePattern,
    roles: CARE_RECORDERS,
    page: lazyPage(features.care, 'RecordChangePage'),
    operations: ['getChildCare', 'recordCareEvent', ...DRAFTS],
  },
  {
    path: paths.careLeavePattern,
    roles: CARE_RECORDERS,
    page: lazyPage(features.care, 'RecordLeavingPage'),
    operations: ['getChildCare', 'recordCareEvent', ...DRAFTS],
  },
  {
    path: paths.careReturnPattern,
    roles: CARE_RECORDERS,
    page: lazyPage(features.care, 'RecordReturnPage'),
    operations: ['getChildCare', 'recordCareEvent', ...DRAFTS],
  },
  {
    path: paths.careDetailsPattern,
    roles: CARE_RECORDERS,
    page: lazyPage(features.care, 'CorrectDetailsPage'),
    operations: ['getChildCare', 'updateChildDetails'],
  },
  {
    path: paths.outbox,
    roles: ALL,
    navigation: { iro: 'Outbox', 'team-manager': 'Outbox', 'business-support': 'Outbox' },
    page: lazyPage(features.outbox, 'OutboxPage'),
    loading: 'Loading the outbox',
    operations: ['listOutbox'],
    actions: { 'team-manager': ['sendDigests'] },
  },
  {
    path: paths.outboxMessagePattern,
    roles: ALL,
    page: lazyPage(features.outbox, 'OutboxMessagePage'),
    loading: 'Loading the message',
    operations: ['getOutboxMessage'],
  },
];

/** A role's navigation: the pages with an item for it, in the table's order. */
export function navigationFor(role: StaffRole): { href: string; text: string }[] {
  return appRoutes.flatMap((route) => {
    const text = route.navigation?.[role];
    return text === undefined ? [] : [{ href: route.path, text }];
  });
}

/** An item of a role's service navigation: one page, or a section of several. */
export interface NavigationSection {
  href: string;
  text: string;
  /** The pages it stands for, in the table's order (a page of its own: that page alone). */
  pages: { href: string; text: string }[];
}

/**
 * A role's service navigation. The team manager has 16 pages: as 16 links they took two rows at
 * 1366 pixels (three at 1024), pushing every page down, so they are grouped into sections; each
 * page of a section shows the section's pages (the layout's sub navigation).
 */
export function navigationSectionsFor(role: StaffRole): NavigationSection[] {
  const items: NavigationSection[] = [];
  const sections = new Map<string, NavigationSection>();
  for (const route of appRoutes) {
    const text = route.navigation?.[role];
    if (text === undefined) continue;
    const page = { href: route.path, text };
    const name = route.section?.[role];
    const section = name === undefined ? undefined : sections.get(name);
    if (section !== undefined) {
      section.pages.push(page);
      continue;
    }
    const item = { href: route.path, text: name ?? text, pages: [page] };
    if (name !== undefined) sections.set(name, item);
    items.push(item);
  }
  return items;
}

/** Where a role starts: the page whose home it is. */
export function homeOf(role: StaffRole): string {
  const home = appRoutes.find((route) => route.homeOf?.includes(role));
  if (home === undefined) throw new Error(`No home page for ${role}`);
  return home.path;
}

const matchable = appRoutes.map((route) => ({ path: route.path, route }));

/** The signed-in page at this path (ranked as the router ranks them), with its parameters. */
export function routeAt(pathname: string): { route: AppRoute; params: Params } | undefined {
  const [match] = matchRoutes(matchable, pathname) ?? [];
  return match === undefined ? undefined : { route: match.route.route, params: match.params };
}

/** The heading of the loading state at this path: the page's own words where the table has them. */
export function loadingHeadingAt(pathname: string): string {
  const found = routeAt(pathname);
  return found === undefined ? 'Loading the service' : (found.route.loading ?? 'Loading the page');
}
