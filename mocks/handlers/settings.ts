import { settingsBodySchema, type Clock, type Council, type Settings } from '@/lib/api/schemas';
import { bankHolidays } from '../calendar';
import { staffWithCaseload } from '../compute';
import { auditEvent, assertVersion, changesBetween } from '../http/support';
import { publicRoute, route } from '../http/route';
import { json, readBody } from '../http/validation';

export const settingsHandlers = [
  // Served in the shape of the gov.uk bank-holidays feed, as a real backend would proxy it.
  publicRoute('getBankHolidays', () => json(bankHolidays)),

  // The backend's "today": the app shows dates relative to it.
  publicRoute('getClock', ({ db }) => json({ today: db.today } satisfies Clock)),

  // One source for the council's name: the sign-in page shows the name every other page shows.
  publicRoute('getCouncil', ({ db }) =>
    json({ councilName: db.meta.settings.councilName } satisfies Council),
  ),

  route('getSettings', ({ db }) => json(db.meta.settings)),

  route('updateSettings', async ({ request, db, user }) => {
    const body = await readBody(request, settingsBodySchema);
    const before = db.meta.settings;
    assertVersion(before, body.version, () => before, 'settings');
    // Booking lead times, reasons and session times left out of the body keep their current values.
    const after: Settings = {
      ...body,
      socialWorkerReportWorkingDays:
        body.socialWorkerReportWorkingDays ?? before.socialWorkerReportWorkingDays,
      allocationWorkingDays: body.allocationWorkingDays ?? before.allocationWorkingDays,
      invitationsDueWorkingDays: body.invitationsDueWorkingDays ?? before.invitationsDueWorkingDays,
      lateReviewReasons: body.lateReviewReasons ?? before.lateReviewReasons,
      // Applies at once to every session (mocks/http/sessions.ts reads the setting per request).
      sessionIdleMinutes: body.sessionIdleMinutes ?? before.sessionIdleMinutes,
      sessionMaxHours: body.sessionMaxHours ?? before.sessionMaxHours,
      meetingWorkingHours: body.meetingWorkingHours ?? before.meetingWorkingHours,
      calendarChildLabel: body.calendarChildLabel ?? before.calendarChildLabel,
      iroContactMonths: body.iroContactMonths ?? before.iroContactMonths,
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

  route('listStaff', ({ db }) => json([...db.all('staff')].map((s) => staffWithCaseload(db, s)))),
];
