import { useMemo } from 'react';
import { useUrlSearchParams } from '@/lib/use-url-search-params';
import { EmptyState, ErrorState, formatCount, LoadingState, Select } from '@/components';
import { REVIEW_STATUSES, type ChildSummary, type ListChildrenParams } from '@/lib/api/schemas';
import { childList } from '@/domain';
import { useCurrentUser, useSettings, useToday } from '@/lib/session';
import { useCaseloadSearchStore } from '@/stores/caseload-search-store';
import { useDocumentTitle } from '@/lib/use-document-title';
import { useStaff } from '@/lib/queries/get-staff';
import { useCaseloadSummary } from '../api/get-caseload-summary';
import { useChildren, useHeldCaseload } from '../api/get-children';
import { caseloadIroId } from '../first-reads';
import { CASELOAD_DATA_RECEIVED } from '../lib/performance-marks';
import { CaseloadFilters, CaseloadSearch } from '../components/caseload-filters';
import { CaseloadTable } from '../components/caseload-table';
import { SummaryCounts } from '../components/summary-counts';
import {
  caseloadSearchParams,
  isServerSortKey,
  parseCaseloadParams,
  type CaseloadFlag,
  type CaseloadParams,
  type CaseloadSortKey,
} from '../lib/caseload-params';

function matchesFlag(child: ChildSummary, flag: CaseloadFlag | null): boolean {
  switch (flag) {
    case null:
      return true;
    case 'midpoint-due':
      return child.midpoint.state === 'due';
    case 'midpoint-missed':
      return child.midpoint.state === 'missed';
    case 'record-overdue':
      return child.recordOfReviewOverdue;
    case 'open-escalations':
      return child.openEscalations > 0;
  }
}

const ADVOCACY_ORDER: Record<ChildSummary['advocacy']['state'], number> = {
  referred: 0,
  offered: 1,
  declined: 2,
  none: 3,
};

/** Sorts by the two columns the server cannot sort by; other keys keep the server's order. */
function sortLocally(
  rows: ChildSummary[],
  sort: CaseloadSortKey,
  order: 'asc' | 'desc',
): ChildSummary[] {
  if (isServerSortKey(sort)) return rows;
  const dir = order === 'asc' ? 1 : -1;
  const key =
    sort === 'participation'
      ? (child: ChildSummary) => child.lastParticipation?.code ?? 'PN9'
      : (child: ChildSummary) => String(ADVOCACY_ORDER[child.advocacy.state]);
  return [...rows].sort(
    (a, b) => dir * key(a).localeCompare(key(b)) || a.childRef.localeCompare(b.childRef),
  );
}

function countText(count: number, term: string): string {
  return `Showing ${formatCount(count)} ${count === 1 ? 'child' : term}`;
}

/**
 * The IRO's home: what is overdue or at risk and why, then every child on the caseload. Filters,
 * sort and the IRO chosen by a team manager live in the URL; the search term, which may be a
 * child's name, lives in memory only.
 */
export function CaseloadPage() {
  const user = useCurrentUser();
  const [searchParams, setSearchParams] = useUrlSearchParams();
  const params = parseCaseloadParams(searchParams);
  const searchTerm = useCaseloadSearchStore((state) => state.term);
  const setSearchTerm = useCaseloadSearchStore((state) => state.setTerm);
  const isIro = user.role === 'iro';
  useDocumentTitle(isIro ? 'My caseload' : 'Caseloads');

  // As the route table's first reads work it out, so the page finds its queries in flight.
  const iroId = caseloadIroId(user, params.iro);
  const staff = useStaff(!isIro);
  const iros = (staff.data ?? []).filter((member) => member.role === 'iro' && member.active);
  const chosenIro = iros.find((member) => member.id === iroId);

  const listParams: ListChildrenParams = {
    iroId,
    status: params.statuses,
    q: searchTerm === '' ? undefined : searchTerm,
    notSeenByIro: params.notSeen ? true : undefined,
    sort: isServerSortKey(params.sort) ? params.sort : 'nextReviewDue',
    order: isServerSortKey(params.sort) ? params.order : 'asc',
  };
  const summary = useCaseloadSummary(iroId);
  const held = useHeldCaseload(iroId);
  // A caseload too long to hold is filtered, searched and sorted by the server instead.
  const onServer = held.data?.held === false;
  const served = useChildren(listParams, onServer);
  const children = onServer ? served : held;
  const heldChildren = held.data?.held === true ? held.data.children : undefined;

  const { flag, sort, order, notSeen } = params;
  const today = useToday();
  const { iroContactMonths } = useSettings();
  // The ticked statuses as the URL holds them, so the list is worked out again only when they change.
  const statusKey = searchParams.get('status') ?? '';
  const rows = useMemo(() => {
    if (heldChildren === undefined) {
      return sortLocally(
        (served.data?.items ?? []).filter((child) => matchesFlag(child, flag)),
        sort,
        order,
      );
    }
    // For bench/browser.bench.ts: the rows for this sort or filter are being worked out now.
    performance.mark(CASELOAD_DATA_RECEIVED);
    const listed = childList(
      heldChildren,
      {
        statuses: REVIEW_STATUSES.filter((status) => statusKey.split(',').includes(status)),
        needle: searchTerm.toLowerCase(),
        notSeenByIro: notSeen ? { today, months: iroContactMonths } : undefined,
      },
      isServerSortKey(sort) ? sort : 'nextReviewDue',
      isServerSortKey(sort) ? order : 'asc',
    );
    return sortLocally(
      listed.filter((child) => matchesFlag(child, flag)),
      sort,
      order,
    );
  }, [
    heldChildren,
    served.data,
    statusKey,
    searchTerm,
    flag,
    sort,
    order,
    notSeen,
    today,
    iroContactMonths,
  ]);

  function update(next: Partial<CaseloadParams>) {
    setSearchParams(caseloadSearchParams({ ...params, ...next }));
  }

  const heading = isIro
    ? 'My caseload'
    : chosenIro
      ? `Caseload of ${chosenIro.name}`
      : 'Caseloads of all IROs';
  const filtered =
    params.statuses.length > 0 || params.flag !== null || params.notSeen || searchTerm !== '';

  return (
    <>
      <h1 className="govuk-heading-l govuk-!-margin-bottom-4">{heading}</h1>

      {!isIro && (
        <Select
          id="iro"
          label="Show the caseload of"
          value={iroId ?? ''}
          onChange={(event) => {
            update({ iro: event.target.value === '' ? null : event.target.value });
          }}
          options={[
            { value: '', text: 'All IROs' },
            ...iros.map((member) => ({ value: member.id, text: member.name })),
          ]}
        />
      )}

      <h2 className="govuk-heading-s govuk-!-margin-bottom-2 app-caseload-band-heading">
        Needs attention
      </h2>
      <div className="app-summary-counts-slot">
        {summary.isPending ? (
          <LoadingState label="Loading the summary" />
        ) : summary.isError ? (
          <ErrorState
            headingLevel={3}
            message="The summary of reviews could not be loaded."
            onRetry={() => void summary.refetch()}
          />
        ) : (
          <SummaryCounts summary={summary.data} iro={params.iro} />
        )}
      </div>

      <h2 className="govuk-heading-s govuk-!-margin-bottom-2 app-caseload-band-heading">
        {isIro ? 'Your children' : 'Children'}
      </h2>
      <CaseloadFilters
        params={params}
        onChange={update}
        searchTerm={searchTerm}
        onSearch={setSearchTerm}
        iroContactMonths={iroContactMonths}
      />

      <div className="app-caseload-list-bar">
        <div
          role="status"
          aria-live="polite"
          aria-atomic="true"
          className="govuk-body app-caseload-count"
        >
          {children.isSuccess ? countText(rows.length, 'children') : ''}
        </div>
        {/* Re-created when the search is cleared or changed elsewhere (Clear filters). */}
        <CaseloadSearch key={searchTerm} initial={searchTerm} onSearch={setSearchTerm} />
      </div>

      {children.isPending ? (
        <LoadingState label="Loading children" />
      ) : children.isError ? (
        <ErrorState
          message="The list of children could not be loaded."
          onRetry={() => void children.refetch()}
        />
      ) : rows.length === 0 ? (
        <EmptyState title={filtered ? 'No children match your filters' : 'No children allocated'}>
          <p className="govuk-body">
            {filtered
              ? 'Change or clear the filters to see more children.'
              : 'Children allocated to this caseload will be listed here.'}
          </p>
        </EmptyState>
      ) : (
        <CaseloadTable
          caption={heading}
          rows={rows}
          sort={params.sort}
          order={params.order}
          onSortChange={(sort, order) => {
            update({ sort, order });
          }}
        />
      )}
    </>
  );
}
