import { addMinutesToLocalTime, formatDateWithWeekday, type TimeOfDay } from './booking';
import { ageOn, formatDate, type IsoDate } from './calendar';
import type { DocumentKind, PlaceholderValues } from './document-templates';

// The values a document's placeholders take, from the records it is written for. Pure: the
// backend gathers the records (and decides who may see them) and passes them in.

export interface DocumentPeople {
  councilName: string;
  child: { givenName: string; familyName: string; childRef: string };
  iroName: string;
  socialWorkerName: string;
  /** The day the document is produced. */
  today: IsoDate;
}

export type ContactMethod = 'email' | 'post' | 'phone' | 'in-person' | 'app';

/** How a document reaches its reader, as the document says it ("We are sending you this ..."). */
export const HOW_SENT: Record<ContactMethod, string> = {
  email: 'by email',
  post: 'by post',
  phone: 'by phone: we will read it to you and send a copy if you would like one',
  'in-person': 'by hand',
  app: 'through the app',
};

/** What business support do with it, by the invitee's contact method. */
export const DELIVERY_INSTRUCTION: Record<ContactMethod, string> = {
  email: 'Send by email',
  post: 'Print and post as a letter',
  phone: 'Read out on the phone (offer a copy)',
  'in-person': 'Print and hand over in person',
  app: 'Send through the app',
};

function commonValues(people: DocumentPeople): Record<string, string> {
  return {
    'council.name': people.councilName,
    'child.firstName': people.child.givenName,
    'child.fullName': `${people.child.givenName} ${people.child.familyName}`,
    'child.reference': people.child.childRef,
    'iro.name': people.iroName,
    'socialWorker.name': people.socialWorkerName,
    today: formatDate(people.today),
  };
}

export interface DocumentMeeting {
  date: IsoDate;
  startTime: TimeOfDay;
  durationMinutes: number;
  venue: string | null;
  virtualLink: string | null;
}

function placeOf(meeting: DocumentMeeting): string {
  const parts = [meeting.venue, meeting.virtualLink ? `online at ${meeting.virtualLink}` : null];
  const known = parts.filter((part): part is string => part !== null && part.trim() !== '');
  return known.length === 0 ? 'to be confirmed' : known.join(', or ');
}

/** Values for an invitation or consultation form to one invitee of a meeting. */
export function meetingDocumentValues(
  people: DocumentPeople,
  meeting: DocumentMeeting,
  invitee: { name: string; contactMethod: ContactMethod },
  returnBy: IsoDate | null,
): PlaceholderValues {
  const end = addMinutesToLocalTime(meeting.date, meeting.startTime, meeting.durationMinutes);
  return {
    ...commonValues(people),
    'meeting.date': formatDateWithWeekday(meeting.date),
    'meeting.time': `${meeting.startTime} to ${end.time}`,
    'meeting.place': placeOf(meeting),
    'invitee.name': invitee.name,
    'invitee.howSent': HOW_SENT[invitee.contactMethod],
    'consultation.returnBy':
      returnBy === null ? 'the day before the meeting' : formatDate(returnBy),
  };
}

/**
 * The consultation form an invitee is sent: by age band on the meeting day for the child (4 to 7,
 * 8 to 12, 13 and over; none under 4, whose participation is PN0), the parents' and carers' form
 * for a parent or carer, and none for anyone else (professionals write their own reports).
 */
export function consultationKindFor(
  role: string,
  dateOfBirth: IsoDate,
  meetingDate: IsoDate,
): DocumentKind | null {
  if (role === 'parent' || role === 'carer') return 'consultation-parent-carer';
  if (role !== 'child') return null;
  const age = ageOn(dateOfBirth, meetingDate);
  if (age < 4) return null;
  if (age <= 7) return 'consultation-4-7';
  if (age <= 12) return 'consultation-8-12';
  return 'consultation-13-plus';
}

export interface DocumentReview {
  heldOn: IsoDate;
  decisions: string | null;
  childViews: string | null;
  carePlanEndorsed: boolean | null;
  recommendations: readonly {
    action: string;
    owner: string;
    targetDate: IsoDate;
    completedOn: IsoDate | null;
    noLongerNeeded: { on: IsoDate } | null;
  }[];
  attendees: readonly { name: string; role: string; method: string }[];
}

const ATTENDANCE: Record<string, string> = {
  'in-person': 'in person',
  video: 'by video',
  phone: 'by phone',
  written: 'in writing',
};

function recommendationLines(review: DocumentReview): string {
  const lines = review.recommendations.map((each) => {
    const when =
      each.completedOn !== null
        ? `done on ${formatDate(each.completedOn)}`
        : each.noLongerNeeded !== null
          ? 'no longer needed'
          : `by ${formatDate(each.targetDate)}`;
    return `- ${each.action} (${each.owner}, ${when})`;
  });
  return lines.length === 0 ? 'No recommendations were made.' : lines.join('\n');
}

function carePlanSentence(endorsed: boolean | null): string {
  if (endorsed === true) return 'The review agreed the care plan.';
  if (endorsed === false) return 'The review did not agree the care plan as it is.';
  return 'The review did not say whether it agreed the care plan.';
}

/** Values for the letter to the child and the decisions summary, from the review's record. */
export function reviewDocumentValues(
  people: DocumentPeople,
  review: DocumentReview,
  nextReviewDue: IsoDate | null,
): PlaceholderValues {
  const attendees = review.attendees.map(
    (each) => `- ${each.name}, ${each.role} (${ATTENDANCE[each.method] ?? each.method})`,
  );
  return {
    ...commonValues(people),
    'review.date': formatDate(review.heldOn),
    'review.decisions': review.decisions?.trim() || 'The decisions have not been written yet.',
    'review.recommendations': recommendationLines(review),
    'review.childViews': review.childViews?.trim() || 'Your views were not written down this time.',
    'review.carePlan': carePlanSentence(review.carePlanEndorsed),
    'review.nextReviewDue': nextReviewDue === null ? 'to be set' : formatDate(nextReviewDue),
    'review.attendees': attendees.length === 0 ? 'Not recorded.' : attendees.join('\n'),
  };
}
