import { Details, formatIsoDate, Table, type TableCell } from '@/components';
import { compareDates, recommendationState, type IsoDate } from '@/domain';
import type { Recommendation, Review } from '@/lib/api/schemas';

/** A closed recommendation with the review it came from and the day it was closed. */
export interface ClosedRow {
  reviewId: string;
  reviewHeldOn: IsoDate;
  recommendation: Recommendation;
  closedOn: IsoDate;
}

/** The recommendations of these reviews already done or no longer needed, latest closed first. */
export function closedRecommendations(reviews: readonly Review[]): ClosedRow[] {
  const rows: ClosedRow[] = [];
  for (const review of reviews) {
    for (const recommendation of review.recommendations) {
      const closedOn = recommendation.completedOn ?? recommendation.noLongerNeeded?.on ?? null;
      if (recommendationState(recommendation) === 'open' || closedOn === null) continue;
      rows.push({ reviewId: review.id, reviewHeldOn: review.heldOn, recommendation, closedOn });
    }
  }
  return rows.sort(
    (a, b) => compareDates(b.closedOn, a.closedOn) || compareDates(b.reviewHeldOn, a.reviewHeldOn),
  );
}

/** 'Done on 3 March 2026', or 'No longer needed on 3 March 2026: the note'. */
function outcomeText(recommendation: Recommendation): string {
  if (recommendation.completedOn !== null) {
    return `Done on ${formatIsoDate(recommendation.completedOn)}`;
  }
  const closed = recommendation.noLongerNeeded;
  return closed === null
    ? 'Open'
    : `No longer needed on ${formatIsoDate(closed.on)}: ${closed.note}`;
}

export type ClosedRecommendationsProps = {
  closed: readonly ClosedRow[];
  /** The allocated IRO may open one again (closed by mistake). */
  canEdit: boolean;
  busy: boolean;
  onReopen: (row: ClosedRow) => void;
};

/** Folded under the outstanding ones: those closed in this period of care, and how. */
export function ClosedRecommendations({
  closed,
  canEdit,
  busy,
  onReopen,
}: ClosedRecommendationsProps) {
  if (closed.length === 0) return null;
  const head: TableCell[] = [
    { content: 'Action' },
    { content: 'Who' },
    { content: 'From the review held on' },
    { content: 'Closed' },
    ...(canEdit ? [{ content: <span className="govuk-visually-hidden">Actions</span> }] : []),
  ];
  return (
    <Details
      summary={`Recommendations closed in this period of care (${closed.length})`}
      className="govuk-!-margin-top-4"
    >
      <div className="app-table-scroll">
        <Table
          caption="Recommendations done or no longer needed"
          captionClassName="govuk-visually-hidden"
          head={head}
          rowKeys={closed.map((row) => row.recommendation.id)}
          rows={closed.map((row) => [
            { content: row.recommendation.action },
            { content: row.recommendation.owner },
            { content: formatIsoDate(row.reviewHeldOn) },
            { content: outcomeText(row.recommendation) },
            ...(canEdit
              ? [
                  {
                    content: (
                      <button
                        type="button"
                        className="govuk-link app-link-button"
                        disabled={busy}
                        onClick={() => {
                          onReopen(row);
                        }}
                      >
                        Open again
                        <span className="govuk-visually-hidden">: {row.recommendation.action}</span>
                      </button>
                    ),
                  },
                ]
              : []),
          ])}
        />
      </div>
    </Details>
  );
}
