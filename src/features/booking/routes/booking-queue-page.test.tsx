import { screen, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { addWorkingDays, formatDateWithWeekday, WorkingDayCalendar } from '@/domain';
import { api } from '@/lib/api/client';
import { MAX_PAGE_SIZE } from '@/lib/api/schemas';
import { paths } from '@/lib/paths';
import {
  childrenVisibleTo,
  freshDatabase,
  renderPage,
  signIn,
  STAFF,
  TEST_TODAY,
} from '@/test/render-page';
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

describe('BookingQueuePage: a page at a time', () => {
  it(
    'shows 50 of each list with the whole counts, and pages on with the page in the URL',
    SLOW,
    async () => {
      freshDatabase({ size: 600 });
      await signIn(STAFF.tracey);
      const whole = await api.getBookingQueue({ weeks: 12, pageSize: MAX_PAGE_SIZE });
      // The seed has more than a page of reviews to book within 12 weeks.
      expect(whole.counts.toBook).toBeGreaterThan(50);
      const { user, router } = await renderPage({
        routes,
        path: `${paths.booking}?weeks=12`,
        signInAs: STAFF.tracey,
        keepDatabase: true,
      });
      const status = await screen.findByText(/reviews to book, due by/);
      expect(status).toHaveTextContent(`${whole.counts.toBook} reviews to book`);
      const inTime = whole.counts.toBook - whole.counts.overdue;
      expect(
        screen.getByRole('heading', { name: `Reviews to book in timescale (${inTime})` }),
      ).toBeVisible();
      const bookLinks = () => screen.getAllByRole('link', { name: /^Book ?a meeting for/ });
      expect(bookLinks().length).toBeLessThanOrEqual(
        50 + Math.min(50, whole.counts.cancelledWithoutNewDate),
      );
      const first = whole.toBook[0]!.child;
      expect(
        screen.getByRole('link', {
          name: new RegExp(`^Book ?a meeting for ${first.givenName} ${first.familyName}$`),
        }),
      ).toBeVisible();

      const pages = screen.getByRole('navigation', { name: 'Pages of the booking queue' });
      expect(
        screen.getByText(`Page 1 of ${Math.ceil(whole.totalItems / 50)}: up to 50 of each list`),
      ).toBeVisible();
      await user.click(within(pages).getByRole('link', { name: /^Next/ }));
      expect(await screen.findByRole('link', { name: 'Page 2' })).toHaveAttribute(
        'aria-current',
        'page',
      );
      expect(router.state.location.search).toBe('?weeks=12&page=2');
      const fiftyFirst = whole.toBook[50]!.child;
      expect(
        await screen.findByRole('link', {
          name: new RegExp(
            `^Book ?a meeting for ${fiftyFirst.givenName} ${fiftyFirst.familyName}$`,
          ),
        }),
      ).toBeVisible();
      // The counts are of the whole queue on every page.
      expect(screen.getByText(/reviews to book, due by/)).toHaveTextContent(
        `${whole.counts.toBook} reviews to book`,
      );
    },
  );
});
