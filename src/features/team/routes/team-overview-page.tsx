import { useState, type ReactNode } from 'react';
import { Link } from 'react-router';
import {
  ErrorState,
  formatIsoDate,
  LoadingState,
  SortableTable,
  SummaryList,
  Table,
  VisuallyHidden,
  WarningText,
  type SortState,
  type TableColumn,
} from '@/components';
import type { TeamIroRow, TeamOverview } from '@/lib/api/team-schemas';
import { paths } from '@/lib/paths';
import { useDocumentTitle } from '@/lib/use-document-title';
import { useTeamOverview } from '../api/get-team-overview';
import { BandTag } from '../components/band-tag';
import { TableScroll } from '../components/table-scroll';
import { atRiskSearch } from '../lib/at-risk-params';
import { formatPerFte, formatRatio } from '../lib/format';

const SINGULAR: Record<string, string> = {
  children: 'child',
  reviews: 'review',
  'midpoint checks': 'midpoint check',
  'records of review': 'record of review',
  'open escalations': 'open escalation',
};

/** 'reviews overdue' for 1 is 'review overdue'. */
function counted(count: number, what: string): string {
  if (count !== 1) return what;
  return what.replace(
    /^(children|reviews|midpoint checks|records of review|open escalations)\b/,
    (noun) => SINGULAR[noun] ?? noun,
  );
}

/** A figure that links to the list it counts; the link text names what and whose. */
function FigureLink({ to, count, what }: { to: string; count: number; what: string }) {
  return (
    <Link className="govuk-link govuk-link--no-visited-state" to={to}>
      {count} <VisuallyHidden>{counted(count, what)}</VisuallyHidden>
    </Link>
  );
}

function caseloadLink(iroId: string, search: Record<string, string> = {}): string {
  return `${paths.caseload}?${new URLSearchParams({ iro: iroId, ...search }).toString()}`;
}

type NumericKey = Exclude<keyof TeamIroRow, 'id' | 'name' | 'active' | 'bandPosition'>;

function sortRows(rows: readonly TeamIroRow[], sort: SortState): TeamIroRow[] {
  const dir = sort.direction === 'ascending' ? 1 : -1;
  const key = sort.key as NumericKey | 'name';
  return [...rows].sort((a, b) => {
    if (key === 'name') return dir * a.name.localeCompare(b.name, 'en-GB');
    return dir * ((a[key] ?? -1) - (b[key] ?? -1)) || a.name.localeCompare(b.name, 'en-GB');
  });
}

function columns(overview: TeamOverview): TableColumn<TeamIroRow>[] {
  const weeks = overview.horizon.weeks ?? 4;
  const atRiskWhat = (row: TeamIroRow) => `at risk in the next ${weeks} weeks, ${row.name}`;
  const number = (
    key: NumericKey,
    header: string,
    link: (row: TeamIroRow) => { to: string; what: string },
  ): TableColumn<TeamIroRow> => ({
    key,
    header,
    numeric: true,
    sortable: true,
    render: (row) => {
      const { to, what } = link(row);
      return <FigureLink to={to} count={row[key] ?? 0} what={what} />;
    },
  });
  return [
    {
      key: 'name',
      header: 'IRO',
      sortable: true,
      rowHeader: true,
      render: (row) => (
        <>
          {row.name}
          {!row.active && (
            <span className="govuk-body-s govuk-!-display-block govuk-!-margin-0">Has left</span>
          )}
        </>
      ),
    },
    {
      key: 'fte',
      header: 'FTE',
      numeric: true,
      sortable: true,
      render: (row) => row.fte.toFixed(1),
    },
    number('children', 'Children', (row) => ({
      to: caseloadLink(row.id),
      what: `children allocated to ${row.name}`,
    })),
    {
      key: 'perFte',
      header: 'Per FTE',
      label: 'Children per FTE',
      numeric: true,
      sortable: true,
      render: (row) => (
        <>
          {formatPerFte(row.perFte)}{' '}
          {row.bandPosition !== null && row.bandPosition !== 'within' && (
            <span className="govuk-!-display-block govuk-!-margin-top-1">
              <BandTag position={row.bandPosition} band={overview.band} />
            </span>
          )}
        </>
      ),
    },
    number('overdue', 'Overdue', (row) => ({
      to: `${paths.atRisk}${atRiskSearch({ weeks, iro: row.id, categories: ['overdue'] })}`,
      what: `reviews overdue, ${row.name}`,
    })),
    number('atRisk', `At risk in ${weeks} weeks`, (row) => ({
      to: `${paths.atRisk}${atRiskSearch({ weeks, iro: row.id, categories: ['not-booked'] })}`,
      what: atRiskWhat(row),
    })),
    number('bookedLate', 'Booked after due date', (row) => ({
      to: caseloadLink(row.id, { status: 'booked-late' }),
      what: `reviews booked after the due date, ${row.name}`,
    })),
    number('midpointMissed', 'Midpoint checks missed', (row) => ({
      to: caseloadLink(row.id, { show: 'midpoint-missed' }),
      what: `midpoint checks missed, ${row.name}`,
    })),
    number('recordOfReviewOverdue', 'Records of review overdue', (row) => ({
      to: caseloadLink(row.id, { show: 'record-overdue' }),
      what: `records of review overdue, ${row.name}`,
    })),
    number('openEscalations', 'Open escalations', (row) => ({
      to: `${paths.escalations}?iro=${encodeURIComponent(row.id)}`,
      what: `open escalations, ${row.name}`,
    })),
    number('awaitingSignOff', 'Awaiting sign-off', (row) => ({
      to: `${paths.signOff}?iro=${encodeURIComponent(row.id)}`,
      what: `reviews awaiting sign-off, ${row.name}`,
    })),
    {
      key: 'actions',
      header: <VisuallyHidden>Actions</VisuallyHidden>,
      label: 'Actions',
      render: (row) => (
        <Link
          className="govuk-link govuk-link--no-visited-state"
          to={`${paths.reallocate}?from=${encodeURIComponent(row.id)}`}
        >
          Reallocate <VisuallyHidden>children of {row.name}</VisuallyHidden>
        </Link>
      ),
    },
  ];
}

function YearToDate({ figures }: { figures: NonNullable<TeamOverview['yearToDate']> }) {
  const row = (key: string, value: ReactNode, definition: string) => ({
    key,
    value: (
      <>
        <span className="govuk-!-font-weight-bold">{value}</span>
        <span className="govuk-hint govuk-!-display-block govuk-!-font-size-16 govuk-!-margin-bottom-0 govuk-!-margin-top-1">
          {definition}
        </span>
      </>
    ),
  });
  return (
    <SummaryList
      rows={[
        row('Reviews held', String(figures.reviewsHeld.value), figures.reviewsHeld.definition),
        row(
          'Reviews held in timescale',
          formatRatio(figures.inTimescale.value),
          figures.inTimescale.definition,
        ),
        row(
          'Participation: children aged 4 or over (PN1 to PN6)',
          formatRatio(figures.participation.value),
          figures.participation.definition,
        ),
        row(
          'Participation including children under 4 (PN0 to PN6)',
          formatRatio(figures.participationIncludingUnder4s.value),
          figures.participationIncludingUnder4s.definition,
        ),
        row(
          'Advocacy referrals',
          String(figures.advocacyReferrals.value),
          figures.advocacyReferrals.definition,
        ),
        row(
          'Reviews held late, by reason',
          figures.lateByReason.value.length === 0 ? (
            'None held late'
          ) : (
            <ul className="govuk-list govuk-!-margin-bottom-0">
              {figures.lateByReason.value.map((reason) => (
                <li key={reason.code ?? 'not-recorded'}>
                  {reason.label}: {reason.count}
                </li>
              ))}
            </ul>
          ),
          figures.lateByReason.definition,
        ),
      ]}
    />
  );
}

function Totals({ overview }: { overview: TeamOverview }) {
  const { totals } = overview;
  const weeks = overview.horizon.weeks ?? 4;
  const link = (to: string, count: number, what: string) => ({
    content: <FigureLink to={to} count={count} what={what} />,
    numeric: true,
  });
  return (
    <Table
      caption="Team totals"
      captionClassName="govuk-table__caption--m"
      className="app-team-table"
      firstCellIsHeader
      head={[
        { content: <VisuallyHidden>Team</VisuallyHidden> },
        { content: 'FTE', numeric: true },
        { content: 'Children', numeric: true },
        { content: 'Per FTE', numeric: true },
        { content: 'Overdue', numeric: true },
        { content: `At risk in ${weeks} weeks`, numeric: true },
        { content: 'Booked after due date', numeric: true },
        { content: 'Midpoint checks missed', numeric: true },
        { content: 'Records of review overdue', numeric: true },
        { content: 'Open escalations', numeric: true },
        { content: 'Awaiting sign-off', numeric: true },
      ]}
      rows={[
        [
          { content: 'All IROs' },
          { content: totals.fte.toFixed(1), numeric: true },
          link(paths.caseload, totals.children, 'children in the team'),
          { content: formatPerFte(totals.perFte), numeric: true },
          link(
            `${paths.atRisk}${atRiskSearch({ weeks, categories: ['overdue'] })}`,
            totals.overdue,
            'reviews overdue in the team',
          ),
          link(
            `${paths.atRisk}${atRiskSearch({ weeks, categories: ['not-booked'] })}`,
            totals.atRisk,
            `reviews at risk in the next ${weeks} weeks in the team`,
          ),
          link(
            `${paths.caseload}?status=booked-late`,
            totals.bookedLate,
            'reviews booked after the due date in the team',
          ),
          link(
            `${paths.caseload}?show=midpoint-missed`,
            totals.midpointMissed,
            'midpoint checks missed in the team',
          ),
          link(
            `${paths.caseload}?show=record-overdue`,
            totals.recordOfReviewOverdue,
            'records of review overdue in the team',
          ),
          link(paths.escalations, totals.openEscalations, 'open escalations in the team'),
          link(paths.signOff, totals.awaitingSignOff, 'reviews awaiting sign-off in the team'),
        ],
      ]}
    />
  );
}

/** The team manager's home: who is overloaded, what is overdue or at risk, and the year so far. */
export function TeamOverviewPage() {
  useDocumentTitle('Team overview');
  const overview = useTeamOverview();
  const [sort, setSort] = useState<SortState>({ key: 'name', direction: 'ascending' });

  if (overview.isPending) {
    return (
      <>
        <h1 className="govuk-heading-l">Team overview</h1>
        <LoadingState label="Loading the team overview" />
      </>
    );
  }
  if (overview.isError) {
    return (
      <>
        <h1 className="govuk-heading-l">Team overview</h1>
        <ErrorState
          message="The team overview could not be loaded."
          onRetry={() => void overview.refetch()}
        />
      </>
    );
  }
  const data = overview.data;
  const above = data.iros.filter((row) => row.bandPosition === 'above');
  return (
    <>
      <h1 className="govuk-heading-l">Team overview</h1>
      <p className="govuk-body-l">
        Caseloads and reviews across the team on {formatIsoDate(data.today)}.
      </p>

      <h2 className="govuk-heading-m">Caseloads by IRO</h2>
      <p className="govuk-body">
        The IRO Handbook recommends {data.band.min} to {data.band.max} children for each full-time
        IRO. Caseloads above {data.band.max} per FTE are flagged.{' '}
        {above.length === 0
          ? 'No IRO is above the band.'
          : `Above the band: ${above.map((row) => row.name).join(', ')}.`}{' '}
        “At risk” counts reviews due in {data.horizon.label} with no meeting booked.
      </p>
      <TableScroll label="Caseloads by IRO">
        <SortableTable
          caption="Caseloads by IRO"
          captionClassName="govuk-visually-hidden"
          className="app-team-table"
          columns={columns(data)}
          rows={sortRows(data.iros, sort)}
          rowKey={(row) => row.id}
          sort={sort}
          onSortChange={setSort}
        />
      </TableScroll>
      {data.totals.unallocated > 0 && (
        <p className="govuk-body">
          {data.totals.unallocated} children are not allocated to an IRO in the team.
        </p>
      )}
      <TableScroll label="Team totals">
        <Totals overview={data} />
      </TableScroll>

      <h2 className="govuk-heading-m">Year to date</h2>
      {data.yearToDate === null ? (
        <WarningText>
          The year-to-date figures cannot be worked out until a record is corrected:{' '}
          {data.yearToDateProblem ?? 'a record does not add up'}.
        </WarningText>
      ) : (
        <>
          <p className="govuk-body">
            {data.yearToDate.label}. The financial year runs April to March.
          </p>
          <YearToDate figures={data.yearToDate} />
        </>
      )}
    </>
  );
}
