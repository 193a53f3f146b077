// The IRO's contacts with the child between reviews: recorded by the allocated IRO, read by them
// and team managers (never business support: a contact's note holds what the child said).
import {
  careStatusOn,
  describeIroContact,
  formatDate,
  iroContactProblems,
  lastSeenByIroOn,
  type IroContactPeriod,
} from '@/domain';
import { createIroContactBodySchema, type Child, type IroContact } from '@/lib/api/schemas';
import type { Database } from '../db/database';
import { problems } from '../http/problem';
import { route } from '../http/route';
import {
  assertAllocatedIro,
  assertCanReadChild,
  auditEvent,
  changesBetween,
  loadChild,
  newId,
  nowInstant,
} from '../http/support';
import { json, readBody } from '../http/validation';

/** The period of care a contact must fall in: the one going on, or the last one if they left. */
export function contactPeriod(child: Child, today: string): IroContactPeriod | null {
  const status = careStatusOn(child.episodes, today);
  if (status.lookedAfter) return { start: status.period.start, end: null };
  return status.lastPeriod === null
    ? null
    : { start: status.lastPeriod.start, end: status.lastPeriod.end };
}

/** The child's contacts, latest first (ties: the later recorded first). */
export function childIroContacts(db: Database, childId: string): IroContact[] {
  return db
    .forChild('iroContacts', childId)
    .sort(
      (a, b) => b.contactOn.localeCompare(a.contactOn) || b.recordedAt.localeCompare(a.recordedAt),
    );
}

export const iroContactHandlers = [
  route('listIroContacts', ({ db, params, user }) => {
    const child = loadChild(db, params.childId ?? '');
    assertCanReadChild(user, child);
    const items = childIroContacts(db, child.id);
    return json({ items, lastSeenOn: lastSeenByIroOn(items, db.today) });
  }),

  route('recordIroContact', async ({ request, db, params, user }) => {
    const child = loadChild(db, params.childId ?? '');
    assertAllocatedIro(user, child, 'record a contact with the child');
    const body = await readBody(request, createIroContactBodySchema);
    const found = iroContactProblems(
      { contactOn: body.contactOn, type: body.type, seenAlone: body.seenAlone },
      { today: db.today, period: contactPeriod(child, db.today) },
    );
    if (found.length > 0) throw problems.validation(found);
    const contact: IroContact = {
      id: newId('ic'),
      childId: child.id,
      contactOn: body.contactOn,
      type: body.type,
      seenAlone: body.seenAlone,
      note: body.note === null || body.note === '' ? null : body.note,
      iroId: user.id,
      recordedAt: nowInstant(db),
    };
    await db.commit({
      puts: {
        iroContacts: [contact],
        auditEvents: [
          auditEvent(db, user, {
            entity: 'iro-contact',
            entityId: contact.id,
            childId: child.id,
            action: 'created',
            summary: `${user.name} recorded ${describeIroContact(contact)} with ${child.givenName} ${child.familyName} on ${formatDate(contact.contactOn)}`,
            changes: changesBetween(null, contact),
          }),
        ],
      },
      deletes: {},
    });
    return json(contact, 201);
  }),
];
