import { http } from 'msw';
import { formatDate } from '@/domain';
import {
  createEscalationBodySchema,
  updateEscalationBodySchema,
  type Escalation,
} from '@/lib/api/schemas';
import { FieldErrors, problems } from '../http/problem';
import { ALL_ROLES, endpoint } from '../http/resolvers';
import {
  assertAllocatedIro,
  assertVersion,
  auditEvent,
  changesBetween,
  loadChild,
  newId,
  notBefore,
  notInFuture,
} from '../http/support';
import { json, readBody } from '../http/validation';

const STAGE_NAMES = {
  1: 'stage 1 (team manager)',
  2: 'stage 2 (head of service)',
  3: 'stage 3 (director)',
} as const;

export const escalationHandlers = [
  http.post(
    '*/api/children/:childId/escalations',
    endpoint(ALL_ROLES, async ({ request, db, params, user }) => {
      const child = loadChild(db, params.childId ?? '');
      assertAllocatedIro(user, child, 'raise an escalation');
      const body = await readBody(request, createEscalationBodySchema);
      const errors = new FieldErrors();
      notInFuture(errors, 'raisedOn', 'Date the escalation was raised', body.raisedOn, db.today);
      const firstStart = [...child.episodes].map((e) => e.start).sort()[0];
      notBefore(
        errors,
        'raisedOn',
        `Date the escalation was raised cannot be before the child became looked after on ${formatDate(firstStart ?? body.raisedOn)}`,
        body.raisedOn,
        firstStart,
      );
      errors.throwIfAny();
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
  ),

  http.patch(
    '*/api/escalations/:escalationId',
    endpoint(['iro', 'team-manager', 'business-support'], async ({ request, db, params, user }) => {
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
      const errors = new FieldErrors();
      if (escalation.resolvedOn !== null) {
        errors.add(
          'action',
          `This escalation was resolved on ${formatDate(escalation.resolvedOn)}: raise a new one`,
        );
        errors.throwIfAny();
      }
      let updated: Escalation;
      if (body.action === 'advance') {
        if (escalation.stage === 3) {
          errors.add('action', 'The escalation is already at stage 3, the last stage');
        }
        const lastReached = escalation.stages.at(-1)?.reachedOn ?? escalation.raisedOn;
        notInFuture(errors, 'on', 'Date the escalation moved to the next stage', body.on, db.today);
        notBefore(
          errors,
          'on',
          `Date the escalation moved to the next stage must be the same as or after ${formatDate(lastReached)}`,
          body.on,
          lastReached,
        );
        errors.throwIfAny();
        const stage = (escalation.stage + 1) as 2 | 3;
        updated = {
          ...escalation,
          stage,
          stages: [...escalation.stages, { stage, reachedOn: body.on, note: body.note }],
          version: escalation.version + 1,
        };
      } else {
        notInFuture(
          errors,
          'resolvedOn',
          'Date the escalation was resolved',
          body.resolvedOn,
          db.today,
        );
        notBefore(
          errors,
          'resolvedOn',
          `Date the escalation was resolved must be the same as or after it was raised on ${formatDate(escalation.raisedOn)}`,
          body.resolvedOn,
          escalation.raisedOn,
        );
        errors.throwIfAny();
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
  ),
];
