import { Link } from 'react-router';
import { formatIsoDate, SummaryList } from '@/components';
import type { ChildDetail } from '@/lib/api/schemas';
import { updateEscalationPath } from '../lib/child-paths';
import { STAGE_LABELS } from '../lib/escalation-labels';

/** Escalations still open, with the way to resolve them or move them on. */
export function OpenEscalations({ child, canEdit }: { child: ChildDetail; canEdit: boolean }) {
  const open = child.escalations.filter((escalation) => escalation.resolvedOn === null);
  return (
    <section aria-labelledby="escalations-heading">
      <h2 id="escalations-heading" className="govuk-heading-m">
        Open escalations
      </h2>
      {open.length === 0 ? (
        <p className="govuk-body">No open escalations.</p>
      ) : (
        open.map((escalation) => (
          <div key={escalation.id}>
            <SummaryList
              card={{
                title: `${STAGE_LABELS[escalation.stage].text}, raised ${formatIsoDate(escalation.raisedOn)}`,
                headingLevel: 3,
              }}
              rows={[
                { key: 'Reason', value: escalation.reason },
                {
                  key: 'Stages',
                  value: (
                    <ul className="govuk-list">
                      {escalation.stages.map((stage) => (
                        <li key={stage.stage}>
                          {STAGE_LABELS[stage.stage].text} from {formatIsoDate(stage.reachedOn)}
                        </li>
                      ))}
                    </ul>
                  ),
                },
                canEdit && {
                  key: 'Action',
                  value: (
                    <Link className="govuk-link" to={updateEscalationPath(child.id, escalation.id)}>
                      Resolve or move on
                      <span className="govuk-visually-hidden">
                        {' '}
                        the escalation raised on {formatIsoDate(escalation.raisedOn)}
                      </span>
                    </Link>
                  ),
                },
              ]}
            />
          </div>
        ))
      )}
    </section>
  );
}
