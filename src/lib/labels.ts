import type { ChildSummary } from '@/lib/api/schemas';
import { isParticipationCode, type ParticipationCode, type ReviewKind } from '@/domain';

/** A few words for each participation code, for a table cell (the full meaning is on the form). */
export const PARTICIPATION_SHORT: Record<ParticipationCode, string> = {
  PN0: 'Under 4',
  PN1: 'Attended and spoke for themselves',
  PN2: 'Attended, advocate spoke for them',
  PN3: 'Attended, conveyed views non-verbally',
  PN4: 'Attended, views not conveyed',
  PN5: 'Did not attend, briefed an advocate',
  PN6: 'Did not attend, views by form or app',
  PN7: 'Did not attend, views not conveyed',
};

export const REVIEW_KIND_LABELS: Record<ReviewKind, string> = {
  first: 'First review',
  second: 'Second review',
  subsequent: 'Subsequent review',
};

export const MIDPOINT_STATE_LABELS: Record<ChildSummary['midpoint']['state'], string> = {
  'not-yet-due': 'Not yet due',
  due: 'Due',
  done: 'Done',
  missed: 'Missed',
};

export const ADVOCACY_STATE_LABELS: Record<ChildSummary['advocacy']['state'], string> = {
  none: 'Not recorded',
  offered: 'Offered',
  referred: 'Referred',
  declined: 'Declined',
};

export function participationShort(code: string): string {
  return isParticipationCode(code) ? PARTICIPATION_SHORT[code] : code;
}
