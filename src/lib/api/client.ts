// The typed REST client: one function per endpoint, every response validated with its zod schema.
// No React here: react-query hooks live in the features.
import type { z } from 'zod';
import type * as SchemaRuntimeModule from './schema-runtime';
import { appConfig } from '@/lib/config';
import { announceChange } from '@/lib/tab-sync';
import { useConnectionStore } from '@/stores/connection-store';
import { currentSessionToken } from '@/stores/session-store';
import type {
  AllocationQueueParams,
  SaveDraftBody,
  AnnexAList8Params,
  AnnualReportParams,
  BookingQueueParams,
  BulkReallocateBody,
  CareEventBody,
  CreateChildBody,
  CreateEscalationBody,
  CreateIroContactBody,
  CreateMeetingBody,
  CreateMidpointCheckBody,
  CreateReviewBody,
  LeftCareParams,
  ListAuditEventsParams,
  ListChildrenParams,
  ListMeetingsParams,
  TeamCalendarParams,
  MockResetBody,
  MockScenario,
  Problem,
  ReallocateChildBody,
  SettingsBody,
  SignInBody,
  UpdateEscalationBody,
  UpdateMeetingBody,
  UpdateMidpointCheckBody,
  UpdateReviewBody,
  WithdrawReviewBody,
  SignOffBody,
  AnswerSignOffQueryBody,
  RecommendationOutcomeBody,
  OutstandingRecommendationsParams,
  UpdateChildDetailsBody,
  UpdateDocumentTemplateBody,
  TaskListParams,
  OutboxListParams,
} from './schemas';
import type { AtRiskParams, TeamListParams } from './team-schemas';
import type { Ssda903CheckBody, Ssda903ImportBody } from './ssda903-schemas';

export type ApiErrorKind = 'http' | 'network' | 'invalid-response';

/** A file the service sent (Content-Disposition: attachment). */
export interface DownloadedFile {
  filename: string;
  blob: Blob;
}

/** The media type of an Excel workbook (.xlsx). */
export const XLSX_TYPE = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';

/**
 * Every failure of a call: an HTTP error with its problem+json (kind 'http'), no response at all
 * ('network'), or a response that does not match its schema ('invalid-response').
 */
export class ApiError extends Error {
  readonly kind: ApiErrorKind;
  /** HTTP status; 0 when there was no usable response. */
  readonly status: number;
  readonly problem: Problem | null;
  /** 422: message per field (dotted path, e.g. 'advocacy.referralDate'), for GOV.UK error summaries. */
  readonly fieldErrors: Record<string, string>;
  /** 409: the record as it is now on the server. */
  readonly current?: unknown;

  constructor(
    kind: ApiErrorKind,
    message: string,
    options: { status?: number; problem?: Problem | null; cause?: unknown } = {},
  ) {
    super(message, options.cause === undefined ? undefined : { cause: options.cause });
    this.name = 'ApiError';
    this.kind = kind;
    this.status = options.status ?? 0;
    this.problem = options.problem ?? null;
    const fieldErrors: Record<string, string> = {};
    for (const error of this.problem?.errors ?? []) {
      fieldErrors[error.field] ??= error.message;
    }
    this.fieldErrors = fieldErrors;
    if (this.problem?.current !== undefined) this.current = this.problem.current;
  }

  get isValidation(): boolean {
    return this.status === 422;
  }

  get isConflict(): boolean {
    return this.status === 409;
  }
}

export function isApiError(value: unknown): value is ApiError {
  return value instanceof ApiError;
}

export interface ApiClientOptions {
  /** e.g. '/api' or 'http://localhost/api' (absolute in Node). */
  baseUrl: string;
  /** The bearer token for each request, or null when signed out. */
  getToken: () => string | null;
  fetch?: typeof fetch;
  /** Told after each request whether the service answered at all (false: no response). */
  onReachability?: (reachable: boolean) => void;
  /** After a request that changed something succeeded (other tabs are told). */
  onChanged?: () => void;
}

type Query = Record<string, string | number | readonly string[] | undefined>;

function queryString(query: Query | undefined): string {
  if (query === undefined) return '';
  const params = new URLSearchParams();
  for (const [key, value] of Object.entries(query)) {
    if (value === undefined) continue;
    if (Array.isArray(value)) {
      if (value.length > 0) params.set(key, value.join(','));
    } else {
      params.set(key, String(value));
    }
  }
  const text = params.toString();
  return text === '' ? '' : `?${text}`;
}

const FRIENDLY: Record<number, string> = {
  401: 'You need to sign in',
  403: 'You do not have permission to do this',
  404: 'The page or record was not found',
  409: 'Someone else has changed this record',
  422: 'There is a problem with the information you entered',
};

/** Rows checked per slice of a long list before the browser gets a turn (see parseResponse). */
const ROWS_PER_SLICE = 500;

/** Gives the browser a turn to paint and handle input; not throttled in background tabs. */
function yieldToBrowser(): Promise<void> {
  return new Promise((resolve) => {
    const channel = new MessageChannel();
    channel.port1.onmessage = () => {
      channel.port1.close();
      resolve();
    };
    channel.port2.postMessage(null);
  });
}

type ParseResult<T> = { success: true; data: T } | { success: false; error: z.ZodError };

/**
 * Checks a response against its schema. A page of thousands of rows (`items`) is checked a slice
 * at a time, yielding in between, so that a 10,000-row caseload never blocks the page for long
 * (bench/browser.bench.ts measures the longest task).
 */
async function parseResponse<S extends z.ZodType>(
  schema: S,
  body: unknown,
  itemSchema: z.ZodType | undefined,
  ZodError: typeof z.ZodError,
): Promise<ParseResult<z.output<S>>> {
  if (itemSchema === undefined || typeof body !== 'object' || body === null) {
    return schema.safeParse(body);
  }
  const items = 'items' in body ? body.items : undefined;
  if (!Array.isArray(items) || items.length <= ROWS_PER_SLICE) return schema.safeParse(body);
  const checked: unknown[] = [];
  for (let start = 0; start < items.length; start += ROWS_PER_SLICE) {
    if (start > 0) await yieldToBrowser();
    const end = Math.min(items.length, start + ROWS_PER_SLICE);
    for (let index = start; index < end; index += 1) {
      const row = itemSchema.safeParse(items[index]);
      if (!row.success) {
        const issues = row.error.issues.map((issue) => ({
          ...issue,
          path: ['items', index, ...issue.path],
        }));
        return { success: false, error: new ZodError(issues) };
      }
      checked.push(row.data);
    }
  }
  const envelope = schema.safeParse({ ...body, items: [] });
  if (!envelope.success) return envelope;
  return { success: true, data: { ...(envelope.data as object), items: checked } as z.output<S> };
}

/**
 * Where the client finds each response's schema: zod and the schemas are loaded on first use, a
 * resource's module at a time, so a page builds only the schemas of what it asks for. Building
 * them all at once was the first load's longest task on a throttled phone (160-360 ms), and the
 * sign-in page needs three of them.
 */
const schemaModules = {
  'audit-events': () => import('./schemas/audit-events'),
  booking: () => import('./schemas/booking'),
  care: () => import('./schemas/care'),
  children: () => import('./schemas/children'),
  documents: () => import('./schemas/documents'),
  drafts: () => import('./schemas/drafts'),
  escalations: () => import('./schemas/escalations'),
  'iro-contacts': () => import('./schemas/iro-contacts'),
  meetings: () => import('./schemas/meetings'),
  'midpoint-checks': () => import('./schemas/midpoint-checks'),
  'mock-control': () => import('./schemas/mock-control'),
  outbox: () => import('./schemas/outbox'),
  recommendations: () => import('./schemas/recommendations'),
  reports: () => import('./schemas/reports'),
  reviews: () => import('./schemas/reviews'),
  session: () => import('./schemas/session'),
  settings: () => import('./schemas/settings'),
  ssda903: () => import('./ssda903-schemas'),
  staff: () => import('./schemas/staff'),
  tasks: () => import('./schemas/tasks'),
  team: () => import('./team-schemas'),
  'team-calendar': () => import('./schemas/team-calendar'),
};
type SchemaModules = typeof schemaModules;
type SchemaModuleName = keyof SchemaModules;
type SchemaModule<M extends SchemaModuleName> = Awaited<ReturnType<SchemaModules[M]>>;
type SchemaRuntime = typeof SchemaRuntimeModule;

/** What every check needs beside a resource's schemas: the problem schema, zod's array and error. */
let runtimeModule: Promise<SchemaRuntime> | null = null;
function loadRuntime(): Promise<SchemaRuntime> {
  runtimeModule ??= import('./schema-runtime');
  return runtimeModule;
}

/** A response's schema: the module it lives in, loaded as the request starts, and which one. */
interface SchemaPick<S extends z.ZodType> {
  load: () => Promise<S>;
}

function schemaIn<M extends SchemaModuleName, S extends z.ZodType>(
  module: M,
  choose: (schemas: SchemaModule<M>, zod: SchemaRuntime) => S,
): SchemaPick<S> {
  return {
    load: async () => {
      const [schemas, runtime] = await Promise.all([schemaModules[module](), loadRuntime()]);
      return choose(schemas as SchemaModule<M>, runtime);
    },
  };
}

export function createApiClient(options: ApiClientOptions) {
  const base = options.baseUrl.replace(/\/+$/, '');
  const doFetch = options.fetch ?? ((input, init) => fetch(input, init));

  interface SendInit {
    body?: unknown;
    query?: Query;
    auth?: boolean;
    /** A POST that only reads (a search). */
    readOnly?: boolean;
    /** A write nothing else shows (a draft): the other tabs need not refetch. */
    quiet?: boolean;
    /** Sent even as the page goes away (a draft saved on leaving). */
    keepalive?: boolean;
    /** What the response may be: JSON (the default) or a file. */
    accept?: string;
  }

  /** Sends a request; any answer but a 2xx is thrown as an ApiError with its problem+json. */
  async function send(method: string, path: string, init: SendInit): Promise<Response> {
    const runtimeLoading = loadRuntime();
    const headers: Record<string, string> = { Accept: init.accept ?? 'application/json' };
    if (init.body !== undefined) headers['Content-Type'] = 'application/json';
    if (init.auth !== false) {
      const token = options.getToken();
      if (token !== null) headers.Authorization = `Bearer ${token}`;
    }
    let response: Response;
    try {
      response = await doFetch(`${base}${path}${queryString(init.query)}`, {
        method,
        headers,
        body: init.body === undefined ? undefined : JSON.stringify(init.body),
        ...(init.keepalive === true ? { keepalive: true } : {}),
      });
    } catch (cause) {
      options.onReachability?.(false);
      throw new ApiError('network', 'Could not reach the service: check your connection', {
        cause,
      });
    }
    options.onReachability?.(true);

    if (!response.ok) {
      let problem: Problem | null = null;
      try {
        const { problemSchema } = await runtimeLoading;
        const parsed = problemSchema.safeParse(await response.json());
        if (parsed.success) problem = parsed.data;
      } catch {
        problem = null;
      }
      const message =
        problem?.detail ??
        FRIENDLY[response.status] ??
        'Sorry, there is a problem with the service. Try again later.';
      throw new ApiError('http', message, { status: response.status, problem });
    }
    if (method !== 'GET' && init.readOnly !== true && init.quiet !== true) options.onChanged?.();
    return response;
  }

  async function request<S extends z.ZodType>(
    method: string,
    path: string,
    pick: SchemaPick<S> | null,
    init: SendInit & { items?: SchemaPick<z.ZodType> } = {},
  ): Promise<z.output<S>> {
    // Started with the request, so the schemas arrive while it is on the wire.
    const schemasLoading = Promise.all([pick?.load(), init.items?.load(), loadRuntime()]);
    // A request that fails before its schemas are wanted leaves no unhandled rejection behind.
    schemasLoading.catch(() => undefined);
    const response = await send(method, path, init);

    if (pick === null) return undefined as z.output<S>;
    let body: unknown;
    try {
      body = await response.json();
    } catch (cause) {
      throw new ApiError(
        'invalid-response',
        `The service sent a response that is not JSON (${method} ${path})`,
        {
          status: response.status,
          cause,
        },
      );
    }
    const [schema, itemSchema, { ZodError }] = await schemasLoading;
    if (schema === undefined) throw new Error('unreachable: a pick was given');
    const parsed = await parseResponse(schema, body, itemSchema, ZodError);
    if (!parsed.success) {
      const issues = parsed.error.issues
        .slice(0, 3)
        .map((issue) => `${issue.path.join('.') || '(root)'}: ${issue.message}`)
        .join('; ');
      throw new ApiError(
        'invalid-response',
        `The service sent an unexpected response (${method} ${path}): ${issues}`,
        { status: response.status, cause: parsed.error },
      );
    }
    return parsed.data;
  }

  /** A file download (GET): its bytes and the name the server gave it. */
  async function requestFile(path: string, query: Query, accept: string): Promise<DownloadedFile> {
    const response = await send('GET', path, { query, accept });
    const disposition = response.headers.get('Content-Disposition') ?? '';
    const filename = /filename="([^"]+)"/.exec(disposition)?.[1] ?? 'download';
    return { filename, blob: await response.blob() };
  }

  const id = encodeURIComponent;

  return {
    // Session (demo sign-in: choose a member of staff)
    signIn: (body: SignInBody) =>
      request(
        'POST',
        '/session',
        schemaIn('session', (s) => s.sessionSchema),
        { body, auth: false },
      ),
    getSession: () =>
      request(
        'GET',
        '/session',
        schemaIn('session', (s) => s.currentSessionSchema),
      ),
    signOut: () => request('DELETE', '/session', null),
    listDemoStaff: () =>
      request(
        'GET',
        '/demo/staff',
        schemaIn('staff', (s, z) => z.array(s.staffMemberSchema)),
        { auth: false },
      ),

    // Clock, settings, staff, bank holidays
    getClock: () =>
      request(
        'GET',
        '/clock',
        schemaIn('settings', (s) => s.clockSchema),
        { auth: false },
      ),
    getCouncil: () =>
      request(
        'GET',
        '/council',
        schemaIn('settings', (s) => s.councilSchema),
        { auth: false },
      ),
    getSettings: () =>
      request(
        'GET',
        '/settings',
        schemaIn('settings', (s) => s.settingsSchema),
      ),
    updateSettings: (body: SettingsBody) =>
      request(
        'PUT',
        '/settings',
        schemaIn('settings', (s) => s.settingsSchema),
        { body },
      ),
    listStaff: () =>
      request(
        'GET',
        '/staff',
        schemaIn('staff', (s, z) => z.array(s.staffWithCaseloadSchema)),
      ),
    getBankHolidays: () =>
      request(
        'GET',
        '/bank-holidays',
        schemaIn('settings', (s) => s.bankHolidayFeedSchema),
        { auth: false },
      ),

    // Children
    /** GET /children; with a search, POST /children/search (a name must not go in a URL). */
    listChildren: (params: ListChildrenParams = {}) => {
      const { q, ...list } = params;
      const search = q?.trim() ?? '';
      if (search !== '') {
        return request(
          'POST',
          '/children/search',
          schemaIn('children', (s) => s.childSummaryPageSchema),
          {
            readOnly: true,
            items: schemaIn('children', (s) => s.childSummarySchema),
            body: {
              ...list,
              status: list.status === undefined ? undefined : [...list.status],
              q: search,
            },
          },
        );
      }
      return request(
        'GET',
        '/children',
        schemaIn('children', (s) => s.childSummaryPageSchema),
        {
          items: schemaIn('children', (s) => s.childSummarySchema),
          query: {
            iroId: list.iroId,
            status: list.status,
            dueBefore: list.dueBefore,
            dueAfter: list.dueAfter,
            notSeenByIro: list.notSeenByIro === true ? 'true' : undefined,
            sort: list.sort,
            order: list.order,
            page: list.page,
            pageSize: list.pageSize,
          },
        },
      );
    },
    getCaseloadSummary: (params: { iroId?: string } = {}) =>
      request(
        'GET',
        '/caseload-summary',
        schemaIn('children', (s) => s.caseloadSummarySchema),
        { query: { ...params } },
      ),
    getChild: (childId: string) =>
      request(
        'GET',
        `/children/${id(childId)}`,
        schemaIn('children', (s) => s.childDetailSchema),
      ),
    reallocateChild: (childId: string, body: ReallocateChildBody) =>
      request(
        'PATCH',
        `/children/${id(childId)}`,
        schemaIn('children', (s) => s.childSummarySchema),
        { body },
      ),
    reallocateChildren: (body: BulkReallocateBody) =>
      request(
        'POST',
        '/children/reallocate',
        schemaIn('children', (s) => s.bulkReallocateResultSchema),
        { body },
      ),

    // The journey through care
    createChild: (body: CreateChildBody) =>
      request(
        'POST',
        '/children',
        schemaIn('care', (s) => s.careRecordSchema),
        { body },
      ),
    listLeftCare: (params: LeftCareParams = {}) =>
      request(
        'GET',
        '/children/left-care',
        schemaIn('care', (s) => s.leftCareListSchema),
        { query: { ...params } },
      ),
    getChildCare: (childId: string) =>
      request(
        'GET',
        `/children/${id(childId)}/care`,
        schemaIn('care', (s) => s.careRecordSchema),
      ),
    recordCareEvent: (childId: string, body: CareEventBody) =>
      request(
        'POST',
        `/children/${id(childId)}/care-events`,
        schemaIn('care', (s) => s.careRecordSchema),
        { body },
      ),
    updateChildDetails: (childId: string, body: UpdateChildDetailsBody) =>
      request(
        'PATCH',
        `/children/${id(childId)}/details`,
        schemaIn('care', (s) => s.updateChildDetailsResultSchema),
        {
          body,
        },
      ),
    getAllocationQueue: (params: AllocationQueueParams = {}) =>
      request(
        'GET',
        '/allocation-queue',
        schemaIn('care', (s) => s.allocationQueueSchema),
        {
          query: { ...params },
        },
      ),

    // Reviews
    recordReview: (childId: string, body: CreateReviewBody) =>
      request(
        'POST',
        `/children/${id(childId)}/reviews`,
        schemaIn('reviews', (s) => s.reviewSchema),
        { body },
      ),
    updateReview: (reviewId: string, body: UpdateReviewBody) =>
      request(
        'PATCH',
        `/reviews/${id(reviewId)}`,
        schemaIn('reviews', (s) => s.reviewSchema),
        { body },
      ),
    withdrawReview: (reviewId: string, body: WithdrawReviewBody) =>
      request(
        'POST',
        `/reviews/${id(reviewId)}/withdraw`,
        schemaIn('reviews', (s) => s.reviewSchema),
        { body },
      ),
    signOffReview: (reviewId: string, body: SignOffBody) =>
      request(
        'POST',
        `/reviews/${id(reviewId)}/sign-off`,
        schemaIn('reviews', (s) => s.reviewSchema),
        { body },
      ),
    answerSignOffQuery: (reviewId: string, queryId: string, body: AnswerSignOffQueryBody) =>
      request(
        'POST',
        `/reviews/${id(reviewId)}/sign-off-queries/${id(queryId)}/answer`,
        schemaIn('reviews', (s) => s.reviewSchema),
        { body },
      ),
    updateRecommendation: (
      reviewId: string,
      recommendationId: string,
      body: RecommendationOutcomeBody,
    ) =>
      request(
        'PATCH',
        `/reviews/${id(reviewId)}/recommendations/${id(recommendationId)}`,
        schemaIn('reviews', (s) => s.reviewSchema),
        { body },
      ),
    listOutstandingRecommendations: (params: OutstandingRecommendationsParams = {}) =>
      request(
        'GET',
        '/recommendations/outstanding',
        schemaIn('recommendations', (s) => s.outstandingRecommendationsSchema),
        {
          query: { iroId: params.iroId, page: params.page, pageSize: params.pageSize },
        },
      ),

    // Midpoint checks
    recordMidpointCheck: (childId: string, body: CreateMidpointCheckBody) =>
      request(
        'POST',
        `/children/${id(childId)}/midpoint-checks`,
        schemaIn('midpoint-checks', (s) => s.midpointCheckSchema),
        {
          body,
        },
      ),
    updateMidpointCheck: (checkId: string, body: UpdateMidpointCheckBody) =>
      request(
        'PATCH',
        `/midpoint-checks/${id(checkId)}`,
        schemaIn('midpoint-checks', (s) => s.midpointCheckSchema),
        { body },
      ),

    // Escalations
    raiseEscalation: (childId: string, body: CreateEscalationBody) =>
      request(
        'POST',
        `/children/${id(childId)}/escalations`,
        schemaIn('escalations', (s) => s.escalationSchema),
        { body },
      ),
    updateEscalation: (escalationId: string, body: UpdateEscalationBody) =>
      request(
        'PATCH',
        `/escalations/${id(escalationId)}`,
        schemaIn('escalations', (s) => s.escalationSchema),
        { body },
      ),

    // The IRO's contacts with the child between reviews
    listIroContacts: (childId: string) =>
      request(
        'GET',
        `/children/${id(childId)}/iro-contacts`,
        schemaIn('iro-contacts', (s) => s.iroContactListSchema),
      ),
    recordIroContact: (childId: string, body: CreateIroContactBody) =>
      request(
        'POST',
        `/children/${id(childId)}/iro-contacts`,
        schemaIn('iro-contacts', (s) => s.iroContactSchema),
        {
          body,
        },
      ),

    // Meetings
    listMeetings: (params: ListMeetingsParams = {}) =>
      request(
        'GET',
        '/meetings',
        schemaIn('meetings', (s) => s.meetingPageSchema),
        {
          query: { ...params },
        },
      ),
    bookMeeting: (childId: string, body: CreateMeetingBody) =>
      request(
        'POST',
        `/children/${id(childId)}/meetings`,
        schemaIn('meetings', (s) => s.reviewMeetingSchema),
        { body },
      ),
    updateMeeting: (meetingId: string, body: UpdateMeetingBody) =>
      request(
        'PATCH',
        `/meetings/${id(meetingId)}`,
        schemaIn('meetings', (s) => s.reviewMeetingSchema),
        { body },
      ),
    getTeamCalendar: (params: TeamCalendarParams) =>
      request(
        'GET',
        '/calendar',
        schemaIn('team-calendar', (s) => s.teamCalendarSchema),
        { query: { ...params } },
      ),

    // Booking (business support)
    getBookingQueue: (params: BookingQueueParams = {}) =>
      request(
        'GET',
        '/booking-queue',
        schemaIn('booking', (s) => s.bookingQueueSchema),
        { query: { ...params } },
      ),
    getChildBooking: (childId: string) =>
      request(
        'GET',
        `/children/${id(childId)}/booking`,
        schemaIn('booking', (s) => s.bookingViewSchema),
      ),
    getMeeting: (meetingId: string) =>
      request(
        'GET',
        `/meetings/${id(meetingId)}`,
        schemaIn('booking', (s) => s.bookingMeetingViewSchema),
      ),

    getMeetingDocuments: (meetingId: string) =>
      request(
        'GET',
        `/meetings/${id(meetingId)}/documents`,
        schemaIn('documents', (s) => s.meetingDocumentsSchema),
      ),

    // Documents
    listDocumentTemplates: () =>
      request(
        'GET',
        '/document-templates',
        schemaIn('documents', (s) => s.documentTemplateListSchema),
      ),
    updateDocumentTemplate: (kind: string, body: UpdateDocumentTemplateBody) =>
      request(
        'PUT',
        `/document-templates/${id(kind)}`,
        schemaIn('documents', (s) => s.documentTemplateSchema),
        { body },
      ),
    getReviewDocuments: (reviewId: string) =>
      request(
        'GET',
        `/reviews/${id(reviewId)}/documents`,
        schemaIn('documents', (s) => s.reviewDocumentsSchema),
      ),

    // Audit
    listAuditEvents: (params: ListAuditEventsParams = {}) =>
      request(
        'GET',
        '/audit-events',
        schemaIn('audit-events', (s) => s.auditEventPageSchema),
        { query: { ...params } },
      ),

    // Reports
    getAnnualReport: (params: AnnualReportParams) =>
      request(
        'GET',
        '/reports/annual',
        schemaIn('reports', (s) => s.annualReportSchema),
        { query: { ...params } },
      ),

    getAnnexAList8: (params: AnnexAList8Params) =>
      requestFile(
        '/reports/annex-a/list-8',
        { ...params },
        params.format === 'csv' ? 'text/csv' : XLSX_TYPE,
      ),

    // Team manager
    getTeamOverview: () =>
      request(
        'GET',
        '/team/overview',
        schemaIn('team', (s) => s.teamOverviewSchema),
      ),
    listReviewsAtRisk: (params: AtRiskParams = {}) =>
      request(
        'GET',
        '/team/reviews-at-risk',
        schemaIn('team', (s) => s.atRiskListSchema),
        {
          query: {
            weeks: params.weeks,
            until: params.until,
            iroId: params.iroId,
            category: params.category,
            page: params.page,
            pageSize: params.pageSize,
          },
        },
      ),
    getSignOffQueue: (params: TeamListParams = {}) =>
      request(
        'GET',
        '/team/sign-off-queue',
        schemaIn('team', (s) => s.signOffQueueSchema),
        { query: { ...params } },
      ),
    listOpenEscalations: (params: TeamListParams = {}) =>
      request(
        'GET',
        '/team/escalations',
        schemaIn('team', (s) => s.openEscalationsSchema),
        { query: { ...params } },
      ),

    // SSDA903 return (team managers)
    importSsda903: (body: Ssda903ImportBody) =>
      request(
        'POST',
        '/ssda903/import',
        schemaIn('ssda903', (s) => s.ssda903ImportResultSchema),
        { body },
      ),
    checkSsda903: (body: Ssda903CheckBody) =>
      request(
        'POST',
        '/ssda903/check',
        schemaIn('ssda903', (s) => s.ssda903CheckResultSchema),
        { body },
      ),
    compareSsda903: (body: Ssda903CheckBody) =>
      request(
        'POST',
        '/ssda903/compare',
        schemaIn('ssda903', (s) => s.ssda903CompareResultSchema),
        { body },
      ),
    getSsda903Reviews: (year: number) =>
      request(
        'GET',
        '/ssda903/reviews',
        schemaIn('ssda903', (s) => s.ssda903ReviewsExportSchema),
        { query: { year } },
      ),

    // The signed-in person's tasks (their home page) and the counts for the navigation badge
    listTasks: (params: TaskListParams = {}) =>
      request(
        'GET',
        '/tasks',
        schemaIn('tasks', (s) => s.taskPageSchema),
        {
          items: schemaIn('tasks', (s) => s.taskSchema),
          query: { urgency: params.urgency, page: params.page, pageSize: params.pageSize },
        },
      ),
    getTaskSummary: () =>
      request(
        'GET',
        '/tasks/summary',
        schemaIn('tasks', (s) => s.taskSummarySchema),
      ),

    // Drafts: the signed-in person's unsaved forms
    listDrafts: () =>
      request(
        'GET',
        '/drafts',
        schemaIn('drafts', (s) => s.draftListSchema),
      ),
    getDraft: (key: string) =>
      request(
        'GET',
        `/drafts/${id(key)}`,
        schemaIn('drafts', (s) => s.draftSchema),
      ),
    saveDraft: (key: string, body: SaveDraftBody, sending: { keepalive?: boolean } = {}) =>
      request(
        'PUT',
        `/drafts/${id(key)}`,
        schemaIn('drafts', (s) => s.draftSummarySchema),
        {
          body,
          quiet: true,
          ...sending,
        },
      ),
    deleteDraft: (key: string, sending: { keepalive?: boolean } = {}) =>
      request('DELETE', `/drafts/${id(key)}`, null, { quiet: true, ...sending }),

    // Reminder digests and the outbox of the messages built
    sendDigests: () =>
      request(
        'POST',
        '/digests',
        schemaIn('outbox', (s) => s.sendDigestsResultSchema),
      ),
    listOutbox: (params: OutboxListParams = {}) =>
      request(
        'GET',
        '/outbox',
        schemaIn('outbox', (s) => s.outboxPageSchema),
        {
          query: { staffId: params.staffId, page: params.page, pageSize: params.pageSize },
        },
      ),
    getOutboxMessage: (messageId: string) =>
      request(
        'GET',
        `/outbox/${id(messageId)}`,
        schemaIn('outbox', (s) => s.outboxMessageSchema),
      ),

    // Mock backend control (demo and tests only)
    resetMockDatabase: (body: MockResetBody = {}) =>
      request(
        'POST',
        '/__mock/reset',
        schemaIn('mock-control', (s) => s.mockStateSchema),
        { body, auth: false },
      ),
    setMockClock: (today: string) =>
      request(
        'POST',
        '/__mock/clock',
        schemaIn('settings', (s) => s.clockSchema),
        { body: { today }, auth: false },
      ),
    setMockScenario: (body: Partial<MockScenario>) =>
      request(
        'POST',
        '/__mock/scenario',
        schemaIn('mock-control', (s) => s.mockScenarioSchema),
        { body, auth: false },
      ),
    getMockState: () =>
      request(
        'GET',
        '/__mock/state',
        schemaIn('mock-control', (s) => s.mockStateSchema),
        { auth: false },
      ),
  };
}

export type ApiClient = ReturnType<typeof createApiClient>;

let tokenGetter: () => string | null = currentSessionToken;

/** Replace where the default client reads its bearer token (the session store by default). */
export function setTokenGetter(getter: () => string | null): void {
  tokenGetter = getter;
}

/** The app's client: base URL from config, token from the session store. */
export const api: ApiClient = createApiClient({
  baseUrl: appConfig.apiBaseUrl,
  getToken: () => tokenGetter(),
  // Every request tells the offline banner whether the service answered.
  onReachability: (reachable) => {
    useConnectionStore.getState().setUnreachable(!reachable);
  },
  // The app's other tabs refetch what they show.
  onChanged: announceChange,
});
