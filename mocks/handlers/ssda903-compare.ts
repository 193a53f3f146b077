import { mergeSsda903 } from '@/domain';
import {
  SSDA903_CHECK_PAGE_SIZE,
  ssda903CheckBodySchema,
  type Ssda903CompareResult,
} from '@/lib/api/ssda903-schemas';
import { pageOf } from '../http/paging';
import { route } from '../http/route';
import { json, readBody } from '../http/validation';
import { checkReturn, checkRowNumbers, summaryOf, trackerChildren } from './ssda903';

// The import preview's comparison of the return with the tracker, on the server: the tracker's
// every child, episode and review stay here (at 100,000 children they were 58 MB sent to the
// browser) and only the totals and a page of what changes come back. The same check (checkReturn)
// and merge (mergeSsda903) on the same tracker as POST /ssda903/import, so they cannot disagree.

export const ssda903CompareHandlers = [
  route('compareSsda903', async ({ request, db }) => {
    const body = await readBody(request, ssda903CheckBodySchema);
    checkRowNumbers(body);
    const { validation } = checkReturn(db, body);
    const merge = mergeSsda903(trackerChildren(db).tracker, validation.children, {
      today: db.today,
    });
    const paging = { page: body.page ?? 1, pageSize: body.pageSize ?? SSDA903_CHECK_PAGE_SIZE };
    const changes = merge.children
      .filter((child) => child.changes.length > 0)
      .map(({ childRef, outcome, changes: childChanges, conflicts }) => ({
        childRef,
        outcome,
        changes: childChanges,
        conflicts,
      }));
    const conflicts = merge.children.flatMap((child) =>
      child.conflicts.map(({ kind, message, blocking }) => ({
        childRef: child.childRef,
        kind,
        message,
        blocking,
      })),
    );
    const response: Ssda903CompareResult = {
      summary: summaryOf(merge.totals),
      problems: validation.problems.length,
      totals: merge.totals,
      changes: pageOf(changes, paging),
      conflicts: pageOf(conflicts, paging),
    };
    return json(response);
  }),
];
