import { useState } from 'react';
import { Link } from 'react-router';
import { Button, Checkboxes, Input } from '@/components';
import { REVIEW_STATUS_LABELS, type ReviewStatus } from '@/domain';
import { REVIEW_STATUSES } from '@/lib/api/schemas';
import { caseloadSearch, type CaseloadFlag, type CaseloadParams } from '../lib/caseload-params';

const FLAG_LABELS: Record<CaseloadFlag, string> = {
  'midpoint-due': 'Midpoint check due',
  'midpoint-missed': 'Midpoint check missed',
  'record-overdue': 'Record of review overdue',
  'open-escalations': 'Open escalations',
};

function isReviewStatus(value: string): value is ReviewStatus {
  return (REVIEW_STATUSES as readonly string[]).includes(value);
}

export type CaseloadFiltersProps = {
  params: CaseloadParams;
  onChange: (next: Partial<CaseloadParams>) => void;
  /** The setting iroContactMonths: "not seen by the IRO in the last 6 months". */
  iroContactMonths: number;
  /** Held in memory, not the URL: it may be a child's name. */
  searchTerm: string;
  onSearch: (term: string) => void;
};

/** Search by name or ID, beside the count of the children it lists (the filters above fill a row). */
export function CaseloadSearch({
  initial,
  onSearch,
}: {
  initial: string;
  onSearch: (q: string) => void;
}) {
  const [q, setQ] = useState(initial);
  return (
    <form
      role="search"
      aria-label="Children"
      className="app-caseload-search"
      onSubmit={(event) => {
        event.preventDefault();
        onSearch(q.trim());
      }}
    >
      <Input
        id="caseload-search"
        name="q"
        label="Search by name or ID"
        labelSize="s"
        type="search"
        width={20}
        maxLength={100}
        autoComplete="off"
        spellCheck={false}
        value={q}
        onChange={(event) => {
          setQ(event.target.value);
        }}
      />
      <Button type="submit" variant="secondary">
        Search
      </Button>
    </form>
  );
}

/** Status checkboxes, contact with the IRO, and the filter a summary count link applied. */
export function CaseloadFilters({
  params,
  onChange,
  searchTerm,
  onSearch,
  iroContactMonths,
}: CaseloadFiltersProps) {
  const anyFilter =
    params.statuses.length > 0 || params.flag !== null || params.notSeen || searchTerm !== '';
  return (
    <div className="app-caseload-filters">
      <Checkboxes
        name="status"
        legend="Status"
        legendSize="s"
        small
        className="app-checkboxes--inline"
        items={REVIEW_STATUSES.map((status) => ({
          value: status,
          text: REVIEW_STATUS_LABELS[status],
        }))}
        values={params.statuses}
        onChange={(values) => {
          onChange({ statuses: values.filter(isReviewStatus) });
        }}
      />
      <Checkboxes
        name="seen"
        legend="Contact with the IRO"
        legendSize="s"
        small
        formGroupClassName="app-caseload-contact-filter"
        items={[
          {
            value: 'not',
            text: `Not seen by the IRO in the last ${iroContactMonths} months`,
          },
        ]}
        values={params.notSeen ? ['not'] : []}
        onChange={(values) => {
          onChange({ notSeen: values.includes('not') });
        }}
      />
      <div className="app-caseload-filters__links">
        {params.flag !== null && (
          <p className="govuk-body">
            Showing only: <strong>{FLAG_LABELS[params.flag]}</strong>{' '}
            <Link className="govuk-link" to={{ search: caseloadSearch({ ...params, flag: null }) }}>
              Remove this filter
              <span className="govuk-visually-hidden">: {FLAG_LABELS[params.flag]}</span>
            </Link>
          </p>
        )}
        {anyFilter && (
          <p className="govuk-body">
            <Link
              className="govuk-link"
              onClick={() => {
                onSearch('');
              }}
              to={{
                search: caseloadSearch({
                  iro: params.iro,
                  sort: params.sort,
                  order: params.order,
                }),
              }}
            >
              Clear filters
            </Link>
          </p>
        )}
      </div>
    </div>
  );
}
