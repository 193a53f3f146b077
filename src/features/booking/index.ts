export { BookMeetingPage } from './routes/book-meeting-page';
export { BookingChildPage } from './routes/booking-child-page';
export { BookingQueuePage } from './routes/booking-queue-page';
export { ChangeMeetingStatusPage } from './routes/change-meeting-status-page';
export { MeetingInvitationsPage } from './routes/meeting-invitations-page';
export { MeetingPage } from './routes/meeting-page';
export { RescheduleMeetingPage } from './routes/reschedule-meeting-page';
export { TeamCalendarPage } from './routes/team-calendar-page';
