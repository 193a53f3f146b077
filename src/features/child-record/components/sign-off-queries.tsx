import { Link } from 'react-router';
import { formatDate, openSignOffQuery } from '@/domain';
import type { ChildDetail } from '@/lib/api/schemas';
import { paths } from '@/lib/paths';

/**
 * The team manager's open queries of the decisions of the child's reviews (withdrawn ones aside):
 * what was queried, by whom and when. The allocated IRO answers from here; a team manager can read
 * the decisions and the query on the sign-off page. Nothing is shown when no query is open.
 */
export function SignOffQueries({
  child,
  canAnswer,
  canSignOff,
}: {
  child: ChildDetail;
  /** The child's allocated IRO. */
  canAnswer: boolean;
  /** A team manager. */
  canSignOff: boolean;
}) {
  const open = child.reviews
    .filter((review) => review.withdrawn === null)
    .flatMap((review) => {
      const query = openSignOffQuery(review);
      return query === null ? [] : [{ review, query }];
    });
  if (open.length === 0) return null;
  return (
    <section aria-labelledby="sign-off-queries-heading">
      <h2 id="sign-off-queries-heading" className="govuk-heading-m">
        Decisions queried by the team manager
      </h2>
      {open.map(({ review, query }) => {
        const held = formatDate(review.heldOn);
        return (
          <div key={query.id} className="govuk-inset-text">
            <p className="govuk-body">
              The team manager queried the decisions of the review held on {held}: {query.reason}
            </p>
            <p className="govuk-body-s">
              Raised by {query.raisedBy.name} on {formatDate(query.raisedOn)}. The manager agrees or
              queries the decisions again once the IRO answers.
            </p>
            {canAnswer && (
              <p className="govuk-body govuk-!-margin-bottom-0">
                <Link className="govuk-link" to={paths.answerSignOffQuery(child.id, review.id)}>
                  Answer the query{' '}
                  <span className="govuk-visually-hidden">
                    of the decisions of the review held on {held}
                  </span>
                </Link>
              </p>
            )}
            {canSignOff && (
              <p className="govuk-body govuk-!-margin-bottom-0">
                <Link className="govuk-link" to={paths.signOffReview(child.id, review.id)}>
                  Read the decisions and the query{' '}
                  <span className="govuk-visually-hidden">of the review held on {held}</span>
                </Link>
              </p>
            )}
          </div>
        );
      })}
    </section>
  );
}
