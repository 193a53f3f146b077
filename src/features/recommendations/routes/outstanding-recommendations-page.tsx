import {
  AppLink,
  EmptyState,
  ErrorState,
  formatCount,
  LoadingState,
  Pagination,
  Select,
} from '@/components';
import type { OutstandingRecommendationsParams } from '@/lib/api/schemas';
import { paths } from '@/lib/paths';
import { useStaff } from '@/lib/queries/get-staff';
import { useCurrentUser } from '@/lib/session';
import { useDocumentTitle } from '@/lib/use-document-title';
import { useUrlSearchParams } from '@/lib/use-url-search-params';
import {
  OUTSTANDING_PAGE_SIZE,
  useOutstandingRecommendations,
} from '../api/get-outstanding-recommendations';
import { OutstandingTable } from '../components/outstanding-table';

const TITLE = 'Outstanding recommendations';

/** The page asked for in the URL: a whole number from 1, else the first. */
function pageFrom(value: string | null): number {
  const page = Number(value);
  return Number.isSafeInteger(page) && page >= 1 ? page : 1;
}

/** The URL of a view: only the IRO's id and the page, never a name. */
function hrefFor(iroId: string | undefined, page: number): string {
  const search = new URLSearchParams();
  if (iroId !== undefined) search.set('iro', iroId);
  if (page > 1) search.set('page', String(page));
  const query = search.toString();
  return query === '' ? paths.recommendations : `${paths.recommendations}?${query}`;
}

/**
 * Route: paths.recommendations ('/recommendations'). The open recommendations of every child's
 * reviews in their current period of care, past target first, then by target date (the server's
 * order), 50 a page. An IRO: their own caseload. Team managers: the team, or one IRO's.
 */
export function OutstandingRecommendationsPage() {
  useDocumentTitle(TITLE);
  const user = useCurrentUser();
  const manager = user.role === 'team-manager';
  const [searchParams, setSearchParams] = useUrlSearchParams();
  // An IRO sees only their own: the backend refuses them anyone else's.
  const iroId = manager ? searchParams.get('iro') || undefined : undefined;
  const page = pageFrom(searchParams.get('page'));
  const params: OutstandingRecommendationsParams =
    iroId === undefined
      ? { page, pageSize: OUTSTANDING_PAGE_SIZE }
      : { iroId, page, pageSize: OUTSTANDING_PAGE_SIZE };
  const list = useOutstandingRecommendations(params);
  const staff = useStaff(manager);
  // IROs still working, and the one chosen even if they have since left.
  const iros = (staff.data ?? []).filter(
    (member) => member.role === 'iro' && (member.active || member.id === iroId),
  );
  const iroName = iros.find((iro) => iro.id === iroId)?.name;
  const data = list.data;
  const whose = manager
    ? iroName === undefined
      ? 'the team’s children'
      : `the children allocated to ${iroName}`
    : 'the children on your caseload';

  return (
    <>
      <h1 className="govuk-heading-l">{TITLE}</h1>
      <p className="govuk-body">
        Recommendations from the reviews of {whose}, in their current period of care, that are not
        yet done or found no longer needed. Those past their target date come first, then the rest
        by target date. Mark one done or no longer needed on the child’s record.
      </p>

      {manager && (
        <Select
          id="iro"
          label="Show recommendations for"
          value={iroId ?? ''}
          onChange={(event) => {
            setSearchParams(event.target.value === '' ? {} : { iro: event.target.value });
          }}
          options={[
            { value: '', text: 'All IROs' },
            ...iros.map((iro) => ({ value: iro.id, text: iro.name })),
          ]}
        />
      )}

      {/* Present from the start, so a new count is announced when the IRO or page changes. */}
      <p className="govuk-body govuk-!-font-weight-bold" role="status">
        {data && !list.isError
          ? `${formatCount(data.totalItems)} outstanding, ${formatCount(data.pastTarget)} past target`
          : ''}
      </p>

      {list.isPending ? (
        <LoadingState label="Loading the outstanding recommendations" />
      ) : list.isError ? (
        <ErrorState
          message="The outstanding recommendations could not be loaded."
          onRetry={() => void list.refetch()}
        />
      ) : list.data.totalItems === 0 ? (
        <EmptyState title="No outstanding recommendations">
          <p className="govuk-body">
            Every recommendation from the reviews of {whose} in this period of care is done or no
            longer needed.
          </p>
        </EmptyState>
      ) : list.data.items.length === 0 ? (
        <EmptyState title="There are no recommendations on this page">
          <p className="govuk-body">
            <AppLink className="govuk-link" href={hrefFor(iroId, 1)}>
              Go to the first page
            </AppLink>
          </p>
        </EmptyState>
      ) : (
        <>
          <OutstandingTable
            items={list.data.items}
            showIro={manager}
            caption={`${TITLE}, page ${list.data.page} of ${list.data.totalPages}`}
          />
          <Pagination
            page={list.data.page}
            totalPages={list.data.totalPages}
            hrefFor={(n) => hrefFor(iroId, n)}
            landmarkLabel="Pages of outstanding recommendations"
          />
        </>
      )}
    </>
  );
}
