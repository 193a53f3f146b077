import { escalationChangeProblems, escalationRaisedProblems } from '@/domain';
import {
  createEscalationBodySchema,
  updateEscalationBodySchema,
  type Escalation,
} from '@/lib/api/schemas';
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

const STAGE_NAMES = {
  1: 'stage 1 (team manager)',
  2: 'stage 2 (head of service)',
  3: 'stage 3 (director)',
} as const;

export const escalationHandlers = [
  route('raiseEscalation', async ({ request, db, params, user }) => {
    const child = loadChild(db, params.childId ?? '');
    assertAllocatedIro(user, child, 'raise an escalation');
    const body = await readBody(request, createEscalationBodySchema);
    const raised = escalationRaisedProblems(body, {
      today: db.today,
      lookedAfterOn: [...child.episodes].map((e) => e.start).sort()[0] ?? null,
    });
    if (raised.length > 0) throw problems.validation(raised);
    const escalation: Escalation = {
      id: newId('es'),
      childId: child.id,
      stage: body.stage,
      reason: body.reason,
      raisedOn: body.raisedOn,
      resolvedOn: null,
      outcome: null,
      stages: [{ stage: body.stage, reachedOn: body.raisedOn, note: body.reason }],
      version: 1,
    };
    await db.commit({
      puts: {
        escalations: [escalation],
        auditEvents: [
          auditEvent(db, user, {
            entity: 'escalation',
            entityId: escalation.id,
            childId: child.id,
            action: 'created',
            summary: `${user.name} raised an escalation at ${STAGE_NAMES[escalation.stage]} for ${child.givenName} ${child.familyName}`,
            changes: changesBetween(null, escalation),
          }),
        ],
      },
      deletes: {},
    });
    return json(escalation, 201);
  }),

  route('updateEscalation', async ({ request, db, params, user }) => {
    const escalation = db.get('escalations', params.escalationId ?? '');
    if (escalation === undefined) {
      throw problems.notFound('escalation', params.escalationId ?? '');
    }
    const child = loadChild(db, escalation.childId);
    const body = await readBody(request, updateEscalationBodySchema);
    if (body.action === 'resolve' && user.role === 'team-manager') {
      // A team manager may resolve an escalation raised with them.
    } else {
      assertAllocatedIro(
        user,
        child,
        body.action === 'advance'
          ? 'move an escalation to the next stage'
          : 'resolve an escalation',
      );
    }
    assertVersion(
      escalation,
      body.version,
      () => db.get('escalations', escalation.id),
      'escalation',
    );
    const found = escalationChangeProblems(
      escalation,
      body.action === 'advance'
        ? { action: 'advance', on: body.on }
        : { action: 'resolve', resolvedOn: body.resolvedOn },
      db.today,
    );
    if (found.length > 0) throw problems.validation(found);
    let updated: Escalation;
    if (body.action === 'advance') {
      const stage = (escalation.stage + 1) as 2 | 3;
      updated = {
        ...escalation,
        stage,
        stages: [...escalation.stages, { stage, reachedOn: body.on, note: body.note }],
        version: escalation.version + 1,
      };
    } else {
      updated = {
        ...escalation,
        resolvedOn: body.resolvedOn,
        outcome: body.outcome,
        version: escalation.version + 1,
      };
    }
    await db.commit({
      puts: {
        escalations: [updated],
        auditEvents: [
          auditEvent(db, user, {
            entity: 'escalation',
            entityId: escalation.id,
            childId: child.id,
            action: body.action === 'advance' ? 'advanced' : 'resolved',
            summary:
              body.action === 'advance'
                ? `${user.name} moved the escalation to ${STAGE_NAMES[updated.stage]}`
                : `${user.name} resolved the escalation at ${STAGE_NAMES[updated.stage]}`,
            changes: changesBetween(escalation, updated),
          }),
        ],
      },
      deletes: {},
    });
    return json(updated);
  }),
];
