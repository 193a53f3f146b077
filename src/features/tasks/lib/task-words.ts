// How a task reads on the page: the link that completes it, and how near it is.
import { TASK_KIND_LABELS, workingDaysLeftText, type TaskAction } from '@/domain';
import type { StaffRole } from '@/lib/api/schemas';

/** The link's words for each kind of action (the child's name follows, visually hidden). */
export const ACTION_WORDS: Readonly<Record<TaskAction['kind'], string>> = Object.freeze({
  'record-review': 'Record the review',
  'write-record-of-review': 'Write the record of review',
  'record-midpoint-check': 'Record the midpoint check',
  'follow-up-recommendation': 'Follow up the recommendation',
  'update-escalation': 'Update the escalation',
  'answer-sign-off-query': 'Answer the query',
  'record-iro-contact': 'Record a visit',
  'allocate-child': 'Allocate an IRO',
  'sign-off-review': 'Sign off the decisions',
  'book-meeting': 'Book the meeting',
  'reallocate-children': 'Reallocate children',
  'view-child': 'Open the child’s record',
  'send-invitations': 'Send the invitations',
  'update-meeting-readiness': 'Record what has come in',
  'change-meeting-status': 'Change the meeting’s status',
});

export { TASK_KIND_LABELS, workingDaysLeftText };

/** Whose tasks the page lists, in the words of its introduction. */
export const WHOSE_TASKS: Readonly<Record<StaffRole, string>> = Object.freeze({
  iro: 'the children on your caseload',
  'team-manager': 'the team',
  'business-support': 'booking review meetings',
});

/** The views of the list, by how near the tasks are (the URL's `show`). */
export const TASK_VIEWS = [
  { show: 'all', urgency: undefined, label: 'All' },
  { show: 'late', urgency: 'late', label: 'Late' },
  { show: 'due', urgency: 'due', label: 'Due in the next 5 working days' },
  { show: 'later', urgency: 'later', label: 'Later' },
] as const;
export type TaskView = (typeof TASK_VIEWS)[number];
