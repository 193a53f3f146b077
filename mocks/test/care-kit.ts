import { expect } from 'vitest';
import {
  careRecordSchema,
  childSummaryPageSchema,
  staffWithCaseloadSchema,
  type CaseloadCounts,
  type Child,
  type ChildSummary,
} from '@/lib/api/schemas';
import { activeChildren, summariseChild } from '../compute';
import { TEST_TODAY } from '../node';
import { call, fieldErrors, signInAs, useMockBackend } from './support';

/** The care handlers' tests' shared set-up and helpers (a fresh seeded database per test). */
export function useCareKit() {
  const ctx = useMockBackend({ size: 60 });

  const CARE_RECORDERS_ONLY = 'An IRO cannot do this: only team managers and business support can';

  const newChild = (overrides: Record<string, unknown> = {}) => ({
    childRef: 'NEW-0001',
    givenName: 'Ava',
    familyName: 'Newton',
    dateOfBirth: '2016-05-01',
    sex: '2',
    becameLookedAfterOn: TEST_TODAY,
    legalStatus: 'C1',
    placementType: 'U6',
    placementDescription: 'Foster carers in Hull',
    socialWorker: { name: 'Sam Worker', team: 'East' },
    ...overrides,
  });

  const manager = async () => (await signInAs(ctx.db, 'team-manager')).token;
  const support = async () => (await signInAs(ctx.db, 'business-support')).token;

  async function create(token: string, overrides: Record<string, unknown> = {}) {
    const result = await call('POST', '/children', { token, body: newChild(overrides) });
    expect(result.status).toBe(201);
    return careRecordSchema.parse(result.body);
  }

  /** 422 with exactly these field messages. */
  async function refused(method: string, path: string, token: string, body: unknown) {
    const result = await call(method, path, { token, body });
    expect(result.status).toBe(422);
    return fieldErrors(result.body);
  }

  /** The child's open episode (the one a change or leaving ends). */
  function openEpisode(child: Child) {
    const open = child.episodes.find((episode) => episode.end === null);
    if (open === undefined) throw new Error(`Child ${child.id} has no open episode`);
    return open;
  }

  /** A seeded child in an active caseload matching the predicate. */
  function seeded(predicate: (child: Child, summary: ChildSummary) => boolean): Child {
    for (const child of activeChildren(ctx.db)) {
      if (predicate(child, summariseChild(ctx.db, child))) return child;
    }
    throw new Error('No seeded child matches');
  }

  /** Looked after since before `date` with no review held on or after it. */
  const quietSince = (date: string) => (child: Child) =>
    openEpisode(child).start < date &&
    ctx.db.forChild('reviews', child.id).every((review) => review.heldOn < date);

  async function careEvent(token: string, child: { id: string }, body: Record<string, unknown>) {
    const version = ctx.db.get('children', child.id)?.version;
    if (version === undefined) throw new Error(`No child ${child.id}`);
    return call('POST', `/children/${child.id}/care-events`, {
      token,
      body: { version, ...body },
    });
  }

  async function leave(token: string, child: { id: string }, date = TEST_TODAY, reason = 'E4A') {
    const result = await careEvent(token, child, { kind: 'leave', date, reasonEnded: reason });
    expect(result.status).toBe(201);
    return careRecordSchema.parse(result.body);
  }

  async function listIds(token: string, query = ''): Promise<string[]> {
    const result = await call('GET', `/children?pageSize=10000${query}`, { token });
    expect(result.status).toBe(200);
    return childSummaryPageSchema.parse(result.body).items.map((child) => child.id);
  }

  async function caseloads(token: string): Promise<Record<string, number>> {
    const list = staffWithCaseloadSchema
      .array()
      .parse((await call('GET', '/staff', { token })).body);
    return Object.fromEntries(list.flatMap((s) => (s.caseload ? [[s.id, s.caseload.total]] : [])));
  }

  const STATUS_COUNT = {
    overdue: 'overdue',
    'at-risk': 'atRisk',
    'booked-late': 'bookedLate',
    booked: 'booked',
    'on-track': 'onTrack',
  } as const satisfies Record<ChildSummary['nextReview']['status'], keyof CaseloadCounts>;

  const sum = (counts: Record<string, number>) =>
    Object.values(counts).reduce((total, n) => total + n, 0);

  // ---------------------------------------------------------------------------------------------

  function allocatedIro(child: Child): string {
    if (child.iroId === null) throw new Error('Expected an allocated child');
    return child.iroId;
  }

  /** The index signInAs(…, 'iro', index) needs for this IRO. */
  function iroIndex(iroId: string): number {
    const index = [...ctx.db.all('staff')]
      .filter((s) => s.role === 'iro' && s.active)
      .findIndex((s) => s.id === iroId);
    if (index < 0) throw new Error(`IRO ${iroId} is not working`);
    return index;
  }

  return {
    ctx,
    CARE_RECORDERS_ONLY,
    newChild,
    manager,
    support,
    create,
    refused,
    openEpisode,
    seeded,
    quietSince,
    careEvent,
    leave,
    listIds,
    caseloads,
    STATUS_COUNT,
    sum,
    allocatedIro,
    iroIndex,
  };
}
