import { formatIsoDate } from './format-date';
import { Tag } from './govuk/tag';

/** '1 working day', '20 working days'. */
export function workingDaysText(n: number): string {
  return `${n} working ${n === 1 ? 'day' : 'days'}`;
}

export type EscalationStageAgeProps = {
  /** The day the escalation reached the stage it is at. */
  since: string;
  workingDaysAtStage: number;
  /** The council's setting (escalationOpenWorkingDaysLimit): each stage's target. */
  targetWorkingDays: number;
  /** Over the target: tagged "Past target" in words, never by colour alone. */
  pastTarget: boolean;
};

/**
 * How long an open escalation has been at its current stage, against the stage's target, with a
 * "Past target" tag when it is over. The child record and the team manager's list show it alike.
 */
export function EscalationStageAge({
  since,
  workingDaysAtStage,
  targetWorkingDays,
  pastTarget,
}: EscalationStageAgeProps) {
  return (
    <>
      <span className="govuk-body-s govuk-!-display-block govuk-!-margin-0">
        since {formatIsoDate(since)}: {workingDaysText(workingDaysAtStage)} at this stage, target{' '}
        {workingDaysText(targetWorkingDays)}
      </span>
      {pastTarget && (
        <span className="govuk-!-display-block govuk-!-margin-top-1">
          <Tag colour="red">Past target</Tag>
        </span>
      )}
    </>
  );
}
