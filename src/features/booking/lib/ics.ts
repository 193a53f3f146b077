import { meetingCalendarTitle, meetingToIcs, type CalendarChildLabel } from '@/domain';
import type { BookingChild, ReviewMeeting } from '@/lib/api/schemas';
import { FORMAT_LABELS } from './labels';

/** 'YYYYMMDDTHHMMSSZ' for an instant (the calendar file's DTSTAMP). */
export function icsStamp(now: Date): string {
  return now
    .toISOString()
    .replace(/[-:]/g, '')
    .replace(/\.\d{3}/, '');
}

/** The meeting as an iCalendar file (times in Europe/London), from the domain. */
export function meetingCalendarFile(
  meeting: ReviewMeeting,
  child: BookingChild,
  now: Date,
  label?: CalendarChildLabel,
): { fileName: string; text: string } {
  const where = [meeting.venue, meeting.virtualLink].filter(
    (value): value is string => value !== null && value !== '',
  );
  const text = meetingToIcs({
    uid: `${meeting.id}@iro-review-tracker`,
    // Never the child's name: calendars are shared and synced to phones.
    title: meetingCalendarTitle(child, label),
    date: meeting.date,
    startTime: meeting.startTime,
    durationMinutes: meeting.durationMinutes,
    location: where.join(' and '),
    description: [
      `${FORMAT_LABELS[meeting.format]} review meeting chaired by ${child.iro.name}.`,
      meeting.virtualLink ? `Join online: ${meeting.virtualLink}` : '',
    ]
      .filter(Boolean)
      .join('\n'),
    stamp: icsStamp(now),
    sequence: meeting.history.filter((entry) => entry.action === 'rescheduled').length,
  });
  return { fileName: `review-meeting-${child.childRef}-${meeting.date}.ics`, text };
}
