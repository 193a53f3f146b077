// What the caseload reads before it can show anything, for the route table to start as soon as the
// route matches (src/app/route-table.tsx). In the first download, so it imports nothing that brings
// zod or the schemas with it: the queries' own factories and plain words only.
import type { StaffMember } from '@/lib/api/schemas';
import { firstRead } from '@/lib/queries/first-read';
import { caseloadSummaryQuery } from './api/get-caseload-summary';
import { heldCaseloadQuery } from './api/get-children';

/**
 * Whose caseload the page shows: an IRO always their own; a team manager the IRO chosen in the
 * address (`?iro=`), everyone's when none is.
 */
export function caseloadIroId(
  staff: Pick<StaffMember, 'id' | 'role'>,
  chosenIro: string | null,
): string | undefined {
  if (staff.role === 'iro') return staff.id;
  return chosenIro === null || chosenIro === '' ? undefined : chosenIro;
}

/** The counts and the held caseload: the page's first paint needs the counts, its table the list. */
export function caseloadFirstReads({
  staff,
  searchParams,
}: {
  staff: Pick<StaffMember, 'id' | 'role'>;
  searchParams: URLSearchParams;
}) {
  const iroId = caseloadIroId(staff, searchParams.get('iro'));
  return [firstRead(caseloadSummaryQuery(iroId)), firstRead(heldCaseloadQuery(iroId))];
}
