// How long an open escalation has been open, and at its current stage, against the council's
// setting escalationOpenWorkingDaysLimit (the limit, and each stage's target): worked out with the
// domain's functions, for the child record and the team manager's list alike.
import { escalationAge, escalationStageReachedOn } from '@/domain';
import type { ChildEscalation, Escalation, EscalationAge } from '@/lib/api/schemas';
import { workingDayCalendar as calendar } from './calendar';
import type { Database } from './db/database';

/** An open escalation's age (null once resolved: nothing is running). */
export function escalationAgeOf(db: Database, escalation: Escalation): EscalationAge | null {
  if (escalation.resolvedOn !== null) return null;
  const { today, settings } = db.meta;
  const limitWorkingDays = settings.escalationOpenWorkingDaysLimit;
  const stageReachedOn = escalationStageReachedOn(escalation);
  return {
    stageReachedOn,
    limitWorkingDays,
    ...escalationAge(
      { raisedOn: escalation.raisedOn, stageReachedOn },
      today,
      calendar,
      limitWorkingDays,
    ),
  };
}

/** The escalation as the child record shows it: with its age while open. */
export function childEscalation(db: Database, escalation: Escalation): ChildEscalation {
  return { ...escalation, age: escalationAgeOf(db, escalation) };
}
