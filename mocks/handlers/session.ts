import {
  signInBodySchema,
  type CurrentSession,
  type Session,
  type StaffMember,
} from '@/lib/api/schemas';
import { problems } from '../http/problem';
import { publicRoute, route } from '../http/route';
import { bearerToken, endSession, sessionTimes, startSession } from '../http/sessions';
import { json, readBody } from '../http/validation';

// Sessions end after a time without a request, after a longest time signed in, on sign-out, when
// the person signs in too many times and on "reset demo data": mocks/http/sessions.ts.
export const sessionHandlers = [
  // Demo sign-in: pick a member of staff; no password (this is a demonstration backend).
  publicRoute('signIn', async ({ request, db }) => {
    const body = await readBody(request, signInBodySchema);
    const user = db.get('staff', body.staffId);
    if (user === undefined) {
      throw problems.validation([
        { field: 'staffId', message: 'Select who you are signing in as' },
      ]);
    }
    if (!user.active) {
      throw problems.validation([
        { field: 'staffId', message: `${user.name} no longer has access to the service` },
      ]);
    }
    const session = await startSession(db, user.id);
    return json({ token: session.id, user, ...sessionTimes(db, session) } satisfies Session, 201);
  }),

  // Who is signed in and when the session ends. Like any signed-in request it moves the idle
  // deadline on: the app's "Stay signed in" calls it.
  route('getSession', ({ request, db, user }) => {
    const session = db.get('sessions', bearerToken(request) ?? '');
    if (session === undefined) throw problems.unauthorized();
    return json({ user, ...sessionTimes(db, session) } satisfies CurrentSession);
  }),

  route('signOut', async ({ request, db }) => {
    const token = bearerToken(request);
    if (token !== undefined) await endSession(db, token);
    return new Response(null, { status: 204 });
  }),

  // The demo sign-in page lists who you can sign in as (no sign-in needed).
  publicRoute('listDemoStaff', ({ db }) =>
    json([...db.all('staff')].filter((staff) => staff.active) satisfies StaffMember[]),
  ),
];
