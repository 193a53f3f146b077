import {
  signInBodySchema,
  type CurrentSession,
  type Session,
  type StaffMember,
} from '@/lib/api/schemas';
import { problems } from '../http/problem';
import { publicRoute, route } from '../http/route';
import { json, readBody } from '../http/validation';

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
    const token = crypto.randomUUID();
    await db.commit({
      puts: { sessions: [{ id: token, staffId: user.id, createdAt: new Date().toISOString() }] },
      deletes: {},
    });
    return json({ token, user } satisfies Session, 201);
  }),

  route('getSession', ({ user }) => json({ user } satisfies CurrentSession)),

  route('signOut', async ({ request, db }) => {
    const token = /^Bearer\s+(\S+)$/i.exec(request.headers.get('Authorization') ?? '')?.[1];
    if (token !== undefined) await db.commit({ puts: {}, deletes: { sessions: [token] } });
    return new Response(null, { status: 204 });
  }),

  // The demo sign-in page lists who you can sign in as (no sign-in needed).
  publicRoute('listDemoStaff', ({ db }) =>
    json([...db.all('staff')].filter((staff) => staff.active) satisfies StaffMember[]),
  ),
];
