import type { TagColour } from '@/components';
import type { BookingMeeting, ReadinessItemResponse, ReviewMeeting } from '@/lib/api/schemas';

export const INVITEE_ROLE_LABELS: Record<ReviewMeeting['invitees'][number]['role'], string> = {
  child: 'Child',
  parent: 'Parent',
  carer: 'Carer',
  'social-worker': 'Social worker',
  advocate: 'Advocate',
  health: 'Health',
  school: 'School',
  interpreter: 'Interpreter',
  other: 'Other',
};

export const CONTACT_METHOD_LABELS: Record<
  ReviewMeeting['invitees'][number]['contactMethod'],
  string
> = {
  email: 'Email',
  post: 'Post',
  phone: 'Phone',
  'in-person': 'In person',
  app: 'App',
};

export const FORMAT_LABELS: Record<ReviewMeeting['format'], string> = {
  'in-person': 'In person',
  virtual: 'Virtual',
  hybrid: 'Hybrid (in person and virtual)',
};

export const MEETING_STATUS_LABELS: Record<ReviewMeeting['status'], string> = {
  booked: 'Booked',
  held: 'Held',
  cancelled: 'Cancelled',
  postponed: 'Postponed',
  adjourned: 'Adjourned',
};

export const MEETING_STATUS_COLOURS: Record<ReviewMeeting['status'], TagColour> = {
  booked: 'blue',
  held: 'green',
  cancelled: 'grey',
  postponed: 'orange',
  adjourned: 'purple',
};

export const READINESS_LABELS: Record<ReadinessItemResponse['state'], string> = {
  done: 'Done',
  'to-do': 'To do',
  late: 'Late',
};

export const READINESS_COLOURS: Record<ReadinessItemResponse['state'], TagColour> = {
  done: 'green',
  'to-do': 'grey',
  late: 'red',
};

export const HISTORY_LABELS: Record<string, string> = {
  booked: 'Meeting booked',
  rescheduled: 'Meeting rescheduled',
  postponed: 'Meeting postponed',
  adjourned: 'Meeting adjourned',
  cancelled: 'Meeting cancelled',
  held: 'Meeting held',
};

export const DURATION_OPTIONS = [30, 45, 60, 90, 120, 150, 180, 240] as const;

export function durationText(minutes: number): string {
  const hours = Math.floor(minutes / 60);
  const rest = minutes % 60;
  const parts = [
    hours > 0 ? `${hours} hour${hours === 1 ? '' : 's'}` : '',
    rest > 0 ? `${rest} minutes` : '',
  ].filter(Boolean);
  return parts.join(' ');
}

/** How many readiness items are late. */
export function lateCount(meeting: Pick<BookingMeeting, 'readiness'>): number {
  return meeting.readiness.filter((item) => item.state === 'late').length;
}

/** The caption above a booking form's heading: the child's name and reference. */
export function childCaption(child: { givenName: string; familyName: string; childRef: string }) {
  return `${child.givenName} ${child.familyName} (${child.childRef})`;
}
