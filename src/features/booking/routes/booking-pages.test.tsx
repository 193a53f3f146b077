import { screen, within } from '@testing-library/react';
import { http, HttpResponse } from 'msw';
import { describe, expect, it } from 'vitest';
import { addWorkingDays, formatDate, formatDateWithWeekday, WorkingDayCalendar } from '@/domain';
import { api } from '@/lib/api/client';
import { MAX_PAGE_SIZE } from '@/lib/api/schemas';
import { paths } from '@/lib/paths';
import { childrenVisibleTo, renderPage, server, STAFF, TEST_TODAY } from '@/test/render-page';
import { errorSummaryBox, errorSummaryMessages } from '@/test/form-helpers';
import { bookingRoutes as routes } from '../testing/routes';

const SLOW = { timeout: 30_000 };

async function holidays(): Promise<WorkingDayCalendar> {
  const feed = await api.getBankHolidays();
  return new WorkingDayCalendar(feed.events.map((event) => event.date));
}

/** Reseeds and books (as a team manager) a meeting 3 working days ahead with no invitations sent. */
async function bookedMeeting() {
  const children = await childrenVisibleTo(STAFF.margaret);
  const calendar = await holidays();
  const date = addWorkingDays(TEST_TODAY, 3, calendar);
  const { items: diary } = await api.listMeetings({
    from: date,
    to: date,
    pageSize: MAX_PAGE_SIZE,
  });
  for (const child of children) {
    if (child.meeting !== null || child.nextReview.due < date) continue;
    if (diary.some((meeting) => meeting.iroId === child.iroId)) continue;
    const meeting = await api.bookMeeting(child.id, {
      date,
      startTime: '10:00',
      durationMinutes: 90,
      format: 'in-person',
      venue: 'Civic Centre',
      invitees: [
        { role: 'child', name: `${child.givenName} ${child.familyName}`, contactMethod: 'app' },
        { role: 'carer', name: 'Jo Carer', contactMethod: 'email' },
      ],
    });
    return { child, meeting, date };
  }
  throw new Error('No child to book');
}

async function open(path: string) {
  return renderPage({ routes, path, signInAs: STAFF.tracey, keepDatabase: true });
}

describe('BookingQueuePage', () => {
  it(
    'lists reviews to book with the latest working day in timescale, and filters by IRO',
    SLOW,
    async () => {
      const { user } = await renderPage({ routes, path: paths.booking, signInAs: STAFF.tracey });
      await screen.findByRole('heading', { level: 1, name: 'Booking queue' });
      const section = await screen.findByRole('region', { name: /Reviews to book in timescale/ });
      const table = within(section).getByRole('table');
      const firstRow = within(table).getAllByRole('row')[1]!;
      expect(within(firstRow).getByRole('link', { name: /^Book/ })).toHaveAttribute(
        'href',
        expect.stringMatching(/^\/booking\/children\/.+\/meetings\/new$/),
      );
      // Child links go to the booking view, never the child's record.
      for (const link of within(table).getAllByRole('link')) {
        expect(link.getAttribute('href')).toMatch(/^\/booking\//);
      }
      expect(screen.getByRole('status')).toHaveTextContent(/reviews? to book, due by /);
      const staff = await api.listStaff();
      const daniel = staff.find((member) => member.id === STAFF.daniel)!;
      await screen.findByRole('option', { name: daniel.name });
      await user.selectOptions(screen.getByLabelText('IRO'), daniel.name);
      await screen.findByRole('region', { name: /Reviews to book in timescale/ });
      const rows = within(
        within(
          await screen.findByRole('region', { name: /Reviews to book in timescale/ }),
        ).getByRole('table'),
      ).getAllByRole('row');
      for (const row of rows.slice(1)) expect(row).toHaveTextContent(daniel.name);
    },
  );

  it('flags a close meeting whose invitations have not gone', SLOW, async () => {
    const { child, date } = await bookedMeeting();
    await open(paths.booking);
    const section = await screen.findByRole('region', { name: /Invitations not sent/ });
    const row = within(section)
      .getAllByRole('row')
      .find((candidate) =>
        within(candidate).queryByRole('link', { name: `${formatDateWithWeekday(date)} at 10:00` }),
      );
    expect(row).toBeDefined();
    expect(row).toHaveTextContent(`${child.givenName} ${child.familyName}`);
    expect(row).toHaveTextContent(
      `Not sent to ${child.givenName} ${child.familyName} and Jo Carer: was due by`,
    );
  });
});

describe('MeetingPage and its forms', () => {
  it('says what to choose when invitations are saved with nothing ticked', SLOW, async () => {
    const { meeting } = await bookedMeeting();
    const { user } = await open(paths.meetingInvitations(meeting.id));
    await screen.findByRole('heading', { level: 1, name: 'Record invitations and readiness' });
    await user.click(screen.getByRole('button', { name: 'Save' }));
    const message =
      'Select at least one invitee to send invitations to, or what has been received before the meeting';
    expect(await errorSummaryMessages()).toEqual([message]);
    // Focus is on the summary, whose link leads to the first invitee's boxes.
    const summary = errorSummaryBox();
    expect(summary).toHaveFocus();
    expect(within(summary).getByRole('link', { name: message })).toHaveAttribute(
      'href',
      '#invitee-0',
    );
    const child = screen.getAllByRole('group', { name: /\(Child\)$/ })[0]!;
    expect(within(child).getByText(message, { exact: false })).toBeVisible();
    // Nothing was recorded.
    expect((await api.getMeeting(meeting.id)).meeting.invitees[0]?.invitationSentOn).toBeNull();
  });

  it('shows late readiness in words, then records invitations and the report', SLOW, async () => {
    const { meeting, date } = await bookedMeeting();
    const { user } = await open(paths.bookingMeeting(meeting.id));
    await screen.findByRole('heading', {
      level: 1,
      name: `Review meeting on ${formatDateWithWeekday(date)}`,
    });
    expect(screen.getByText('Invitations not sent')).toBeVisible();
    const calendar = await holidays();
    const reportDue = addWorkingDays(date, -5, calendar);
    expect(
      screen.getByText(
        `Not received: was due by ${formatDate(reportDue)} (5 working days before the meeting)`,
      ),
    ).toBeVisible();

    await user.click(screen.getByRole('button', { name: 'Record invitations and readiness' }));
    await screen.findByRole('heading', { level: 1, name: 'Record invitations and readiness' });
    const carer = screen.getByRole('group', { name: 'Jo Carer (Carer)' });
    await user.click(within(carer).getByLabelText('Consultation document returned'));
    await user.click(screen.getByRole('button', { name: 'Save' }));
    expect(await errorSummaryMessages()).toEqual([
      'Record that the consultation document was sent to Jo Carer before recording it returned',
    ]);
    await user.click(within(carer).getByLabelText('Consultation document returned'));
    for (const group of screen.getAllByRole('group', { name: /\((Child|Carer)\)$/ })) {
      await user.click(within(group).getByLabelText('Invitation sent'));
      await user.click(within(group).getByLabelText('Consultation document sent'));
    }
    await user.click(screen.getByLabelText('Social worker’s report received'));
    await user.click(screen.getByRole('button', { name: 'Save' }));
    expect(await screen.findByText('Invitations and readiness saved')).toBeVisible();
    expect(screen.queryByText('Invitations not sent')).not.toBeInTheDocument();
    const invitees = screen.getByRole('table', { name: 'Invitees' });
    expect(within(invitees).getAllByText(formatDate(TEST_TODAY)).length).toBe(4);
    expect(screen.getByText(/^Received on 16 March 2026/)).toBeVisible();
  });

  it('reschedules only with a reason, keeping the history', SLOW, async () => {
    const { meeting, date } = await bookedMeeting();
    const { user } = await open(paths.rescheduleMeeting(meeting.id));
    await screen.findByRole('heading', { level: 1, name: 'Reschedule the meeting' });
    const start = screen.getByLabelText('Start time');
    await user.clear(start);
    await user.type(start, '14:00');
    await user.click(screen.getByRole('button', { name: 'Reschedule meeting' }));
    expect(await errorSummaryMessages()).toEqual(['Enter reason for rescheduling']);
    await user.type(screen.getByLabelText('Why is the meeting being moved?'), 'Carer at work');
    await user.click(screen.getByRole('button', { name: 'Reschedule meeting' }));
    expect(
      await screen.findByText(`Meeting moved to ${formatDateWithWeekday(date)} at 14:00`),
    ).toBeVisible();
    expect(screen.getByText('Meeting rescheduled')).toBeVisible();
    expect(screen.getByText('Reason: Carer at work')).toBeVisible();
  });

  it('shows a conflict when someone else changed the meeting first', SLOW, async () => {
    const { meeting } = await bookedMeeting();
    const { user } = await open(paths.changeMeetingStatus(meeting.id));
    await screen.findByRole('heading', { level: 1, name: /Postpone, adjourn or cancel/ });
    await user.click(screen.getByRole('button', { name: 'Save' }));
    expect(await errorSummaryMessages()).toEqual([
      'Select what is happening to the meeting',
      'Enter reason',
    ]);
    // Someone else changes the meeting while the form is open.
    await api.updateMeeting(meeting.id, { action: 'update', version: 1, startTime: '11:00' });
    await user.click(screen.getByRole('radio', { name: 'Cancel' }));
    await user.type(screen.getByLabelText('Reason'), 'The placement has ended');
    await user.click(screen.getByRole('button', { name: 'Save' }));
    expect(await screen.findByText('Someone else has changed this record')).toBeVisible();
    await user.click(screen.getByRole('button', { name: 'Reload the current record' }));
    await user.click(screen.getByRole('button', { name: 'Save' }));
    expect(
      await screen.findByText('Meeting cancelled', {
        selector: '.govuk-notification-banner__heading',
      }),
    ).toBeVisible();
    expect(screen.getByText('Reason: The placement has ended')).toBeVisible();
  });

  it('keeps what was typed when the save fails', SLOW, async () => {
    server.use(
      http.patch('*/api/meetings/:meetingId', () => HttpResponse.json({}, { status: 500 })),
    );
    const { meeting } = await bookedMeeting();
    const { user } = await open(paths.changeMeetingStatus(meeting.id));
    await screen.findByRole('heading', { level: 1, name: /Postpone, adjourn or cancel/ });
    await user.click(screen.getByRole('radio', { name: 'Postpone' }));
    await user.type(screen.getByLabelText('Reason'), 'Child unwell');
    await user.click(screen.getByRole('button', { name: 'Save' }));
    expect(await screen.findByText('Your changes have not been saved')).toBeVisible();
    expect(screen.getByLabelText('Reason')).toHaveValue('Child unwell');
  });
});
