// Who may do what, cell by cell: every operation sent with no token, a forged token, as an IRO about
// their own child (or caseload), as an IRO about another IRO's child, as a team manager and as
// business support, against the table below. handlers/operations.test.ts checks the roles of the
// operations table; this adds the allocation rules (the table's `access` words), the tokens, and
// a request the backend would accept (mocks/test/operation-kit.ts), so an "allowed" cell is known
// to get past every check of who is asking: it answers 2xx, or a 404, 409 or 422 about the request.
import { beforeEach, describe, expect, it } from 'vitest';
import { operation, type OperationId } from '@/lib/api/operations';
import type { StaffRole } from '@/lib/api/schemas';
import {
  memberOf,
  prepareFixtures,
  samples,
  send,
  urlOf,
  type Fixtures,
  type Sample,
  type Side,
} from './test/operation-kit';
import { signIn, useMockBackend } from './test/support';

const ctx = useMockBackend({ size: 60 });
let f: Fixtures;
beforeEach(async () => {
  f = await prepareFixtures(ctx.db);
});

/** 401: who are you? 403: not you (with the reason). ok: past every check of who is asking. */
type Outcome = 401 | 403 | 'ok';
/** What a cell gave: an outcome, or any other status (401000, 403000: a refusal without a reason). */
type Found = number | 'ok';

const CALLERS = ['none', 'forged', 'iroOwn', 'iroOther', 'manager', 'support'] as const;
type Caller = (typeof CALLERS)[number];
type Row = Readonly<Record<Caller, Outcome>>;

const row = (...outcomes: [Outcome, Outcome, Outcome, Outcome, Outcome, Outcome]): Row =>
  Object.fromEntries(CALLERS.map((caller, i) => [caller, outcomes[i]])) as Record<Caller, Outcome>;

// The rows that recur. "own" and "other" are the IRO's own child (caseload) and another IRO's.
//                             none forged iroOwn iroOther manager support
const PUBLIC = row('ok', 'ok', 'ok', 'ok', 'ok', 'ok');
const ANYONE_SIGNED_IN = row(401, 401, 'ok', 'ok', 'ok', 'ok');
const MANAGERS = row(401, 401, 403, 403, 'ok', 403);
const OWN_IRO = row(401, 401, 'ok', 403, 403, 403);
const OWN_IRO_OR_MANAGER = row(401, 401, 'ok', 403, 'ok', 403);
const OWN_IRO_MANAGER_OR_SUPPORT = row(401, 401, 'ok', 403, 'ok', 'ok');
const MANAGERS_OR_SUPPORT = row(401, 401, 403, 403, 'ok', 'ok');

/** What each caller may do with each operation: the contract's roles and access words. */
const MATRIX: Record<OperationId, Row> = {
  signIn: PUBLIC,
  getSession: ANYONE_SIGNED_IN,
  signOut: ANYONE_SIGNED_IN,
  listDemoStaff: PUBLIC,
  getClock: PUBLIC,
  getCouncil: PUBLIC,
  getSettings: ANYONE_SIGNED_IN,
  updateSettings: MANAGERS,
  listStaff: ANYONE_SIGNED_IN,
  getBankHolidays: PUBLIC,
  // An IRO sees only their own caseload (another iroId: 403); business support never the list.
  listChildren: OWN_IRO_OR_MANAGER,
  // An IRO: their own caseload only.
  getCaseloadSummary: OWN_IRO_MANAGER_OR_SUPPORT,
  searchChildren: OWN_IRO_OR_MANAGER,
  reallocateChildren: MANAGERS,
  // An IRO: children allocated to them only; business support use the booking view.
  getChild: OWN_IRO_OR_MANAGER,
  reallocateChild: MANAGERS,
  createChild: MANAGERS_OR_SUPPORT,
  listLeftCare: OWN_IRO_OR_MANAGER,
  getChildCare: OWN_IRO_MANAGER_OR_SUPPORT,
  recordCareEvent: MANAGERS_OR_SUPPORT,
  updateChildDetails: MANAGERS_OR_SUPPORT,
  getAllocationQueue: MANAGERS,
  // The child's allocated IRO only.
  recordReview: OWN_IRO,
  updateReview: OWN_IRO,
  signOffReview: MANAGERS,
  answerSignOffQuery: OWN_IRO,
  updateRecommendation: OWN_IRO,
  listOutstandingRecommendations: OWN_IRO_OR_MANAGER,
  withdrawReview: OWN_IRO_OR_MANAGER,
  recordMidpointCheck: OWN_IRO,
  updateMidpointCheck: OWN_IRO,
  raiseEscalation: OWN_IRO,
  // The allocated IRO (moving it on); a team manager may resolve (the manager's sample resolves).
  updateEscalation: OWN_IRO_OR_MANAGER,
  // The IRO's contacts: the allocated IRO records; team managers may read; never business support.
  listIroContacts: OWN_IRO_OR_MANAGER,
  recordIroContact: OWN_IRO,
  // An IRO sees the meetings they chair.
  listMeetings: OWN_IRO_MANAGER_OR_SUPPORT,
  // Everyone's for team managers and business support; an IRO only the meetings they chair.
  getTeamCalendar: OWN_IRO_MANAGER_OR_SUPPORT,
  bookMeeting: MANAGERS_OR_SUPPORT,
  updateMeeting: MANAGERS_OR_SUPPORT,
  // An IRO: meetings they chair or for children allocated to them.
  getMeeting: OWN_IRO_MANAGER_OR_SUPPORT,
  // As getMeeting: invitations and consultation forms hold no review content.
  getMeetingDocuments: OWN_IRO_MANAGER_OR_SUPPORT,
  // The letter to the child and the decisions summary are review content: never business support.
  getReviewDocuments: OWN_IRO_OR_MANAGER,
  listDocumentTemplates: ANYONE_SIGNED_IN,
  // Team managers only (the council's words to families are a manager's to agree).
  updateDocumentTemplate: MANAGERS,
  getBookingQueue: MANAGERS_OR_SUPPORT,
  getChildBooking: MANAGERS_OR_SUPPORT,
  // Team managers: everything. An IRO: one child allocated to them.
  listAuditEvents: OWN_IRO_OR_MANAGER,
  // An IRO: the children allocated to them only.
  getAnnualReport: OWN_IRO_OR_MANAGER,
  // Every child in care leaves the system in one file: team managers only (IROs too are refused).
  getAnnexAList8: MANAGERS,
  getTeamOverview: MANAGERS,
  listReviewsAtRisk: MANAGERS,
  getSignOffQueue: MANAGERS,
  listOpenEscalations: MANAGERS,
  importSsda903: MANAGERS,
  checkSsda903: MANAGERS,
  compareSsda903: MANAGERS,
  getSsda903Reviews: MANAGERS,
  resetMockDatabase: PUBLIC,
  setMockClock: PUBLIC,
  setMockScenario: PUBLIC,
  getMockState: PUBLIC,
  // Each person their own tasks: nothing of another's to ask for.
  listTasks: ANYONE_SIGNED_IN,
  getTaskSummary: ANYONE_SIGNED_IN,
  // Today's digests for everyone: a team manager's. The outbox: each person the messages to them
  // (asking for an IRO's: that IRO or a team manager; business support only their own).
  sendDigests: MANAGERS,
  listOutbox: OWN_IRO_OR_MANAGER,
  getOutboxMessage: OWN_IRO_OR_MANAGER,
  listDrafts: ANYONE_SIGNED_IN,
  // A draft is refused as its form's own operation: an IRO's review of another IRO's child is.
  getDraft: OWN_IRO_MANAGER_OR_SUPPORT,
  saveDraft: OWN_IRO_MANAGER_OR_SUPPORT,
  deleteDraft: OWN_IRO_MANAGER_OR_SUPPORT,
};

/** Finer rules than one request an operation can show: each a variation of its sample. */
interface Variant {
  name: string;
  id: OperationId;
  sample: (f: Fixtures, side: Side, role: StaffRole | null) => Sample | Promise<Sample>;
  row: Row;
}

const VARIANTS: readonly Variant[] = [
  {
    name: 'a team manager moving an escalation on (only the allocated IRO may)',
    id: 'updateEscalation',
    sample: (fx, side) => samples.updateEscalation(fx, side, 'iro'),
    row: row(401, 401, 'ok', 403, 403, 403),
  },
  {
    name: 'referring a case to Cafcass (only the allocated IRO)',
    id: 'updateEscalation',
    sample: (fx, side) => {
      const escalation = side === 'own' ? fx.own.escalation : fx.other.escalation;
      return {
        path: `/escalations/${escalation.id}`,
        body: {
          action: 'refer-to-cafcass',
          version: fx.db.get('escalations', escalation.id)?.version ?? escalation.version,
          cafcassReferredOn: fx.today,
          cafcassNote: null,
        },
      };
    },
    row: row(401, 401, 'ok', 403, 403, 403),
  },
  {
    name: 'an IRO signing off a review themselves (managerSignOffOn: 403)',
    id: 'updateReview',
    sample: (fx, side, role) => {
      const sample = samples.updateReview(fx, side, role);
      return { ...sample, body: { ...(sample.body as object), managerSignOffOn: fx.today } };
    },
    row: row(401, 401, 403, 403, 403, 403),
  },
  {
    name: 'the audit of every change, with no child named (team managers only)',
    id: 'listAuditEvents',
    sample: () => ({ path: '/audit-events' }),
    row: MANAGERS,
  },
  {
    name: 'a meeting the IRO chairs for another IRO’s child',
    id: 'getMeeting',
    sample: async (fx) => {
      // Booked by business support with the IRO as chair (cover for a colleague).
      const booked = await send('post', `/children/${fx.other.child.id}/meetings`, {
        token: await signIn(fx.support.id),
        headers: { 'Content-Type': 'application/json' },
        body: JSON.stringify({
          date: fx.other.meeting.date,
          startTime: '08:00',
          durationMinutes: 30,
          format: 'virtual',
          virtualLink: 'https://meet.example.org/cover',
          iroId: fx.iro.id,
          outOfTimescaleReason: 'Covering for a colleague',
        }),
      });
      // The child has a meeting booked already: move that one to the IRO instead.
      const id = booked.status === 201 ? (booked.body as { id: string }).id : fx.other.meeting.id;
      if (booked.status !== 201) {
        const meeting = fx.db.get('meetings', id);
        if (meeting !== undefined) {
          await fx.db.commit({
            puts: { meetings: [{ ...meeting, iroId: fx.iro.id, version: meeting.version + 1 }] },
            deletes: {},
          });
        }
      }
      return { path: `/meetings/${id}` };
    },
    // Both IRO columns ask about the same meeting: the one they chair.
    row: row(401, 401, 'ok', 'ok', 'ok', 'ok'),
  },
];

const FORGED = 'forged-0000-4000-8000-000000000000';

function roleOf(caller: Caller): StaffRole | null {
  if (caller === 'iroOwn' || caller === 'iroOther') return 'iro';
  if (caller === 'manager') return 'team-manager';
  if (caller === 'support') return 'business-support';
  return null;
}

async function outcomeOf(
  id: OperationId,
  caller: Caller,
  build: Variant['sample'],
): Promise<{ outcome: Found; detail: string }> {
  const role = roleOf(caller);
  const side: Side = caller === 'iroOther' ? 'other' : 'own';
  const token =
    caller === 'none'
      ? null
      : caller === 'forged'
        ? FORGED
        : await signIn(memberOf(f, role ?? 'iro').id);
  const sample = await build(f, side, role);
  const result = await send(operation(id).method, urlOf(sample), {
    token,
    ...(sample.body === undefined
      ? {}
      : { body: JSON.stringify(sample.body), headers: { 'Content-Type': 'application/json' } }),
  });
  const problem = (result.body ?? {}) as { detail?: unknown };
  const detail = typeof problem.detail === 'string' ? problem.detail : '';
  if (result.status === 401 || result.status === 403) {
    // A refusal says why.
    return { outcome: detail === '' ? result.status * 1000 : result.status, detail };
  }
  const pastAuth = result.status < 300 || [404, 409, 422].includes(result.status);
  return { outcome: pastAuth ? 'ok' : result.status, detail };
}

/** Each caller's outcome; where it is not the expected one, with what the backend said. */
async function cellsOf(
  id: OperationId,
  build: Variant['sample'],
  expected: Row,
): Promise<Record<Caller, number | string>> {
  const found = {} as Record<Caller, number | string>;
  // Each caller meets the records as prepared, whatever the one before changed.
  const before = ctx.db.snapshot();
  for (const caller of CALLERS) {
    await ctx.db.replaceAll(before);
    const { outcome, detail } = await outcomeOf(id, caller, build);
    found[caller] = outcome === expected[caller] ? outcome : `${outcome}: ${detail}`;
  }
  return found;
}

describe('the authorisation matrix', () => {
  it.each(Object.keys(MATRIX) as OperationId[])('%s', async (id) => {
    expect(await cellsOf(id, samples[id], MATRIX[id])).toEqual(MATRIX[id]);
  });

  it.each(VARIANTS.map((variant) => [variant.name, variant] as const))('%s', async (_, variant) => {
    expect(await cellsOf(variant.id, variant.sample, variant.row)).toEqual(variant.row);
  });
});
