// The feature's routes as the app mounts them, for page tests (not used by the app itself).
import type { RouteObject } from 'react-router';
import { paths } from '@/lib/paths';
import { BookMeetingPage } from '../routes/book-meeting-page';
import { BookingChildPage } from '../routes/booking-child-page';
import { BookingQueuePage } from '../routes/booking-queue-page';
import { ChangeMeetingStatusPage } from '../routes/change-meeting-status-page';
import { MeetingInvitationsPage } from '../routes/meeting-invitations-page';
import { MeetingPage } from '../routes/meeting-page';
import { RescheduleMeetingPage } from '../routes/reschedule-meeting-page';
import { TeamCalendarPage } from '../routes/team-calendar-page';

export const bookingRoutes: RouteObject[] = [
  { path: paths.booking, element: <BookingQueuePage /> },
  { path: paths.calendar, element: <TeamCalendarPage /> },
  { path: paths.bookingChildPattern, element: <BookingChildPage /> },
  { path: paths.bookMeetingPattern, element: <BookMeetingPage /> },
  { path: paths.bookingMeetingPattern, element: <MeetingPage /> },
  { path: paths.rescheduleMeetingPattern, element: <RescheduleMeetingPage /> },
  { path: paths.changeMeetingStatusPattern, element: <ChangeMeetingStatusPage /> },
  { path: paths.meetingInvitationsPattern, element: <MeetingInvitationsPage /> },
];
