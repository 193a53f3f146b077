// The filters many lists share, checked the same way everywhere: an `iroId` filter must name an IRO
// (422, so a typing mistake or a made-up id is never answered with an empty list), and an IRO asks
// only for their own caseload (403).
import { IRO_FILTER_MESSAGE, type StaffMember } from '@/lib/api/schemas';
import type { Database } from '../db/database';
import { problems } from './problem';

/** The 403 when an IRO asks for another IRO's children. */
export const OWN_CASELOAD_ONLY = 'You can only see your own caseload: ask a team manager';

/**
 * 422 `{ field: 'iroId', message: 'Choose an IRO from the list' }` unless the id is an IRO's
 * (one who has left too: their children are still listed until reallocated).
 */
export function assertIroFilter(db: Database, iroId: string | undefined, field = 'iroId'): void {
  if (iroId === undefined) return;
  if (db.get('staff', iroId)?.role !== 'iro') {
    throw problems.validation([{ field, message: IRO_FILTER_MESSAGE }]);
  }
}

/**
 * Whose children a list shows: an IRO always their own (asking for another IRO's is 403 with
 * `refusal`); anyone else the IRO filtered on, or everyone's (undefined).
 */
export function iroScope(
  db: Database,
  user: StaffMember,
  iroId: string | undefined,
  refusal = OWN_CASELOAD_ONLY,
): string | undefined {
  assertIroFilter(db, iroId);
  if (user.role !== 'iro') return iroId;
  if (iroId !== undefined && iroId !== user.id) throw problems.forbidden(refusal);
  return user.id;
}
