import { http } from 'msw';
import { formatDate } from '@/domain';
import {
  createMidpointCheckBodySchema,
  updateMidpointCheckBodySchema,
  type Child,
  type MidpointCheck,
} from '@/lib/api/schemas';
import { currentPeriodOf } from '../compute';
import type { Database } from '../db/database';
import { FieldErrors, problems } from '../http/problem';
import { ALL_ROLES, endpoint } from '../http/resolvers';
import {
  assertAllocatedIro,
  assertVersion,
  auditEvent,
  changesBetween,
  loadChild,
  newId,
  notInFuture,
} from '../http/support';
import { json, readBody } from '../http/validation';

function validateCheckedOn(db: Database, child: Child, checkedOn: string): void {
  const errors = new FieldErrors();
  notInFuture(errors, 'checkedOn', 'Date of the midpoint check', checkedOn, db.today);
  const firstEpisode = [...child.episodes].sort((a, b) => (a.start < b.start ? -1 : 1))[0];
  if (firstEpisode !== undefined && checkedOn < firstEpisode.start) {
    errors.add(
      'checkedOn',
      `Date of the midpoint check cannot be before the child became looked after on ${formatDate(firstEpisode.start)}`,
    );
  }
  errors.throwIfAny();
}

export const midpointCheckHandlers = [
  http.post(
    '*/api/children/:childId/midpoint-checks',
    endpoint(ALL_ROLES, async ({ request, db, params, user }) => {
      const child = loadChild(db, params.childId ?? '');
      assertAllocatedIro(user, child, 'record a midpoint check');
      const body = await readBody(request, createMidpointCheckBodySchema);
      validateCheckedOn(db, child, body.checkedOn);
      const current = currentPeriodOf(child, db.forChild('reviews', child.id));
      if (body.checkedOn < current.start) {
        throw problems.validation([
          {
            field: 'checkedOn',
            message: `Date of the midpoint check cannot be before the child became looked after on ${formatDate(current.start)}`,
          },
        ]);
      }
      const check: MidpointCheck = {
        id: newId('mc'),
        childId: child.id,
        checkedOn: body.checkedOn,
        outcome: body.outcome,
        note: body.note,
        version: 1,
      };
      await db.commit({
        puts: {
          midpointChecks: [check],
          auditEvents: [
            auditEvent(db, user, {
              entity: 'midpoint-check',
              entityId: check.id,
              childId: child.id,
              action: 'created',
              summary: `${user.name} recorded a midpoint check on ${formatDate(check.checkedOn)} for ${child.givenName} ${child.familyName}`,
              changes: changesBetween(null, check),
            }),
          ],
        },
        deletes: {},
      });
      return json(check, 201);
    }),
  ),

  http.patch(
    '*/api/midpoint-checks/:checkId',
    endpoint(ALL_ROLES, async ({ request, db, params, user }) => {
      const check = db.get('midpointChecks', params.checkId ?? '');
      if (check === undefined) throw problems.notFound('midpoint check', params.checkId ?? '');
      const child = loadChild(db, check.childId);
      assertAllocatedIro(user, child, 'change a midpoint check');
      const body = await readBody(request, updateMidpointCheckBodySchema);
      assertVersion(
        check,
        body.version,
        () => db.get('midpointChecks', check.id),
        'midpoint check',
      );
      const updated: MidpointCheck = {
        ...check,
        checkedOn: body.checkedOn ?? check.checkedOn,
        outcome: body.outcome ?? check.outcome,
        note: body.note ?? check.note,
        version: check.version + 1,
      };
      validateCheckedOn(db, child, updated.checkedOn);
      const changes = changesBetween(check, updated);
      await db.commit({
        puts: {
          midpointChecks: [updated],
          auditEvents: [
            auditEvent(db, user, {
              entity: 'midpoint-check',
              entityId: check.id,
              childId: child.id,
              action: 'updated',
              summary: `${user.name} changed the midpoint check of ${formatDate(updated.checkedOn)}: ${changes.map((c) => c.field).join(', ') || 'no changes'}`,
              changes,
            }),
          ],
        },
        deletes: {},
      });
      return json(updated);
    }),
  ),
];
