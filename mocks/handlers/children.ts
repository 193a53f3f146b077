import type { z } from 'zod';
import {
  bulkReallocateBodySchema,
  caseloadSummaryQuerySchema,
  listChildrenQuerySchema,
  reallocateChildBodySchema,
  searchChildrenBodySchema,
  type AuditEvent,
  type BulkReallocateResult,
  type Child,
  type ChildSummary,
  type Page,
  type ReviewMeeting,
  type StaffMember,
} from '@/lib/api/schemas';
import {
  addDays,
  compareChildListEntries,
  meetingsThatMove,
  reallocationClashes,
  reallocationClashMessage,
  reallocationClashProblems,
  type ReallocationClash,
} from '@/domain';
import type { Database } from '../db/database';
import {
  activeChildren,
  activeChildrenOf,
  addToCounts,
  allocatedIroId,
  childDetail,
  emptyCounts,
  summariseChild,
} from '../compute';
import { iroScope } from '../http/filters';
import { problems } from '../http/problem';
import { route } from '../http/route';
import { filterChildren, sortedChildren } from '../sorted-children';
import { type AuthedContext } from '../http/resolvers';
import {
  assertCanReadChild,
  assertVersion,
  auditEvent,
  loadChild,
  loadStaffName,
} from '../http/support';
import { json, readBody, readQuery } from '../http/validation';
import { summariesWarm } from '../warm-up';

/**
 * The children a user may list: an IRO their own caseload; others everyone (or one IRO's). An
 * iroId that is not an IRO's is 422 (mocks/http/filters.ts).
 */
export function visibleChildren(
  db: Database,
  user: StaffMember,
  iroId: string | undefined,
): Iterable<Child> {
  const forIro = iroScope(db, user, iroId);
  return forIro === undefined ? activeChildren(db) : activeChildrenOf(db, forIro);
}

type ListQuery = z.output<typeof listChildrenQuerySchema> & { q?: string };

/** GET /children and POST /children/search: the same list, the search only in a body. */
function childrenPage(db: Database, user: StaffMember, query: ListQuery): Response {
  const iroId = iroScope(db, user, query.iroId);
  const view = sortedChildren(
    db,
    `${query.sort}:${query.order}`,
    compareChildListEntries(query.sort, query.order),
  );
  const matches = filterChildren(view, {
    iroId,
    statuses: query.status,
    dueAfter: query.dueAfter,
    dueBefore: query.dueBefore,
    needle: query.q?.toLowerCase() ?? '',
    notSeenByIro: query.notSeenByIro
      ? { today: db.today, months: db.meta.settings.iroContactMonths }
      : undefined,
  });
  const totalPages = Math.max(1, Math.ceil(matches.length / query.pageSize));
  const start = (query.page - 1) * query.pageSize;
  const items = matches
    .slice(start, start + query.pageSize)
    .flatMap((position) => view.summaries[position] ?? []);
  const page: Page<ChildSummary> = {
    items,
    page: query.page,
    pageSize: query.pageSize,
    totalItems: matches.length,
    totalPages,
  };
  return json(page);
}

async function listChildren({ db, url, user }: AuthedContext): Promise<Response> {
  if (url.searchParams.has('q')) {
    // A search is often a child's name: it goes in a POST body, never a URL that logs keep.
    throw problems.validation([
      { field: 'q', message: 'Search with POST /children/search: a name must not go in a URL' },
    ]);
  }
  const query = readQuery(url, listChildrenQuerySchema);
  // Every child's summary is read (sorted, filtered): while the server warms, wait in slices.
  await summariesWarm(db);
  return childrenPage(db, user, query);
}

async function searchChildren({ db, request, user }: AuthedContext): Promise<Response> {
  const body = await readBody(request, searchChildrenBodySchema);
  await summariesWarm(db);
  return childrenPage(db, user, body);
}

function activeIro(db: Database, iroId: string, field: string): StaffMember {
  const iro = db.get('staff', iroId);
  if (iro?.role !== 'iro' || !iro.active) {
    throw problems.validation([{ field, message: 'Select an IRO who is currently working' }]);
  }
  return iro;
}

type MeetingClash = ReallocationClash<ReviewMeeting>;

interface ClashCheck {
  /** The accepted clashes each moving meeting is in (by meeting id). */
  byMeeting: Map<string, MeetingClash[]>;
  words: (clash: MeetingClash) => string;
}

/**
 * The overlaps moving these children's booked meetings to `to` would make in their diary: a 422
 * naming each (on `iroField`) unless the manager accepted them. Never a silent move.
 */
function checkReallocationClashes(
  db: Database,
  children: readonly Child[],
  to: StaffMember,
  options: { iroField: string; accepted: boolean },
): ClashCheck {
  // From yesterday: a meeting running past midnight reaches into today.
  const from = addDays(db.today, -1);
  const diary = [...db.all('meetings')].filter(
    (meeting) => meeting.iroId === to.id && meeting.date >= from,
  );
  const clashes = reallocationClashes({
    toIroId: to.id,
    childrenMeetings: children.flatMap((child) => db.forChild('meetings', child.id)),
    diary,
    today: db.today,
  });
  const names = {
    childName: (childId: string) => {
      const child = db.get('children', childId);
      return child === undefined ? childId : `${child.givenName} ${child.familyName}`;
    },
    iroName: to.name,
  };
  const found = reallocationClashProblems(clashes, names, options);
  if (found.length > 0) throw problems.validation(found);
  const byMeeting = new Map<string, MeetingClash[]>();
  const add = (id: string, clash: MeetingClash) => {
    const list = byMeeting.get(id);
    if (list === undefined) byMeeting.set(id, [clash]);
    else list.push(clash);
  };
  for (const clash of clashes) {
    add(clash.moving.id, clash);
    if (clash.otherMoves) add(clash.other.id, clash);
  }
  return { byMeeting, words: (clash) => reallocationClashMessage(clash, names) };
}

/**
 * Moves a child to another IRO: the child (version + 1), the meetings still booked for them, and an
 * audit event for each. Clashes the manager accepted are recorded on the events. Returns the
 * records to commit.
 */
function reallocation(
  db: Database,
  user: StaffMember,
  child: Child,
  to: StaffMember,
  check: ClashCheck,
): { child: Child; meetings: ReviewMeeting[]; events: AuditEvent[] } {
  const updated: Child = { ...child, iroId: to.id, version: child.version + 1 };
  const moving = meetingsThatMove(db.forChild('meetings', child.id), db.today);
  const clashesOf = (meeting: ReviewMeeting) => check.byMeeting.get(meeting.id) ?? [];
  const accepted = new Set(moving.flatMap(clashesOf)).size;
  const acceptedText =
    accepted === 0
      ? ''
      : `, accepting ${accepted === 1 ? 'a clash' : `${accepted} clashes`} in ${to.name}’s diary`;
  const events: AuditEvent[] = [
    auditEvent(db, user, {
      entity: 'child',
      entityId: child.id,
      childId: child.id,
      action: child.iroId === null ? 'allocated' : 'reallocated',
      summary:
        child.iroId === null
          ? `${user.name} allocated ${child.givenName} ${child.familyName} to ${to.name}${acceptedText}`
          : `${user.name} reallocated ${child.givenName} ${child.familyName} from ${loadStaffName(db, child.iroId)} to ${to.name}${acceptedText}`,
      changes: [{ field: 'iroId', before: child.iroId, after: to.id }],
    }),
  ];
  const meetings = moving.map((meeting) => {
    const clashes = clashesOf(meeting).map(check.words);
    events.push(
      auditEvent(db, user, {
        entity: 'meeting',
        entityId: meeting.id,
        childId: child.id,
        action: 'updated',
        summary: [
          `The review meeting on ${meeting.date} will be chaired by ${to.name}`,
          ...clashes.map((words) => `Clash accepted by ${user.name}: ${words}`),
        ].join('. '),
        changes: [
          { field: 'iroId', before: meeting.iroId, after: to.id },
          ...(clashes.length === 0
            ? []
            : [{ field: 'acceptedClashes', before: null, after: clashes }]),
        ],
      }),
    );
    return { ...meeting, iroId: to.id, version: meeting.version + 1 };
  });
  return { child: updated, meetings, events };
}

export const childrenHandlers = [
  route('listChildren', listChildren),
  route('searchChildren', searchChildren),

  route('getCaseloadSummary', async ({ db, url, user }) => {
    const query = readQuery(url, caseloadSummaryQuerySchema);
    await summariesWarm(db);
    const counts = emptyCounts();
    for (const child of visibleChildren(db, user, query.iroId)) {
      addToCounts(counts, summariseChild(db, child));
    }
    return json(counts);
  }),

  // Bulk reallocation: all or nothing. Registered before /children/:id so the path is not an id.
  route('reallocateChildren', async ({ request, db, user }) => {
    const body = await readBody(request, bulkReallocateBodySchema);
    const to = activeIro(db, body.toIroId, 'toIroId');
    const ids = [...new Set(body.childIds)];
    const missing = body.childIds.flatMap((id, index) =>
      db.get('children', id) === undefined
        ? [{ field: `childIds.${index}`, message: `No child with id ${id}` }]
        : [],
    );
    if (missing.length > 0) throw problems.validation(missing);
    const moving = ids.map((id) => loadChild(db, id)).filter((child) => child.iroId !== to.id);
    const check = checkReallocationClashes(db, moving, to, {
      iroField: 'toIroId',
      accepted: body.acceptClashes,
    });
    const children: Child[] = [];
    const meetings: ReviewMeeting[] = [];
    const events: AuditEvent[] = [];
    for (const child of moving) {
      const change = reallocation(db, user, child, to, check);
      children.push(change.child);
      meetings.push(...change.meetings);
      events.push(...change.events);
    }
    await db.commit({ puts: { children, meetings, auditEvents: events }, deletes: {} });
    const result: BulkReallocateResult = {
      reallocated: children.length,
      children: ids.map((id) => {
        const child = loadChild(db, id);
        return { id, iroId: allocatedIroId(child), version: child.version };
      }),
    };
    return json(result);
  }),

  route('getChild', ({ db, params, user }) => {
    const child = loadChild(db, params.childId ?? '');
    assertCanReadChild(user, child);
    return json(childDetail(db, child));
  }),

  route('reallocateChild', async ({ request, db, params, user }) => {
    const child = loadChild(db, params.childId ?? '');
    const body = await readBody(request, reallocateChildBodySchema);
    assertVersion(child, body.version, () => summariseChild(db, child), 'child’s record');
    const to = activeIro(db, body.iroId, 'iroId');
    if (to.id !== child.iroId) {
      const check = checkReallocationClashes(db, [child], to, {
        iroField: 'iroId',
        accepted: body.acceptClashes,
      });
      const change = reallocation(db, user, child, to, check);
      await db.commit({
        puts: {
          children: [change.child],
          meetings: change.meetings,
          auditEvents: change.events,
        },
        deletes: {},
      });
    }
    return json(summariseChild(db, loadChild(db, child.id)));
  }),
];
