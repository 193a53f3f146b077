import { http } from 'msw';
import { settingsBodySchema, type Clock, type Settings } from '@/lib/api/schemas';
import { bankHolidays } from '../calendar';
import { staffWithCaseload } from '../compute';
import { ALL_ROLES, endpoint, publicEndpoint } from '../http/resolvers';
import { auditEvent, assertVersion, changesBetween } from '../http/support';
import { json, readBody } from '../http/validation';

export const settingsHandlers = [
  // Served in the shape of the gov.uk bank-holidays feed, as a real backend would proxy it.
  http.get(
    '*/api/bank-holidays',
    publicEndpoint(() => json(bankHolidays)),
  ),

  // The backend's "today": the app shows dates relative to it.
  http.get(
    '*/api/clock',
    publicEndpoint(({ db }) => json({ today: db.today } satisfies Clock)),
  ),

  http.get(
    '*/api/settings',
    endpoint(ALL_ROLES, ({ db }) => json(db.meta.settings)),
  ),

  http.put(
    '*/api/settings',
    endpoint(['team-manager'], async ({ request, db, user }) => {
      const body = await readBody(request, settingsBodySchema);
      const before = db.meta.settings;
      assertVersion(before, body.version, () => before, 'settings');
      // Booking lead times left out of the body keep their current values.
      const after: Settings = {
        ...body,
        socialWorkerReportWorkingDays:
          body.socialWorkerReportWorkingDays ?? before.socialWorkerReportWorkingDays,
        invitationsDueWorkingDays:
          body.invitationsDueWorkingDays ?? before.invitationsDueWorkingDays,
        version: before.version + 1,
      };
      const changes = changesBetween(before, after);
      await db.commit({
        puts: {
          auditEvents: [
            auditEvent(db, user, {
              entity: 'settings',
              entityId: 'settings',
              childId: null,
              action: 'updated',
              summary: `${user.name} changed the settings: ${changes.map((c) => c.field).join(', ') || 'no changes'}`,
              changes,
            }),
          ],
        },
        deletes: {},
        meta: { ...db.meta, settings: after },
      });
      return json(after);
    }),
  ),

  http.get(
    '*/api/staff',
    endpoint(ALL_ROLES, ({ db }) =>
      json([...db.all('staff')].map((s) => staffWithCaseload(db, s))),
    ),
  ),
];
