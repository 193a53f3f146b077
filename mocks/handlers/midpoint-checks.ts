import { formatDate, midpointCheckProblems } from '@/domain';
import {
  createMidpointCheckBodySchema,
  updateMidpointCheckBodySchema,
  type Child,
  type MidpointCheck,
} from '@/lib/api/schemas';
import { currentPeriodOf, heldReviewsOf } from '../compute';
import type { Database } from '../db/database';
import { problems } from '../http/problem';
import { route } from '../http/route';
import {
  assertAllocatedIro,
  assertVersion,
  auditEvent,
  changesBetween,
  loadChild,
  newId,
} from '../http/support';
import { json, readBody } from '../http/validation';

/** The domain's rules for the date (the form runs the same): today or before, and in care. */
function validateCheckedOn(db: Database, checkedOn: string, lookedAfterOn: string | null): void {
  const found = midpointCheckProblems({ checkedOn }, { today: db.today, lookedAfterOn });
  if (found.length > 0) throw problems.validation(found);
}

/** When the child first became looked after: a changed check may be in an earlier period. */
function firstLookedAfterOn(child: Child): string | null {
  return [...child.episodes].sort((a, b) => (a.start < b.start ? -1 : 1))[0]?.start ?? null;
}

export const midpointCheckHandlers = [
  route('recordMidpointCheck', async ({ request, db, params, user }) => {
    const child = loadChild(db, params.childId ?? '');
    assertAllocatedIro(user, child, 'record a midpoint check');
    const body = await readBody(request, createMidpointCheckBodySchema);
    // A new check belongs to the current period of care.
    const current = currentPeriodOf(child, heldReviewsOf(db, child.id));
    validateCheckedOn(db, body.checkedOn, current.start);
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

  route('updateMidpointCheck', async ({ request, db, params, user }) => {
    const check = db.get('midpointChecks', params.checkId ?? '');
    if (check === undefined) throw problems.notFound('midpoint check', params.checkId ?? '');
    const child = loadChild(db, check.childId);
    assertAllocatedIro(user, child, 'change a midpoint check');
    const body = await readBody(request, updateMidpointCheckBodySchema);
    assertVersion(check, body.version, () => db.get('midpointChecks', check.id), 'midpoint check');
    const updated: MidpointCheck = {
      ...check,
      checkedOn: body.checkedOn ?? check.checkedOn,
      outcome: body.outcome ?? check.outcome,
      note: body.note ?? check.note,
      version: check.version + 1,
    };
    validateCheckedOn(db, updated.checkedOn, firstLookedAfterOn(child));
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
];
