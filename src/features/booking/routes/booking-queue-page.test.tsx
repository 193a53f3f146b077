import { MAX_PAGE_SIZE } from '@/lib/api/schemas';
import { screen, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { addWorkingDays, formatDateWithWeekday, WorkingDayCalendar } from '@/domain';
import { api } from '@/lib/api/client';
import { paths } from '@/lib/paths';
import { childrenVisibleTo, renderPage, STAFF, TEST_TODAY } from '@/test/render-page';
import { bookingRoutes as routes } from '../testing/routes';

const SLOW = { timeout: 30_000 };

/** Reseeds, books a meeting (as a team manager) for a child, then records them leaving care. */
async function meetingForAChildWhoLeftCare() {
  const children = await childrenVisibleTo(STAFF.margaret);
  const feed = await api.getBankHolidays();
  const date = addWorkingDays(
    TEST_TODAY,
    4,
    new WorkingDayCalendar(feed.events.map((event) => event.date)),
  );
  const { items: diary } = await api.listMeetings({
    from: date,
    to: date,
    pageSize: MAX_PAGE_SIZE,
  });
  const child = children.find(
    (c) =>
      c.meeting === null &&
      c.nextReview.due >= date &&
      !diary.some((meeting) => meeting.iroId === c.iroId),
  );
  if (child === undefined) throw new Error('No child to book');
  const meeting = await api.bookMeeting(child.id, {
    date,
    startTime: '14:00',
    durationMinutes: 60,
    format: 'in-person',
    venue: 'Civic Centre',
    invitees: [],
  });
  await api.recordCareEvent(child.id, {
    kind: 'leave',
    date: TEST_TODAY,
    reasonEnded: 'E13',
    version: child.version,
  });
  return { child, meeting, date };
}

describe('BookingQueuePage: meetings to cancel because the child has left care', () => {
  it(
    'lists the meeting with the date and reason the child left care, linking to its cancel page',
    SLOW,
    async () => {
      const { child, meeting, date } = await meetingForAChildWhoLeftCare();
      const { user } = await renderPage({
        routes,
        path: paths.booking,
        signInAs: STAFF.tracey,
        keepDatabase: true,
      });
      const section = await screen.findByRole('region', {
        name: /Meetings to cancel: the child has left care/,
      });
      const name = `${child.givenName} ${child.familyName}`;
      const when = `${formatDateWithWeekday(date)} at 14:00`;
      const row = within(section)
        .getAllByRole('row')
        .find((candidate) => within(candidate).queryByText(name) !== null);
      expect(row).toBeDefined();
      expect(row).toHaveTextContent(child.childRef);
      expect(row).toHaveTextContent(when);
      expect(row).toHaveTextContent(
        'Left care on 16 March 2026: E13: Left care to live with parent(s), relative(s) or others without PR',
      );
      const cancel = within(row!).getByRole('link', {
        name: `Cancel the meeting on ${when} for ${name}`,
      });
      expect(cancel).toHaveAttribute('href', paths.changeMeetingStatus(meeting.id));
      // The child is in none of the lists of reviews to book.
      const toBook = screen.getByRole('region', { name: /Reviews to book in timescale/ });
      expect(within(toBook).queryByText(name)).toBeNull();

      await user.click(cancel);
      await screen.findByRole('heading', {
        level: 1,
        name: 'Postpone, adjourn or cancel the meeting',
      });
    },
  );
});
