import { Link } from 'react-router';
import type { CaseloadSummary } from '@/lib/api/schemas';
import { caseloadSearch, type CaseloadParams } from '../lib/caseload-params';

type Count = {
  key: string;
  count: number;
  label: string;
  filter: Partial<CaseloadParams>;
};

function countsOf(summary: CaseloadSummary): Count[] {
  return [
    { key: 'overdue', count: summary.overdue, label: 'Overdue', filter: { statuses: ['overdue'] } },
    { key: 'at-risk', count: summary.atRisk, label: 'At risk', filter: { statuses: ['at-risk'] } },
    {
      key: 'booked-late',
      count: summary.bookedLate,
      label: 'Booked after the due date',
      filter: { statuses: ['booked-late'] },
    },
    {
      key: 'midpoint-due',
      count: summary.midpointDue,
      label: 'Midpoint checks due',
      filter: { flag: 'midpoint-due' },
    },
    {
      key: 'record-overdue',
      count: summary.recordOfReviewOverdue,
      label: 'Records of review overdue',
      filter: { flag: 'record-overdue' },
    },
    {
      key: 'open-escalations',
      count: summary.openEscalations,
      label: 'Open escalations',
      filter: { flag: 'open-escalations' },
    },
  ];
}

export type SummaryCountsProps = {
  summary: CaseloadSummary;
  /** Kept in each link so a team manager stays on the IRO they chose. */
  iro: string | null;
};

/** What needs attention today, each count a link that filters the list below. */
export function SummaryCounts({ summary, iro }: SummaryCountsProps) {
  return (
    <ul className="app-summary-counts" aria-label="Summary of reviews">
      {countsOf(summary).map((item) => (
        <li key={item.key} className="govuk-body app-summary-counts__item">
          <Link
            className="govuk-link govuk-link--no-visited-state app-summary-counts__link"
            to={{ search: caseloadSearch({ ...item.filter, iro }) }}
          >
            <span className="app-summary-counts__count">{item.count}</span>{' '}
            <span className="app-summary-counts__label">{item.label}</span>
          </Link>
        </li>
      ))}
    </ul>
  );
}
