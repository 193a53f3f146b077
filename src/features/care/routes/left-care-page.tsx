import { Link } from 'react-router';
import {
  ErrorState,
  formatCount,
  ListPagination,
  LoadingState,
  Select,
  Table,
  type TableCell,
} from '@/components';
import { describeCode, formatDate } from '@/domain';
import type { LeftCareList, StaffWithCaseload } from '@/lib/api/schemas';
import { hrefForPage, pageFromSearch } from '@/lib/page-param';
import { paths } from '@/lib/paths';
import { useStaff } from '@/lib/queries/get-staff';
import { useCurrentUser } from '@/lib/session';
import { useDocumentTitle } from '@/lib/use-document-title';
import { useUrlSearchParams } from '@/lib/use-url-search-params';
import { useLeftCare } from '../api/get-left-care';
import { fullName, meetingsText } from '../lib/care-format';

const TITLE = 'Children who have left care';

type Item = LeftCareList['items'][number];

function rows(
  items: readonly Item[],
  iroName: ((iroId: string | null) => string) | null,
): TableCell[][] {
  return items.map((item) => [
    {
      content: (
        <>
          <Link className="govuk-link" to={paths.careRecord(item.id)}>
            {fullName(item)}
          </Link>
          <span className="govuk-body-s govuk-!-display-block govuk-!-margin-0">
            {item.childRef}
          </span>
        </>
      ),
    },
    { content: formatDate(item.leftCareOn) },
    { content: describeCode('reasonEnded', item.reasonEnded) },
    { content: formatDate(item.periodStart) },
    ...(iroName === null ? [] : [{ content: iroName(item.iroId) }]),
    {
      content:
        item.meetingsStillBooked === 0
          ? 'None'
          : `${meetingsText(item.meetingsStillBooked)}: business support should cancel`,
    },
  ]);
}

function IroFilter({
  iros,
  value,
  onChange,
}: {
  iros: StaffWithCaseload[];
  value: string;
  onChange: (value: string) => void;
}) {
  return (
    <Select
      id="iro"
      label="IRO"
      value={value}
      onChange={(event) => {
        onChange(event.target.value);
      }}
      options={[
        { value: '', text: 'All IROs' },
        ...iros.map((iro) => ({ value: iro.id, text: iro.name })),
      ]}
    />
  );
}

/**
 * Route: paths.leftCare ('/care/left-care'). An IRO: the children allocated to them. Team
 * managers: everyone's, or one IRO's.
 */
export function LeftCarePage() {
  const user = useCurrentUser();
  const manager = user.role === 'team-manager';
  const [searchParams, setSearchParams] = useUrlSearchParams();
  const iroId = manager ? searchParams.get('iro') || undefined : undefined;
  const list = useLeftCare(iroId, pageFromSearch(searchParams.get('page')));
  const staff = useStaff(manager);
  useDocumentTitle(TITLE);
  const iros = (staff.data ?? []).filter((member) => member.role === 'iro');
  const iroName = manager
    ? (id: string | null) =>
        id === null ? 'None' : (iros.find((iro) => iro.id === id)?.name ?? 'Not known')
    : null;
  const items = list.data?.items ?? [];
  const total = list.data?.totalItems ?? 0;
  return (
    <>
      <h1 className="govuk-heading-l">{TITLE}</h1>
      <p className="govuk-body">
        {manager
          ? 'Children whose last period of care has ended, most recent first. Nothing is due for them and they are on no caseload.'
          : 'Children allocated to you whose last period of care has ended, most recent first. Nothing is due for them and they are not on your caseload.'}
      </p>
      {manager && (
        <IroFilter
          iros={iros}
          value={iroId ?? ''}
          onChange={(value) => {
            setSearchParams(value === '' ? {} : { iro: value }, { replace: true });
          }}
        />
      )}
      {list.isPending ? (
        <LoadingState label="Loading the children who have left care" />
      ) : list.isError ? (
        <ErrorState
          message="The children who have left care could not be loaded."
          onRetry={() => void list.refetch()}
        />
      ) : total === 0 ? (
        <p className="govuk-body">No children have left care.</p>
      ) : (
        <>
          <Table
            caption={`${formatCount(total)} ${total === 1 ? 'child' : 'children'} who have left care`}
            captionClassName="govuk-table__caption--m"
            firstCellIsHeader
            rowKeys={items.map((item) => item.id)}
            head={[
              { content: 'Child' },
              { content: 'Left care on' },
              { content: 'Reason' },
              { content: 'Period of care started' },
              ...(manager ? [{ content: 'IRO' }] : []),
              { content: 'Meetings still booked' },
            ]}
            rows={rows(items, iroName)}
          />
          <ListPagination
            info={list.data}
            noun="Children"
            hrefFor={(page) => hrefForPage(paths.leftCare, searchParams, page)}
            landmarkLabel="Pages of children who have left care"
          />
        </>
      )}
    </>
  );
}
