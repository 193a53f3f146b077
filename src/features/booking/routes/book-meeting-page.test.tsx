// eslint-disable-next-line testing-library/no-manual-cleanup
import { cleanup, screen, waitFor, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { addMinutesToLocalTime, formatDate, formatDateWithWeekday } from '@/domain';
import { api } from '@/lib/api/client';
import { MAX_PAGE_SIZE, type ChildSummary } from '@/lib/api/schemas';
import { paths } from '@/lib/paths';
import { AUTOSAVE_MS } from '@/lib/use-form-draft';
import { childrenVisibleTo, renderPage, STAFF, TEST_TODAY } from '@/test/render-page';
import { errorSummaryMessages, typeDate } from '@/test/form-helpers';
import { currentDatabase } from '@mocks/db/current';
import { bookingRoutes as routes } from '../testing/routes';

/** Whole journeys through a long form: more than the default 5 seconds on a shared machine. */
const SLOW = { timeout: 30_000 };
const DATE = 'Date of the meeting';
const BOOK = { name: 'Book meeting' };

/** Reseeds, then an unbooked child (looked up as a team manager: business support cannot list children). */
async function unbookedChild(
  predicate: (child: ChildSummary) => boolean = () => true,
  size?: number,
): Promise<ChildSummary> {
  const children = await childrenVisibleTo(STAFF.margaret, size === undefined ? {} : { size });
  const child = children.find((c) => c.meeting === null && predicate(c));
  if (child === undefined) throw new Error('No unbooked child matches');
  return child;
}

function parts(iso: string): [string, string, string] {
  const [y = '', m = '', d = ''] = iso.split('-');
  return [String(Number(d)), String(Number(m)), y];
}

async function openForm(childId: string) {
  const view = await renderPage({
    routes,
    path: paths.bookMeeting(childId),
    signInAs: STAFF.tracey,
    keepDatabase: true,
  });
  await screen.findByRole('heading', { level: 1, name: 'Book a review meeting' });
  return view;
}

describe('BookMeetingPage', () => {
  it('explains every missing answer in the error summary', SLOW, async () => {
    const child = await unbookedChild();
    const { user } = await openForm(child.id);
    // The child's contact method is not chosen yet; the social worker's is email.
    await user.click(screen.getByRole('button', BOOK));
    expect(await errorSummaryMessages()).toEqual([
      'Enter the date of the meeting',
      'Enter a start time',
      'Select whether the meeting is in person, virtual or hybrid',
      'Select how the invitation is sent',
    ]);
    await typeDate(user, DATE, ['3', '', '2026']);
    await user.type(screen.getByLabelText('Start time'), '9.30');
    await user.click(screen.getByRole('radio', { name: 'Hybrid (in person and virtual)' }));
    await user.click(screen.getByRole('button', BOOK));
    expect(await errorSummaryMessages()).toEqual([
      'Date of the meeting must include a month',
      'Start time must be a real time, like 14:30',
      'Enter where the meeting will take place',
      'Enter the link to join the meeting',
      'Select how the invitation is sent',
    ]);
  });

  it('warns about a date in the past and refuses it', SLOW, async () => {
    const child = await unbookedChild();
    const { user } = await openForm(child.id);
    await typeDate(user, DATE, ['13', '3', '2026']);
    expect(
      await screen.findByText(
        `Friday 13 March 2026 is in the past: today is ${formatDate(TEST_TODAY)}`,
      ),
    ).toBeVisible();
    await user.click(screen.getByRole('button', BOOK));
    expect(await errorSummaryMessages()).toContain(
      'Date of the meeting must be today or in the future',
    );
  });

  it(
    'warns about weekends and bank holidays, naming the holiday, without blocking',
    SLOW,
    async () => {
      const child = await unbookedChild((c) => c.nextReview.due >= '2026-04-06');
      const { user } = await openForm(child.id);
      await typeDate(user, DATE, ['21', '3', '2026']);
      expect(await screen.findByText('Saturday 21 March 2026 is a weekend')).toBeVisible();
      await typeDate(user, DATE, ['3', '4', '2026']);
      expect(
        await screen.findByText('Friday 3 April 2026 is a bank holiday (Good Friday)'),
      ).toBeVisible();
      expect(screen.queryByText(/is a weekend/)).not.toBeInTheDocument();
      // Beyond the bank holiday data it cannot say.
      await typeDate(user, DATE, ['8', '1', '2029']);
      expect(
        await screen.findByText(
          'The bank holiday data only covers 1 January 2015 to 31 December 2028, so it is not known whether Monday 8 January 2029 is a bank holiday',
        ),
      ).toBeVisible();
    },
  );

  it(
    'warns that a date after the due date puts the review out of timescale and needs a reason',
    SLOW,
    async () => {
      const child = await unbookedChild((c) => c.nextReview.due > TEST_TODAY);
      const { user } = await openForm(child.id);
      const due = child.nextReview.due;
      // Two weeks after the due date, always a weekday when the due date is one.
      const late = new Date(`${due}T12:00:00Z`);
      late.setUTCDate(late.getUTCDate() + 14);
      const lateIso = late.toISOString().slice(0, 10);
      await typeDate(user, DATE, parts(lateIso));
      expect(
        await screen.findByText(
          `The meeting is 14 days after the review is due on ${formatDate(due)}: the review will be out of timescale`,
        ),
      ).toBeVisible();
      const reason = screen.getByLabelText('Why is the meeting after the due date?');
      await user.type(screen.getByLabelText('Start time'), '16:00');
      await user.click(screen.getByRole('radio', { name: 'Virtual' }));
      await user.type(screen.getByLabelText('Link to join'), 'https://meet.example.org/r');
      await user.selectOptions(screen.getAllByLabelText('How the invitation is sent')[0]!, 'app');
      await user.click(screen.getByRole('button', BOOK));
      expect(await errorSummaryMessages()).toEqual([
        `Enter why the meeting is after the review due date of ${formatDate(due)}`,
      ]);
      await user.type(reason, 'The family are away until then');
      await user.click(screen.getByRole('button', BOOK));
      expect(
        await screen.findByText(`Meeting booked for ${formatDateWithWeekday(lateIso)} at 16:00`),
      ).toBeVisible();
      expect(screen.getByText('The family are away until then')).toBeVisible();
    },
  );

  it(
    'blocks a time that clashes with the IRO’s other meeting, shows that day’s diary, and books a free slot',
    SLOW,
    async () => {
      const children = await childrenVisibleTo(STAFF.margaret);
      const { items: diary } = await api.listMeetings({
        from: TEST_TODAY,
        pageSize: MAX_PAGE_SIZE,
      });
      // A booked meeting of some IRO, and another child of theirs with nothing booked.
      let found: { child: ChildSummary; other: (typeof diary)[number] } | null = null;
      for (const other of diary) {
        if (other.status !== 'booked' || other.date <= TEST_TODAY) continue;
        const child = children.find(
          (c) => c.iroId === other.iroId && c.meeting === null && c.nextReview.due > TEST_TODAY,
        );
        if (child !== undefined) {
          found = { child, other };
          break;
        }
      }
      if (found === null) throw new Error('No IRO with a booked meeting and an unbooked child');
      const { child, other } = found;
      const iroName = (await api.listStaff()).find((s) => s.id === child.iroId)!.name;
      const { user, router } = await openForm(child.id);

      await typeDate(user, DATE, parts(other.date));
      await user.type(screen.getByLabelText('Start time'), other.startTime);
      const end = addMinutesToLocalTime(other.date, other.startTime, other.durationMinutes).time;
      const message = `${iroName} already has a review meeting from ${other.startTime} to ${end} on ${formatDateWithWeekday(other.date)} (child ${other.child.childRef}): choose a time that does not overlap`;
      expect(await screen.findByText(message, { exact: false })).toBeVisible();
      const dayDiary = screen.getByRole('table', {
        name: `${iroName}’s other meetings that day`,
      });
      expect(within(dayDiary).getByText(`${other.startTime} to ${end}`)).toBeVisible();

      await user.click(screen.getByRole('radio', { name: 'In person' }));
      await user.type(screen.getByLabelText('Venue'), 'Civic Centre');
      await user.selectOptions(screen.getAllByLabelText('How the invitation is sent')[0]!, 'post');
      await user.click(screen.getByRole('button', BOOK));
      expect(await errorSummaryMessages()).toEqual([message]);

      // A suggested slot is free and in timescale.
      const suggestion = await screen.findAllByRole('button', { name: /^Use / });
      await user.click(suggestion[0]!);
      await user.click(screen.getByRole('button', BOOK));
      expect((await screen.findAllByText(/^Meeting booked for /))[0]).toBeVisible();
      expect(router.state.location.pathname).toMatch(/^\/booking\/meetings\//);
      expect(screen.queryByText(/out of timescale/)).not.toBeInTheDocument();
    },
  );

  it('offers no in-timescale suggestions for an overdue review', SLOW, async () => {
    const child = await unbookedChild((c) => c.nextReview.status === 'overdue', 200);
    await openForm(child.id);
    expect(
      await screen.findByText(/The review is already overdue: there is no date left in timescale/),
    ).toBeVisible();
  });

  it(
    'keeps a draft of the booking: offered back on return with the invitees as typed, gone once booked',
    { timeout: 40_000 },
    async () => {
      const child = await unbookedChild();
      const first = await openForm(child.id);
      await first.user.type(screen.getByLabelText('Start time'), '14:00');
      await first.user.click(screen.getByRole('radio', { name: 'In person' }));
      await first.user.type(screen.getByLabelText('Venue'), 'Family centre');
      const socialWorker = screen.getAllByRole('textbox', { name: /name/i })[1]!;
      await first.user.clear(socialWorker);
      await first.user.type(socialWorker, 'Sam Worker');
      await screen.findByText(/^Draft saved at \d\d:\d\d$/, {}, { timeout: AUTOSAVE_MS * 2 });

      cleanup();
      const again = await openForm(child.id);
      const offer = await screen.findByRole('region', { name: 'Important' });
      expect(offer).toHaveTextContent(/You have a draft from \d\d:\d\d/);
      expect(screen.getByLabelText('Start time')).toHaveValue('');
      await again.user.click(screen.getByRole('button', { name: 'Continue with the draft' }));
      expect(screen.getByLabelText('Start time')).toHaveValue('14:00');
      expect(screen.getByRole('radio', { name: 'In person' })).toBeChecked();
      expect(screen.getByLabelText('Venue')).toHaveValue('Family centre');
      // The invitees came back too, each row still its own (the child, then the social worker).
      expect(
        screen
          .getAllByRole('textbox', { name: /name/i })
          .map((box) => (box as HTMLInputElement).value),
      ).toEqual([`${child.givenName} ${child.familyName}`, 'Sam Worker']);
      // Booked: the draft goes.
      await again.user.selectOptions(
        screen.getAllByLabelText('How the invitation is sent')[0]!,
        'post',
      );
      await again.user.click((await screen.findAllByRole('button', { name: /^Use / }))[0]!);
      await again.user.click(screen.getByRole('button', BOOK));
      expect((await screen.findAllByText(/^Meeting booked for /))[0]).toBeVisible();
      await waitFor(() => {
        expect(currentDatabase()?.count('drafts')).toBe(0);
      });
    },
  );
});
