import {
  careEpisodeFields,
  compareDates,
  formatDate,
  type CareEpisode,
  type IsoDate,
} from '@/domain';
import type { AuditEvent, Child, Episode, StaffMember } from '@/lib/api/schemas';
import type { Database } from '../db/database';
import { problems, type FieldErrors } from './problem';

let sequence = 0;

/** A new opaque id. */
export function newId(prefix: string): string {
  sequence = (sequence + 1) % 0xfffff;
  const random = crypto.randomUUID().replace(/-/g, '').slice(0, 10);
  return `${prefix}_${random}${sequence.toString(36)}`;
}

/** A care episode as the tracker stores it: its own fields, under the id it keeps or a new one. */
export function storedEpisode(episode: CareEpisode, keptId: string | undefined): Episode {
  const fields = careEpisodeFields(episode);
  return {
    id: keptId ?? newId('ep'),
    ...fields,
    reasonForNewEpisode: fields.reasonForNewEpisode as Episode['reasonForNewEpisode'],
  };
}

/** The instant of a write: the mock's "today" with the real time of day. */
export function nowInstant(db: Database): string {
  return `${db.today}T${new Date().toISOString().slice(11)}`;
}

export function loadChild(db: Database, id: string): Child {
  const child = db.get('children', id);
  if (child === undefined) throw problems.notFound('child', id);
  return child;
}

export function loadStaffName(db: Database, id: string): string {
  return db.get('staff', id)?.name ?? id;
}

/** IROs see the children allocated to them; team managers and business support see every child. */
export function assertCanReadChild(user: StaffMember, child: Child): void {
  if (user.role === 'iro' && child.iroId !== user.id) {
    throw problems.forbidden('You can only see children allocated to you');
  }
}

/** Reviews, midpoint checks and escalations are recorded by the child's allocated IRO. */
export function assertAllocatedIro(user: StaffMember, child: Child, what: string): void {
  if (user.role !== 'iro') {
    throw problems.forbidden(`Only the child’s allocated IRO can ${what}`);
  }
  if (child.iroId !== user.id) {
    throw problems.forbidden(
      `Only the child’s allocated IRO can ${what}: this child is not allocated to you`,
    );
  }
}

export function assertVersion(
  record: { version: number },
  version: number,
  current: () => unknown,
  what: string,
): void {
  if (record.version !== version) {
    throw problems.conflict(
      current(),
      `The ${what} was changed by someone else (version ${record.version}, you had version ${version}). Check the current details and try again.`,
    );
  }
}

function same(a: unknown, b: unknown): boolean {
  return JSON.stringify(a) === JSON.stringify(b);
}

/** Field-by-field changes between two versions of a record (ignoring `version`). */
export function changesBetween(before: object | null, after: object | null): AuditEvent['changes'] {
  const b = (before ?? {}) as Record<string, unknown>;
  const a = (after ?? {}) as Record<string, unknown>;
  const fields = new Set([...Object.keys(b), ...Object.keys(a)]);
  const changes: AuditEvent['changes'] = [];
  for (const field of fields) {
    if (field === 'version') continue;
    if (!same(b[field], a[field])) {
      changes.push({ field, before: b[field] ?? null, after: a[field] ?? null });
    }
  }
  return changes;
}

export function auditEvent(
  db: Database,
  user: StaffMember,
  event: Omit<AuditEvent, 'id' | 'at' | 'actorId' | 'actorName'>,
): AuditEvent {
  return {
    id: newId('ae'),
    at: nowInstant(db),
    actorId: user.id,
    actorName: user.name,
    ...event,
  };
}

/** Adds "must be today or in the past" to a date field that is in the future. */
export function notInFuture(
  errors: FieldErrors,
  field: string,
  label: string,
  date: IsoDate | null | undefined,
  today: IsoDate,
): void {
  if (date !== null && date !== undefined && compareDates(date, today) > 0) {
    errors.add(field, `${label} must be today or in the past`);
  }
}

export { formatDate };
