import { Link } from 'react-router';
import { EscalationStageAge, formatIsoDate, SummaryList, Tag, workingDaysText } from '@/components';
import type { ChildDetail, ChildEscalation } from '@/lib/api/schemas';
import { updateEscalationPath } from '../lib/child-paths';
import { STAGE_LABELS } from '../lib/escalation-labels';

/** 'Referred on 10 March 2026' and the note, or 'Not referred'. */
function CafcassReferral({ escalation }: { escalation: ChildEscalation }) {
  if (escalation.cafcassReferredOn === null) return <>Not referred</>;
  return (
    <>
      Referred on {formatIsoDate(escalation.cafcassReferredOn)}
      {escalation.cafcassNote !== null && (
        <span className="govuk-body-s govuk-!-display-block govuk-!-margin-0">
          {escalation.cafcassNote}
        </span>
      )}
    </>
  );
}

/**
 * Escalations still open: how long each has been open and at its current stage against the
 * council's setting (tagged "Past target" when over), any referral to Cafcass, and the way to
 * resolve them, move them on or refer the case to Cafcass.
 */
export function OpenEscalations({
  child,
  canEdit,
  canResolve,
}: {
  child: ChildDetail;
  canEdit: boolean;
  /** A team manager may resolve an escalation (not move it on or refer it). */
  canResolve: boolean;
}) {
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
                escalation.age !== null && {
                  key: 'Current stage',
                  value: (
                    <>
                      {STAGE_LABELS[escalation.stage].text}
                      <EscalationStageAge
                        since={escalation.age.stageReachedOn}
                        workingDaysAtStage={escalation.age.workingDaysAtStage}
                        targetWorkingDays={escalation.age.limitWorkingDays}
                        pastTarget={escalation.age.stagePastTarget}
                      />
                    </>
                  ),
                },
                escalation.age !== null && {
                  key: 'Open for',
                  value: (
                    <>
                      {workingDaysText(escalation.age.workingDaysOpen)}
                      {escalation.age.overLimit && (
                        <span className="govuk-!-display-block govuk-!-margin-top-1">
                          <Tag colour="red">
                            Over {workingDaysText(escalation.age.limitWorkingDays)}
                          </Tag>
                        </span>
                      )}
                    </>
                  ),
                },
                {
                  key: 'Referred to Cafcass',
                  value: <CafcassReferral escalation={escalation} />,
                },
                (canEdit || canResolve) && {
                  key: 'Action',
                  value: (
                    <Link className="govuk-link" to={updateEscalationPath(child.id, escalation.id)}>
                      {canEdit ? 'Resolve, move on or refer to Cafcass' : 'Resolve'}{' '}
                      <span className="govuk-visually-hidden">
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
