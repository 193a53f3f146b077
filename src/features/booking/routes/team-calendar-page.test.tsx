import { screen, within } from '@testing-library/react';
import { http, HttpResponse } from 'msw';
import { describe, expect, it } from 'vitest';
import { addWorkingDays, calendarPeriod, WorkingDayCalendar } from '@/domain';
import { api } from '@/lib/api/client';
import type { ChildSummary } from '@/lib/api/schemas';
import { paths } from '@/lib/paths';
import { childrenVisibleTo, renderPage, server, STAFF, TEST_TODAY } from '@/test/render-page';
import { bookingRoutes as routes } from '../testing/routes';

const SLOW = { timeout: 30_000 };

async function workingDay(n: number): Promise<string> {
  const feed = await api.getBankHolidays();
  return addWorkingDays(
    TEST_TODAY,
    n,
    new WorkingDayCalendar(feed.events.map((event) => event.date)),
  );
}

/**
 * Reseeds, then (as a team manager) books two children of two IROs free that day at overlapping
 * times and reallocates the first child to the second IRO: the meeting goes with the child, and
 * the second IRO now has two meetings at once.
 */
async function clashMadeByReallocation() {
  const children = await childrenVisibleTo(STAFF.margaret);
  const day = await workingDay(3);
  const { items } = await api.getTeamCalendar({ from: day, to: day, pageSize: 10_000 });
  const busy = new Set(items.map((meeting) => meeting.iro.id));
  const bookable = (child: ChildSummary) =>
    child.iroId !== null &&
    !busy.has(child.iroId) &&
    child.meeting === null &&
    child.nextReview.due > day;
  const first = children.find(bookable);
  const second = children.find((child) => bookable(child) && child.iroId !== first?.iroId);
  if (first?.iroId == null || second?.iroId == null) throw new Error('No two children to book');
  const book = (child: ChildSummary, startTime: string) =>
    api.bookMeeting(child.id, {
      date: day,
      startTime,
      durationMinutes: 90,
      format: 'virtual',
      virtualLink: 'https://meet.example.org/review',
    });
  const moved = await book(first, '10:30');
  const stays = await book(second, '11:00');
  // The manager confirms the clash the reallocation warns of.
  await api.reallocateChild(first.id, {
    iroId: second.iroId,
    version: first.version,
    acceptClashes: true,
  });
  return { day, first, second, moved, stays, iroId: second.iroId };
}

describe('TeamCalendarPage', () => {
  it(
    'shows business support every IRO’s week as a grid, and the same as a list, day or month',
    SLOW,
    async () => {
      const { user, router } = await renderPage({
        routes,
        path: paths.calendar,
        signInAs: STAFF.tracey,
      });
      await screen.findByRole('heading', { level: 1, name: 'Team calendar' });
      const week = calendarPeriod('week', TEST_TODAY);
      const grid = await screen.findByRole('table', { name: `Meetings from ${week.label}` });
      expect(
        within(grid)
          .getAllByRole('columnheader')
          .map((cell) => cell.textContent),
      ).toEqual(['Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday', 'Sunday']);
      expect(screen.getByText(/^Every IRO’s meetings: \d+ meetings?;/)).toBeVisible();

      await user.click(screen.getByRole('link', { name: 'Month view' }));
      const month = calendarPeriod('month', TEST_TODAY);
      const monthGrid = await screen.findByRole('table', { name: `Meetings in ${month.label}` });
      expect(within(monthGrid).getAllByRole('row')).toHaveLength(1 + 6);
      expect(router.state.location.search).toContain('view=month');

      await user.click(screen.getByRole('link', { name: /^Next month/ }));
      const next = calendarPeriod('month', month.next);
      expect(await screen.findByRole('table', { name: `Meetings in ${next.label}` })).toBeVisible();

      await user.click(screen.getByRole('link', { name: /^This month/ }));
      await user.click(screen.getByRole('link', { name: 'Day view' }));
      expect(
        await screen.findByRole('heading', {
          level: 2,
          name: calendarPeriod('day', TEST_TODAY).label,
        }),
      ).toBeVisible();

      await user.click(screen.getByRole('link', { name: 'Week view' }));
      await user.click(screen.getByRole('link', { name: 'Show as a list' }));
      expect(await screen.findByRole('link', { name: 'Show as a grid' })).toBeVisible();
      expect(screen.queryByRole('table', { name: /^Meetings from/ })).not.toBeInTheDocument();
      const days = screen.getAllByRole('region');
      expect(days.length).toBeGreaterThan(0);
      for (const day of days) {
        expect(within(day).getByRole('table')).toBeVisible();
        expect(
          within(day)
            .getAllByRole('columnheader')
            .map((cell) => cell.textContent),
        ).toEqual(['Time', 'Child', 'IRO', 'Status and clashes']);
      }
    },
  );

  it('filters to the IROs chosen, kept in the address so Back undoes it', SLOW, async () => {
    const { user, router } = await renderPage({
      routes,
      path: `${paths.calendar}?view=month&date=${TEST_TODAY}&show=list`,
      signInAs: STAFF.tracey,
    });
    const iros = await screen.findByRole('group', { name: /^IROs/ });
    await user.click(await within(iros).findByRole('checkbox', { name: 'Hannah Okoye' }));
    await user.click(within(iros).getByRole('checkbox', { name: 'Daniel Fletcher' }));
    await user.click(screen.getByRole('button', { name: 'Show meetings' }));
    expect(
      await screen.findByText(/^Meetings of Daniel Fletcher, Hannah Okoye: \d+ meetings?;/),
    ).toBeVisible();
    expect(new URLSearchParams(router.state.location.search).get('iros')).toBe(
      [STAFF.hannah, STAFF.daniel].sort().join(','),
    );
    // The list's rows: the time (a row header), then the child, the IRO, the status and clashes.
    const chairs = screen
      .getAllByRole('row')
      .filter((row) => within(row).queryAllByRole('cell').length > 0)
      .map((row) => within(row).getAllByRole('cell')[1]?.textContent);
    expect(chairs.length).toBeGreaterThan(0);
    expect(new Set(chairs)).toEqual(new Set(['Hannah Okoye', 'Daniel Fletcher']));

    await router.navigate(-1);
    expect(await screen.findByText(/^Every IRO’s meetings/)).toBeVisible();
    expect(
      within(screen.getByRole('group', { name: /^IROs/ })).getByRole('checkbox', {
        name: 'Hannah Okoye',
      }),
    ).not.toBeChecked();
  });

  it('marks both meetings of a clash in words, naming the other child', SLOW, async () => {
    const { day, first, second, iroId } = await clashMadeByReallocation();
    const { user } = await renderPage({
      routes,
      path: `${paths.calendar}?view=day&date=${day}&iros=${iroId}`,
      signInAs: STAFF.tracey,
      keepDatabase: true,
    });
    const grid = await screen.findByRole('table', { name: /^Meetings on/ });
    const firstName = `${first.givenName} ${first.familyName}`;
    const secondName = `${second.givenName} ${second.familyName}`;
    const items = within(grid).getAllByRole('listitem');
    const moved = items.find((item) =>
      within(item).queryByRole('link', { name: `${firstName}, meeting at 10:30` }),
    );
    const stays = items.find((item) =>
      within(item).queryByRole('link', { name: `${secondName}, meeting at 11:00` }),
    );
    expect(moved).toHaveTextContent(
      `Clash the IRO has another meeting at this time (${secondName})`,
    );
    expect(stays).toHaveTextContent(
      `Clash the IRO has another meeting at this time (${firstName})`,
    );
    expect(screen.getByText(/; 2 meetings with a clash;/)).toBeVisible();

    await user.click(screen.getByRole('link', { name: 'Show as a list' }));
    const row = (await screen.findAllByRole('row')).find((each) =>
      within(each).queryByRole('link', { name: `${firstName}, meeting at 10:30` }),
    );
    expect(row).toHaveTextContent(`Clash the IRO has another meeting at this time (${secondName})`);
  });

  it('shows an IRO the meetings they chair, with no choice of IRO', SLOW, async () => {
    await renderPage({
      routes,
      path: `${paths.calendar}?view=month&date=${TEST_TODAY}&show=list`,
      signInAs: STAFF.hannah,
    });
    await screen.findByRole('heading', { level: 1, name: 'My calendar' });
    expect(await screen.findByText(/^Your meetings: \d+ meetings?;/)).toBeVisible();
    expect(screen.queryByRole('group', { name: /^IROs/ })).not.toBeInTheDocument();
    expect(screen.getAllByRole('columnheader').map((cell) => cell.textContent)).not.toContain(
      'IRO',
    );
  });

  it(
    'asks for fewer IROs or a shorter view rather than drawing thousands of meetings',
    SLOW,
    async () => {
      // A council far larger than the demo: the first page says how many there are.
      server.use(
        http.get('*/api/calendar', ({ request }) => {
          const url = new URL(request.url);
          return HttpResponse.json({
            from: url.searchParams.get('from'),
            to: url.searchParams.get('to'),
            iros: [],
            counts: { clashes: 0, outsideTimescale: 0 },
            items: [],
            page: 1,
            pageSize: 500,
            totalItems: 5000,
            totalPages: 10,
          });
        }),
      );
      await renderPage({ routes, path: `${paths.calendar}?view=month`, signInAs: STAFF.margaret });
      expect(
        await screen.findByText(
          'There are 5,000 meetings in this view, too many to show at once: choose some IROs or a shorter view.',
        ),
      ).toBeVisible();
    },
  );
});
