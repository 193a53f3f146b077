import {
  escalationChangeProblems,
  escalationRaisedProblems,
  formatDate,
  type EscalationChange,
} from '@/domain';
import {
  createEscalationBodySchema,
  updateEscalationBodySchema,
  type Escalation,
} from '@/lib/api/schemas';
import type { z } from 'zod';
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

type EscalationUpdate = z.output<typeof updateEscalationBodySchema>;

const STAGE_NAMES = {
  1: 'stage 1 (team manager)',
  2: 'stage 2 (head of service)',
  3: 'stage 3 (director)',
} as const;

/** What the person was trying to do, for a refusal ("Only the child’s allocated IRO can ..."). */
const WHAT = {
  advance: 'move an escalation to the next stage',
  resolve: 'resolve an escalation',
  'refer-to-cafcass': 'refer a child’s case to Cafcass',
} as const;

const AUDIT_ACTION = {
  advance: 'advanced',
  resolve: 'resolved',
  'refer-to-cafcass': 'referred-to-cafcass',
} as const;

function auditSummary(name: string, body: EscalationUpdate, updated: Escalation): string {
  const stage = STAGE_NAMES[updated.stage];
  if (body.action === 'advance') return `${name} moved the escalation to ${stage}`;
  if (body.action === 'resolve') return `${name} resolved the escalation at ${stage}`;
  return `${name} referred the child’s case to Cafcass on ${formatDate(body.cafcassReferredOn)}, at ${stage}`;
}

/** A note as stored: trimmed by the schema, and null when blank. */
function noteOrNull(note: string | null | undefined): string | null {
  return note === null || note === undefined || note === '' ? null : note;
}

export const escalationHandlers = [
  route('raiseEscalation', async ({ request, db, params, user }) => {
    const child = loadChild(db, params.childId ?? '');
    assertAllocatedIro(user, child, 'raise an escalation');
    const body = await readBody(request, createEscalationBodySchema);
    const cafcassReferredOn = body.cafcassReferredOn ?? null;
    const raised = escalationRaisedProblems(
      { raisedOn: body.raisedOn, cafcassReferredOn },
      {
        today: db.today,
        lookedAfterOn: [...child.episodes].map((e) => e.start).sort()[0] ?? null,
      },
    );
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
      cafcassReferredOn,
      cafcassNote: cafcassReferredOn === null ? null : noteOrNull(body.cafcassNote),
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
            summary: `${user.name} raised an escalation at ${STAGE_NAMES[escalation.stage]} for ${child.givenName} ${child.familyName}${cafcassReferredOn === null ? '' : `, referred to Cafcass on ${formatDate(cafcassReferredOn)}`}`,
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
      // Only the allocated IRO moves it on or refers the case to Cafcass.
      assertAllocatedIro(user, child, WHAT[body.action]);
    }
    assertVersion(
      escalation,
      body.version,
      () => db.get('escalations', escalation.id),
      'escalation',
    );
    const change: EscalationChange =
      body.action === 'advance'
        ? { action: 'advance', on: body.on }
        : body.action === 'resolve'
          ? { action: 'resolve', resolvedOn: body.resolvedOn }
          : { action: 'refer-to-cafcass', cafcassReferredOn: body.cafcassReferredOn };
    const found = escalationChangeProblems(escalation, change, db.today);
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
    } else if (body.action === 'resolve') {
      updated = {
        ...escalation,
        resolvedOn: body.resolvedOn,
        outcome: body.outcome,
        version: escalation.version + 1,
      };
    } else {
      updated = {
        ...escalation,
        cafcassReferredOn: body.cafcassReferredOn,
        cafcassNote: noteOrNull(body.cafcassNote),
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
            action: AUDIT_ACTION[body.action],
            summary: auditSummary(user.name, body, updated),
            changes: changesBetween(escalation, updated),
          }),
        ],
      },
      deletes: {},
    });
    return json(updated);
  }),
];
