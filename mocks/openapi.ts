// The OpenAPI 3.1 description of the REST API, generated from the same zod schemas the mock and
// the client use, plus this route table. public/openapi.json is its committed output:
//   npx tsx --tsconfig tsconfig.json mocks/openapi-write.ts
import { z } from 'zod';
import type { StaffRole } from '@/lib/api/schemas';
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

export interface Route {
  method: 'get' | 'post' | 'put' | 'patch' | 'delete';
  /** OpenAPI path, e.g. /children/{childId} (relative to the /api server). */
  path: string;
  summary: string;
  /** null: no sign-in needed. */
  roles: readonly StaffRole[] | null;
  /** Extra words on who may do what (allocation rules). */
  access?: string;
  query?: readonly QueryParameter[];
  body?: z.ZodType;
  status: number;
  /** null: no content (204). */
  response: z.ZodType | null;
  /** Mock control: demo and tests only. */
  control?: boolean;
}

const ALL: readonly StaffRole[] = ['iro', 'team-manager', 'business-support'];
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

export const routes: readonly Route[] = [
  {
    method: 'post',
    path: '/session',
    summary: 'Demo sign-in as a member of staff',
    roles: null,
    body: s.signInBodySchema,
    status: 201,
    response: s.sessionSchema,
  },
  {
    method: 'get',
    path: '/session',
    summary: 'Who is signed in',
    roles: ALL,
    status: 200,
    response: s.currentSessionSchema,
  },
  {
    method: 'delete',
    path: '/session',
    summary: 'Sign out',
    roles: ALL,
    status: 204,
    response: null,
  },
  {
    method: 'get',
    path: '/demo/staff',
    summary: 'Staff to sign in as (demo sign-in page)',
    roles: null,
    status: 200,
    response: z.array(s.staffMemberSchema),
  },
  {
    method: 'get',
    path: '/clock',
    summary: 'The backend’s today in England',
    roles: null,
    status: 200,
    response: s.clockSchema,
  },
  {
    method: 'get',
    path: '/settings',
    summary: 'The council’s settings',
    roles: ALL,
    status: 200,
    response: s.settingsSchema,
  },
  {
    method: 'put',
    path: '/settings',
    summary: 'Change the settings',
    roles: ['team-manager'],
    body: s.settingsBodySchema,
    status: 200,
    response: s.settingsSchema,
  },
  {
    method: 'get',
    path: '/staff',
    summary: 'Staff, with each IRO’s caseload counts and band',
    roles: ALL,
    status: 200,
    response: z.array(s.staffWithCaseloadSchema),
  },
  {
    method: 'get',
    path: '/bank-holidays',
    summary: 'England and Wales bank holidays (gov.uk feed shape)',
    roles: null,
    status: 200,
    response: s.bankHolidayFeedSchema,
  },
  {
    method: 'get',
    path: '/children',
    summary: 'Children with their computed review status: filtered, sorted and paged on the server',
    roles: ['iro', 'team-manager'],
    access:
      'An IRO sees only their own caseload (another iroId: 403). Business support: 403 (the list carries review content); they use GET /booking-queue.',
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
  {
    method: 'get',
    path: '/caseload-summary',
    summary: 'Counts of a caseload by status',
    roles: ALL,
    access: 'An IRO: their own caseload only.',
    query: [{ name: 'iroId', description: 'Only this IRO’s children', schema: str('Staff id') }],
    status: 200,
    response: s.caseloadSummarySchema,
  },
  {
    method: 'post',
    path: '/children/search',
    summary:
      'Children whose name or council reference contains the search text: filtered, sorted and paged as GET /children',
    roles: ['iro', 'team-manager'],
    access:
      'As GET /children. A search is often a child’s name, so it is sent in the body, never in a URL (GET /children with q: 422).',
    body: s.searchChildrenBodySchema,
    status: 200,
    response: s.childSummaryPageSchema,
  },
  {
    method: 'post',
    path: '/children/reallocate',
    summary: 'Reallocate several children to one IRO (all or nothing)',
    roles: ['team-manager'],
    body: s.bulkReallocateBodySchema,
    status: 200,
    response: s.bulkReallocateResultSchema,
  },
  {
    method: 'get',
    path: '/children/{childId}',
    summary: 'A child’s record with computed dates and history',
    roles: ['iro', 'team-manager'],
    access:
      'An IRO: children allocated to them only. Business support: 403 (the record holds review content); they use GET /children/{childId}/booking.',
    status: 200,
    response: s.childDetailSchema,
  },
  {
    method: 'patch',
    path: '/children/{childId}',
    summary: 'Reallocate a child to another IRO',
    roles: ['team-manager'],
    body: s.reallocateChildBodySchema,
    status: 200,
    response: s.childSummarySchema,
  },
  {
    method: 'post',
    path: '/children/{childId}/reviews',
    summary: 'Record a review',
    roles: ['iro'],
    access: 'The child’s allocated IRO only.',
    body: s.createReviewBodySchema,
    status: 201,
    response: s.reviewSchema,
  },
  {
    method: 'patch',
    path: '/reviews/{reviewId}',
    summary: 'Change a review, or record the manager’s sign-off',
    roles: ['iro', 'team-manager'],
    access: 'The allocated IRO; a team manager may set managerSignOffOn only.',
    body: s.updateReviewBodySchema,
    status: 200,
    response: s.reviewSchema,
  },
  {
    method: 'post',
    path: '/children/{childId}/midpoint-checks',
    summary: 'Record a midpoint check',
    roles: ['iro'],
    access: 'The child’s allocated IRO only.',
    body: s.createMidpointCheckBodySchema,
    status: 201,
    response: s.midpointCheckSchema,
  },
  {
    method: 'patch',
    path: '/midpoint-checks/{checkId}',
    summary: 'Change a midpoint check',
    roles: ['iro'],
    access: 'The child’s allocated IRO only.',
    body: s.updateMidpointCheckBodySchema,
    status: 200,
    response: s.midpointCheckSchema,
  },
  {
    method: 'post',
    path: '/children/{childId}/escalations',
    summary: 'Raise an escalation (dispute resolution protocol)',
    roles: ['iro'],
    access: 'The child’s allocated IRO only.',
    body: s.createEscalationBodySchema,
    status: 201,
    response: s.escalationSchema,
  },
  {
    method: 'patch',
    path: '/escalations/{escalationId}',
    summary: 'Move an escalation to the next stage, or resolve it',
    roles: ['iro', 'team-manager'],
    access: 'The allocated IRO; a team manager may resolve.',
    body: s.updateEscalationBodySchema,
    status: 200,
    response: s.escalationSchema,
  },
  {
    method: 'get',
    path: '/meetings',
    summary: 'Review meetings, by date',
    roles: ALL,
    access: 'An IRO sees the meetings they chair.',
    query: [
      { name: 'iroId', description: 'Chaired by this IRO', schema: str('Staff id') },
      { name: 'childId', description: 'For this child', schema: str('Child id') },
      { name: 'from', description: 'On or after', schema: str('YYYY-MM-DD', 'date') },
      { name: 'to', description: 'On or before', schema: str('YYYY-MM-DD', 'date') },
    ],
    status: 200,
    response: z.array(s.meetingListItemSchema),
  },
  {
    method: 'post',
    path: '/children/{childId}/meetings',
    summary: 'Book a review meeting',
    roles: ['business-support', 'team-manager'],
    body: s.createMeetingBodySchema,
    status: 201,
    response: s.reviewMeetingSchema,
  },
  {
    method: 'patch',
    path: '/meetings/{meetingId}',
    summary: 'Update, reschedule, postpone, adjourn, cancel or mark a meeting held',
    roles: ['business-support', 'team-manager'],
    body: s.updateMeetingBodySchema,
    status: 200,
    response: s.reviewMeetingSchema,
  },
  {
    method: 'get',
    path: '/meetings/{meetingId}',
    summary: 'One meeting with its readiness, and the child and review it is for (booking view)',
    roles: ['business-support', 'team-manager', 'iro'],
    access: 'An IRO: meetings they chair or for children allocated to them.',
    status: 200,
    response: s.bookingMeetingViewSchema,
  },
  {
    method: 'get',
    path: '/booking-queue',
    summary:
      'Reviews to book within a horizon (latest in-timescale working day, working days left), meetings booked after the due date, meetings cancelled or postponed without a new date, and meetings whose invitations have not gone',
    roles: ['business-support', 'team-manager'],
    query: [
      { name: 'iroId', description: 'Only this IRO’s children', schema: str('Staff id') },
      {
        name: 'weeks',
        description: `Horizon: reviews due within this many weeks (default ${s.DEFAULT_BOOKING_HORIZON_WEEKS}); overdue ones are always included`,
        schema: int('Weeks', 1, 52),
      },
    ],
    status: 200,
    response: s.bookingQueueSchema,
  },
  {
    method: 'get',
    path: '/children/{childId}/booking',
    summary:
      'What booking needs about a child: name, reference, IRO, social worker, the next review and its meetings with readiness',
    roles: ['business-support', 'team-manager'],
    access:
      'Business support see this instead of the child’s record (GET /children/{childId} is 403 to them).',
    status: 200,
    response: s.bookingViewSchema,
  },
  {
    method: 'get',
    path: '/audit-events',
    summary: 'Audit of every change, newest first',
    roles: ['team-manager', 'iro'],
    access: 'Team managers: everything. An IRO: one child allocated to them (childId required).',
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
  {
    method: 'get',
    path: '/reports/annual',
    summary: 'The annual IRO report figures for a period, each with its definition',
    roles: ['team-manager', 'iro'],
    access:
      'Team managers: every child, or one IRO’s caseload (iroId). An IRO: the children allocated to them only.',
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
  {
    method: 'get',
    path: '/team/overview',
    summary:
      'Team overview: each IRO’s caseload against the band, what is overdue or at risk in the next 4 weeks, and the year to date',
    roles: ['team-manager'],
    status: 200,
    response: t.teamOverviewSchema,
  },
  {
    method: 'get',
    path: '/team/reviews-at-risk',
    summary:
      'Reviews at risk across the team: overdue, or due within the horizon and not booked or booked after the due date; by due date',
    roles: ['team-manager'],
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
    ],
    status: 200,
    response: t.atRiskListSchema,
  },
  {
    method: 'get',
    path: '/team/sign-off-queue',
    summary:
      'Reviews whose decisions await the manager’s sign-off, oldest first, flagged when past the setting',
    roles: ['team-manager'],
    query: [{ name: 'iroId', description: 'Only this IRO’s children', schema: str('Staff id') }],
    status: 200,
    response: t.signOffQueueSchema,
  },
  {
    method: 'get',
    path: '/team/escalations',
    summary:
      'Open escalations (dispute resolution protocol) by stage and age, flagged when open longer than the setting',
    roles: ['team-manager'],
    query: [{ name: 'iroId', description: 'Only this IRO’s children', schema: str('Staff id') }],
    status: 200,
    response: t.openEscalationsSchema,
  },
  {
    method: 'post',
    path: '/ssda903/import',
    summary:
      'Import children, episodes and reviews from the DfE SSDA903 return (all or nothing; checked again with the preview’s rules)',
    roles: ['team-manager'],
    access:
      'Rows as the DfE writes them (dates dd/mm/yyyy). Any row problem, or a CHILD already in the tracker, is a 422 naming each row (field header.0.DOB is row 2 of the header file) and nothing is written.',
    body: ssda.ssda903ImportBodySchema,
    status: 201,
    response: ssda.ssda903ImportResultSchema,
  },
  {
    method: 'get',
    path: '/ssda903/reviews',
    summary:
      'The SSDA903 reviews file rows (CHILD, DOB, REVIEW, REVIEW_CODE) for a collection year',
    roles: ['team-manager'],
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
  {
    method: 'post',
    path: '/__mock/reset',
    summary: 'Mock only: reseed the demo data',
    roles: null,
    body: s.mockResetBodySchema,
    status: 200,
    response: s.mockStateSchema,
    control: true,
  },
  {
    method: 'post',
    path: '/__mock/clock',
    summary: 'Mock only: set the backend’s today',
    roles: null,
    body: s.mockClockBodySchema,
    status: 200,
    response: s.clockSchema,
    control: true,
  },
  {
    method: 'post',
    path: '/__mock/scenario',
    summary: 'Mock only: latency and faults',
    roles: null,
    body: s.mockScenarioBodySchema,
    status: 200,
    response: s.mockScenarioSchema,
    control: true,
  },
  {
    method: 'get',
    path: '/__mock/state',
    summary: 'Mock only: seed, today, scenario and record counts',
    roles: null,
    status: 200,
    response: s.mockStateSchema,
    control: true,
  },
];

type JsonSchema = Record<string, unknown>;
const REF = '#/components/schemas/';

function componentName(schema: z.ZodType): string | undefined {
  const meta = z.globalRegistry.get(schema);
  return typeof meta?.id === 'string' ? meta.id : undefined;
}

/**
 * JSON Schema for a schema in a request ('input': defaults optional) or a response ('output').
 * Named schemas (meta id) become components, referenced with $ref.
 */
function toSchema(
  schema: z.ZodType,
  io: 'input' | 'output',
  components: Record<string, JsonSchema>,
): JsonSchema {
  const raw = z.toJSONSchema(schema, { target: 'draft-2020-12', io, unrepresentable: 'any' });
  // Local $defs become shared components.
  const generated = JSON.parse(
    JSON.stringify(raw).replaceAll('"#/$defs/', `"${REF}`),
  ) as JsonSchema & { $defs?: Record<string, JsonSchema> };
  const { $defs, $schema: _ignored, ...root } = generated;
  for (const [id, definition] of Object.entries($defs ?? {})) {
    components[id] ??= definition;
  }
  const name = componentName(schema);
  if (name === undefined) return root;
  components[name] ??= root;
  return { $ref: `${REF}${name}` };
}

function rolesText(route: Route): string {
  if (route.control === true)
    return 'Mock control for demos and tests: no sign-in, never in production.';
  if (route.roles === null) return 'No sign-in needed.';
  return `Roles: ${route.roles.join(', ')}.${route.access === undefined ? '' : ` ${route.access}`}`;
}

export function buildOpenApiDocument(): JsonSchema {
  const components: Record<string, JsonSchema> = {};
  const problem = toSchema(s.problemSchema, 'output', components);
  const problemContent = { 'application/problem+json': { schema: problem } };
  const paths: Record<string, Record<string, JsonSchema>> = {};
  for (const route of routes) {
    const parameters: JsonSchema[] = [...route.path.matchAll(/\{(\w+)\}/g)].map((match) => ({
      name: match[1],
      in: 'path',
      required: true,
      schema: { type: 'string' },
    }));
    for (const query of route.query ?? []) {
      parameters.push({
        name: query.name,
        in: 'query',
        required: query.required ?? false,
        description: query.description,
        schema: query.schema,
      });
    }
    const responses: Record<string, JsonSchema> = {
      [String(route.status)]:
        route.response === null
          ? { description: 'No content' }
          : {
              description: 'Success',
              content: {
                'application/json': { schema: toSchema(route.response, 'output', components) },
              },
            },
    };
    if (route.roles !== null) {
      responses['401'] = { description: 'Not signed in', content: problemContent };
      responses['403'] = {
        description: 'Not allowed for this role or allocation (reason in detail)',
        content: problemContent,
      };
    }
    if (route.path.includes('{'))
      responses['404'] = { description: 'Unknown id', content: problemContent };
    if (route.body !== undefined || route.query !== undefined) {
      responses['422'] = {
        description: 'Invalid fields, each named in errors[]',
        content: problemContent,
      };
    }
    if (route.body !== undefined && ['put', 'patch'].includes(route.method)) {
      responses['409'] = {
        description: 'Version conflict: current holds the record as it is now',
        content: problemContent,
      };
    }
    if (route.control !== true) {
      responses['500'] = {
        description: 'Server error (or a mock fault scenario)',
        content: problemContent,
      };
    }
    const operation: JsonSchema = {
      summary: route.summary,
      description: rolesText(route),
      operationId: `${route.method}${route.path.replace(/[{}]/g, '').replace(/(^|[/_-])(\w)/g, (_m, _sep, c: string) => c.toUpperCase())}`,
      tags: [route.control === true ? 'mock control' : (route.path.split('/')[1] ?? 'api')],
      ...(parameters.length > 0 ? { parameters } : {}),
      ...(route.body === undefined
        ? {}
        : {
            requestBody: {
              required: true,
              content: {
                'application/json': { schema: toSchema(route.body, 'input', components) },
              },
            },
          }),
      responses,
      ...(route.roles === null ? { security: [] } : {}),
    };
    const pathItem = (paths[route.path] ??= {});
    pathItem[route.method] = operation;
  }
  const sorted = Object.fromEntries(
    Object.entries(components).sort(([a], [b]) => a.localeCompare(b)),
  );
  return {
    openapi: '3.1.0',
    info: {
      title: 'IRO Review Tracker API',
      version: '1.0.0',
      description:
        'The REST API of IRO Review Tracker, as implemented by its mock backend (MSW). Generated from the zod schemas in src/lib/api/schemas.ts and the route table in mocks/openapi.ts. Dates are calendar dates in England (YYYY-MM-DD). Errors are application/problem+json.',
    },
    servers: [{ url: '/api' }],
    security: [{ bearer: [] }],
    paths,
    components: {
      schemas: sorted,
      securitySchemes: {
        bearer: { type: 'http', scheme: 'bearer', description: 'The token from POST /session' },
      },
    },
  };
}

/** The committed file's exact text (formatted as Prettier would leave JSON of this shape). */
export function openApiJson(): string {
  return `${JSON.stringify(buildOpenApiDocument(), null, 2)}\n`;
}
