// The front end's route table and the backend's operations table agree: every page, opened by each
// role the page lets in, makes only requests it declares, and the backend lets that role make
// every request the page declares. A page can never offer a role what the backend would refuse.
import { screen, waitFor } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { OPERATION_IDS, operation, roleMayCall, type OperationId } from '@/lib/api/operations';
import type { StaffRole } from '@/lib/api/schemas';
import { paths } from '@/lib/paths';
import { renderPage, server, STAFF } from '@/test/render-page';
import { resetMockDatabase } from '@mocks/node';
import { homeOf, navigationFor, appRoutes, type AppRoute } from './route-table';
import { routeObject } from './router';

const SIGN_IN_AS: Record<Exclude<StaffRole, 'iro'>, string> = {
  'team-manager': STAFF.margaret,
  'business-support': STAFF.tracey,
};

/** What the signed-in shell asks for on every page (the layout, before any page). */
const SHELL: readonly OperationId[] = ['getSession', 'getClock', 'getSettings', 'getTaskSummary'];

// A literal path wins over a pattern that also matches it (/children/left-care is not a child's
// id), as the backend's routing has it: fewest parameters first.
const matchers = OPERATION_IDS.map((id) => {
  const op = operation(id);
  const pattern = new RegExp(`^/api${op.path.replace(/\{\w+\}/g, '[^/]+')}$`);
  const parameters = op.path.split('{').length - 1;
  return { id, method: op.method.toUpperCase(), pattern, parameters };
}).sort((a, b) => a.parameters - b.parameters);

function operationOf(request: Request): OperationId {
  const { pathname } = new URL(request.url);
  const found = matchers.find((m) => m.method === request.method && m.pattern.test(pathname));
  if (found === undefined) throw new Error(`No operation for ${request.method} ${pathname}`);
  return found.id;
}

/**
 * The route's path with ids of real records, and the IRO those records are allocated to (the IRO
 * opening the page is that IRO, as only they may).
 */
function concretePath(route: AppRoute): { path: string; iroId: string } {
  // Escalations are rarer than the test seed's 60 children: a larger seed has some.
  const db = resetMockDatabase(route.path.includes(':escalationId') ? { size: 400 } : {});
  const children = [...db.all('children')];
  const needs = (table: 'reviews' | 'escalations' | 'meetings') => {
    const child = children.find((each) => db.forChild(table, each.id).length > 0);
    const record = child === undefined ? undefined : db.forChild(table, child.id)[0];
    if (child?.iroId == null || record === undefined) throw new Error(`No ${table} in the seed`);
    return { childId: child.id, iroId: child.iroId, id: record.id };
  };
  const { childId, iroId, id } = needs(
    route.path.includes(':reviewId')
      ? 'reviews'
      : route.path.includes(':escalationId')
        ? 'escalations'
        : 'meetings',
  );
  const values: Record<string, string> = {
    childId,
    reviewId: id,
    escalationId: id,
    meetingId: id,
    // A document of the review (a meeting's print page says "not found": the same requests).
    documentId: 'letter-to-child',
    kind: 'invitation',
    // No reminder is built in the seed: the message page says "not found", with the same requests.
    messageId: 'digest-none',
  };
  const path = route.path.replace(/:(\w+)/g, (_match, name: string) => {
    const value = values[name];
    if (value === undefined) throw new Error(`No value for :${name}`);
    return value;
  });
  return { path, iroId };
}

/** Renders the page as the router mounts it and returns the operations it called once settled. */
async function operationsCalled(route: AppRoute, role: StaffRole): Promise<Set<OperationId>> {
  const { path, iroId } = concretePath(route);
  const called = new Set<OperationId>();
  let inFlight = 0;
  const onStart = ({ request }: { request: Request }) => {
    inFlight += 1;
    called.add(operationOf(request));
  };
  const onEnd = () => {
    inFlight -= 1;
  };
  server.events.on('request:start', onStart);
  server.events.on('request:end', onEnd);
  try {
    await renderPage({
      routes: [routeObject(route), { path: '*', element: <h1>Elsewhere</h1> }],
      path,
      signInAs: role === 'iro' ? iroId : SIGN_IN_AS[role],
      keepDatabase: true,
    });
    // Settled: the page's code has arrived, nothing is loading and nothing is in flight for a few
    // polls in a row (pages ask in stages).
    let quiet = 0;
    await waitFor(
      () => {
        const loading = screen.queryAllByText(/^Loading/).length > 0;
        quiet = inFlight === 0 && !loading ? quiet + 1 : 0;
        expect(quiet).toBeGreaterThan(5);
      },
      { timeout: 10_000, interval: 30 },
    );
  } finally {
    server.events.removeListener('request:start', onStart);
    server.events.removeListener('request:end', onEnd);
  }
  for (const id of SHELL) called.delete(id);
  // The test's own sign-in, through the real API.
  called.delete('signIn');
  return called;
}

const cases = appRoutes.flatMap((route) => route.roles.map((role) => ({ route, role })));

describe('the route table and the backend’s operations table', () => {
  it.each(cases.map(({ route, role }) => [route.path, role, route] as const))(
    '%s, opened by %s, calls only what it declares',
    async (_path, role, route) => {
      const called = await operationsCalled(route, role);
      expect(screen.getAllByRole('heading', { level: 1 }).length).toBeGreaterThan(0);
      expect(screen.queryByRole('heading', { name: 'You cannot use this page' })).toBeNull();
      const declared = [...route.operations, ...(route.actions?.[role] ?? [])];
      expect([...called].filter((id) => !declared.includes(id))).toEqual([]);
    },
    20_000,
  );

  it('lets every role a page admits make every request the page declares', () => {
    const refused = appRoutes.flatMap((route) =>
      route.roles.flatMap((role) =>
        route.operations
          .filter((id) => !roleMayCall(id, role))
          .map((id) => `${role} on ${route.path}: ${id}`),
      ),
    );
    expect(refused).toEqual([]);
  });

  it('offers a role an action only when the role may open the page and make the request', () => {
    const refused = appRoutes.flatMap((route) =>
      Object.entries(route.actions ?? {}).flatMap(([role, ids]) =>
        ids
          .filter(
            (id) => !route.roles.includes(role as StaffRole) || !roleMayCall(id, role as StaffRole),
          )
          .map((id) => `${role} on ${route.path}: ${id}`),
      ),
    );
    expect(refused).toEqual([]);
  });

  it('gives every role a home page it may open, and navigation only to pages it may open', () => {
    for (const role of ['iro', 'team-manager', 'business-support'] as const) {
      const home = appRoutes.find((route) => route.path === homeOf(role));
      expect(home?.roles).toContain(role);
      for (const item of navigationFor(role)) {
        expect(appRoutes.find((route) => route.path === item.href)?.roles).toContain(role);
      }
    }
    expect(homeOf('team-manager')).toBe(paths.tasks);
  });
});
