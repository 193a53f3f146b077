// Where each task is done: the page of the action a task names (src/domain/tasks/task.ts). The
// digest's links (mocks/digest-compute.ts) use it, and so may any list of tasks.
import type { TaskAction } from '@/domain';
import { paths } from './paths';

export function taskActionPath(action: TaskAction): string {
  switch (action.kind) {
    case 'record-review':
      return paths.recordReview(action.childId);
    case 'write-record-of-review':
      return paths.editReview(action.childId, action.reviewId);
    case 'record-midpoint-check':
      return paths.recordMidpoint(action.childId);
    case 'follow-up-recommendation':
      // The recommendation is followed up on the child's record, where it is listed.
      return paths.child(action.childId);
    case 'update-escalation':
      return paths.updateEscalation(action.childId, action.escalationId);
    case 'answer-sign-off-query':
      return paths.answerSignOffQuery(action.childId, action.reviewId);
    case 'record-iro-contact':
      return paths.recordIroContact(action.childId);
    case 'allocate-child':
      return paths.allocateChild(action.childId);
    case 'sign-off-review':
      return paths.signOffReview(action.childId, action.reviewId);
    case 'book-meeting':
      return paths.bookMeeting(action.childId);
    case 'reallocate-children':
      return paths.reallocate;
    case 'view-child':
      return paths.child(action.childId);
    case 'send-invitations':
      return paths.meetingInvitations(action.meetingId);
    case 'update-meeting-readiness':
      return paths.bookingMeeting(action.meetingId);
    case 'change-meeting-status':
      return paths.changeMeetingStatus(action.meetingId);
  }
}
