// The child record's outstanding recommendations: every counted review's open ones in the current
// period (an earlier review's stay after a later one), past target first, and the allocated IRO
// marking one done or no longer needed, or opening one again, through the real mock backend.
import { screen, within } from '@testing-library/react';
import { http, HttpResponse } from 'msw';
import { describe, expect, it } from 'vitest';
import { api } from '@/lib/api/client';
import type { Recommendation, Review } from '@/lib/api/schemas';
import { paths } from '@/lib/paths';
import { errorSummaryMessages, typeDate } from '@/test/form-helpers';
import { handBuiltChild, handBuiltReview, loadHandBuiltData } from '@/test/hand-built-data';
import { renderPage, server, signIn, STAFF } from '@/test/render-page';
import { childRecordRoutes as routes } from '../testing/routes';

const CHILD = 'c_rosa';

function recommendation(
  id: string,
  action: string,
  targetDate: string,
  closed: Partial<Pick<Recommendation, 'completedOn' | 'noLongerNeeded'>> = {},
): Recommendation {
  return {
    id,
    action,
    owner: 'Social worker',
    targetDate,
    completedOn: null,
    noLongerNeeded: null,
    ...closed,
  };
}

function review(
  id: string,
  heldOn: string,
  recommendations: Recommendation[],
  extra: Partial<Review> = {},
): Review {
  return {
    ...handBuiltReview({ id, childId: CHILD, heldOn, participationCode: 'PN1' }),
    recommendations,
    ...extra,
  };
}

/**
 * Rosa Green (Hannah's), today Monday 16 March 2026. A first period of care (January to September
 * 2023) whose review left a recommendation open: not followed up in this period. This period from
 * 2 June 2025: reviews on 27 June 2025 and 26 September 2025, and one entered in error (withdrawn).
 * Open: "Arrange a dental check-up" (27 June review, target 1 August 2025: 227 days past), "Refer
 * to CAMHS" (26 September review, target 31 January 2026: 44 days past), "Update the pathway plan"
 * (26 September review, target 30 April 2026). Closed: "Apply for a passport" done 20 July 2025,
 * "Book a school visit" no longer needed on 1 November 2025.
 */
async function loadRosa(): Promise<void> {
  const child = handBuiltChild({
    id: CHILD,
    givenName: 'Rosa',
    familyName: 'Green',
    dateOfBirth: '2012-04-01',
    iroId: STAFF.hannah,
    start: '2025-06-02',
  });
  const current = child.episodes[0]!;
  child.episodes = [
    { ...current, id: 'ep_rosa_1', start: '2023-01-09', end: '2023-09-01', reasonEnded: 'E4A' },
    current,
  ];
  await loadHandBuiltData({
    children: [child],
    reviews: [
      review('rv_old', '2023-02-03', [recommendation('rc_old', 'Find a tutor', '2023-04-01')]),
      review('rv_1', '2025-06-27', [
        recommendation('rc_dental', 'Arrange a dental check-up', '2025-08-01'),
        recommendation('rc_passport', 'Apply for a passport', '2025-08-01', {
          completedOn: '2025-07-20',
        }),
      ]),
      review(
        'rv_error',
        '2025-08-15',
        [recommendation('rc_error', 'Entered in error', '2025-09-01')],
        {
          withdrawn: {
            on: '2025-08-20',
            at: '2025-08-20T10:00:00.000Z',
            by: STAFF.hannah,
            byName: 'Hannah Okoye',
            reason: 'Recorded against the wrong child',
          },
        },
      ),
      review('rv_2', '2025-09-26', [
        recommendation('rc_plan', 'Update the pathway plan', '2026-04-30'),
        recommendation('rc_camhs', 'Refer to CAMHS', '2026-01-31'),
        recommendation('rc_school', 'Book a school visit', '2025-12-01', {
          noLongerNeeded: { on: '2025-11-01', note: 'Rosa stays at her school' },
        }),
      ]),
    ],
  });
}

async function open(signInAs: string = STAFF.hannah) {
  await loadRosa();
  const view = await renderPage({ routes, path: paths.child(CHILD), signInAs, keepDatabase: true });
  const section = await screen.findByRole('region', { name: 'Outstanding recommendations' });
  await within(section).findByRole('table', { name: OUTSTANDING });
  return { ...view, section };
}

/** The outstanding table is named by its caption: '3 outstanding, 2 past target'. */
const OUTSTANDING = /^\d+ outstanding, \d+ past target$/;

/** The outstanding table's rows, without the header. */
function outstandingRows(section: HTMLElement): HTMLElement[] {
  const table = within(section).getByRole('table', { name: OUTSTANDING });
  return within(table).getAllByRole('row').slice(1);
}

async function successMessage(text: string) {
  const alert = await screen.findByRole('alert', { name: 'success: Recommendation updated' });
  expect(alert).toHaveTextContent(text);
  return alert;
}

// Page tests drive a real router and the mock backend: allow for a busy machine.
describe('OutstandingRecommendations', { timeout: 20_000 }, () => {
  it('lists the open recommendations of every counted review in the period, past target first', async () => {
    const { user, section } = await open();
    expect(
      within(section).getByRole('table', { name: '3 outstanding, 2 past target' }),
    ).toBeVisible();
    const [dental, camhs, plan] = outstandingRows(section);
    expect(dental).toHaveTextContent('Arrange a dental check-up');
    expect(dental).toHaveTextContent('1 August 2025');
    expect(dental).toHaveTextContent('27 June 2025');
    expect(within(dental!).getByText('Past target')).toBeVisible();
    expect(within(dental!).getByText('227 days past target')).toBeVisible();
    expect(camhs).toHaveTextContent('Refer to CAMHS');
    expect(camhs).toHaveTextContent('26 September 2025');
    expect(within(camhs!).getByText('44 days past target')).toBeVisible();
    expect(plan).toHaveTextContent('Update the pathway plan');
    expect(within(plan!).queryByText('Past target')).not.toBeInTheDocument();
    // Neither the earlier period's nor the withdrawn review's.
    expect(within(section).queryByText('Find a tutor')).not.toBeInTheDocument();
    expect(within(section).queryByText('Entered in error')).not.toBeInTheDocument();

    // Those already closed, folded until asked for.
    const closedTable = within(section).getByRole('table', {
      name: 'Recommendations done or no longer needed',
    });
    const done = within(closedTable).getByText('Done on 20 July 2025');
    expect(done).not.toBeVisible();
    await user.click(
      within(section).getByText('Recommendations closed in this period of care (2)'),
    );
    expect(done).toBeVisible();
    expect(
      within(closedTable).getByText(
        'No longer needed on 1 November 2025: Rosa stays at her school',
      ),
    ).toBeVisible();
  });

  it('keeps an earlier review’s open recommendation outstanding after the next review is recorded', async () => {
    await loadRosa();
    await signIn(STAFF.hannah);
    await api.recordReview(CHILD, {
      heldOn: '2026-03-16',
      participationCode: 'PN1',
      participationMethod: 'in-person',
      advocacy: { offered: true, referralMade: false },
      recommendations: [
        {
          action: 'Plan contact with her brother',
          owner: 'Social worker',
          targetDate: '2026-05-01',
        },
      ],
    });
    await renderPage({ routes, path: paths.child(CHILD), keepDatabase: true });
    const section = await screen.findByRole('region', { name: 'Outstanding recommendations' });
    await within(section).findByText('4 outstanding, 2 past target');
    const rows = outstandingRows(section);
    expect(rows.map((row) => within(row).getAllByRole('cell')[0]!.textContent)).toEqual([
      'Arrange a dental check-up',
      'Refer to CAMHS',
      'Update the pathway plan',
      'Plan contact with her brother',
    ]);
    expect(rows[0]).toHaveTextContent('27 June 2025');
    expect(rows[3]).toHaveTextContent('16 March 2026');
  });

  it('marks one done on the date given, after checking the date with the backend’s rules', async () => {
    const { user, section } = await open();
    const trigger = within(section).getByRole('button', { name: 'Mark as done: Refer to CAMHS' });
    expect(trigger).toHaveAttribute('aria-expanded', 'false');
    await user.click(trigger);
    expect(trigger).toHaveAttribute('aria-expanded', 'true');
    const form = within(section).getByRole('form', { name: 'Mark as done: Refer to CAMHS' });
    const date = within(form).getByRole('group', { name: 'Date the action was completed' });
    // Today unless changed.
    expect(within(date).getByLabelText('Day')).toHaveValue('16');
    expect(within(date).getByLabelText('Month')).toHaveValue('3');
    expect(within(date).getByLabelText('Year')).toHaveValue('2026');

    await typeDate(user, 'Date the action was completed', ['1', '9', '2025']);
    await user.click(within(form).getByRole('button', { name: 'Save as done' }));
    expect(await errorSummaryMessages()).toEqual([
      'Date the action was completed must be the same as or after the review that made it, on 26 September 2025',
    ]);
    await typeDate(user, 'Date the action was completed', ['1', '3', '2026']);
    await user.click(within(form).getByRole('button', { name: 'Save as done' }));

    await successMessage('Marked as done on 1 March 2026: Refer to CAMHS');
    expect(within(section).getByText('2 outstanding, 1 past target')).toBeVisible();
    expect(within(section).queryByRole('form')).not.toBeInTheDocument();
    expect(
      within(section).getByText('Recommendations closed in this period of care (3)'),
    ).toBeVisible();
    const child = await api.getChild(CHILD);
    const marked = child.reviews
      .find((r) => r.id === 'rv_2')!
      .recommendations.find((r) => r.id === 'rc_camhs');
    expect(marked?.completedOn).toBe('2026-03-01');
  });

  it('needs a note to mark one no longer needed, and keeps what was typed when there is a problem', async () => {
    const { user, section } = await open();
    await user.click(
      within(section).getByRole('button', { name: 'No longer needed: Update the pathway plan' }),
    );
    const form = within(section).getByRole('form', {
      name: 'No longer needed: Update the pathway plan',
    });
    const note = within(form).getByRole('textbox', { name: 'Why is it no longer needed?' });
    expect(note).toHaveAccessibleDescription('You can enter up to 500 characters');
    expect(within(form).getAllByText('You have 500 characters remaining')[0]).toBeVisible();
    await user.click(within(form).getByRole('button', { name: 'Save as no longer needed' }));
    expect(await errorSummaryMessages()).toEqual([
      'Enter why the recommendation is no longer needed',
    ]);
    expect(note).toHaveAccessibleDescription(
      expect.stringContaining('Enter why the recommendation is no longer needed'),
    );

    await user.type(note, 'The plan was rewritten at the permanence meeting');
    await typeDate(user, 'Date it was found no longer needed', ['17', '3', '2026']);
    await user.click(within(form).getByRole('button', { name: 'Save as no longer needed' }));
    expect(await errorSummaryMessages()).toEqual([
      'Date it was found no longer needed must be today or in the past',
    ]);
    expect(note).toHaveValue('The plan was rewritten at the permanence meeting');

    await typeDate(user, 'Date it was found no longer needed', ['16', '3', '2026']);
    await user.click(within(form).getByRole('button', { name: 'Save as no longer needed' }));
    await successMessage('Marked as no longer needed on 16 March 2026: Update the pathway plan');
    expect(within(section).getByText('2 outstanding, 2 past target')).toBeVisible();
    expect(
      within(section).getByText(
        'No longer needed on 16 March 2026: The plan was rewritten at the permanence meeting',
      ),
    ).toBeInTheDocument();
  });

  it('shows the backend’s field errors on the fields, as its own', async () => {
    server.use(
      http.patch('*/api/reviews/:reviewId/recommendations/:recommendationId', () =>
        HttpResponse.json(
          {
            type: 'validation',
            title: 'There is a problem',
            status: 422,
            detail: 'Invalid',
            errors: [{ field: 'note', message: 'Why it is no longer needed must be kinder' }],
          },
          { status: 422, headers: { 'Content-Type': 'application/problem+json' } },
        ),
      ),
    );
    const { user, section } = await open();
    await user.click(
      within(section).getByRole('button', { name: 'No longer needed: Arrange a dental check-up' }),
    );
    const form = within(section).getByRole('form', {
      name: 'No longer needed: Arrange a dental check-up',
    });
    const note = within(form).getByRole('textbox', { name: 'Why is it no longer needed?' });
    await user.type(note, 'Seen by the school dentist');
    await user.click(within(form).getByRole('button', { name: 'Save as no longer needed' }));
    expect(await errorSummaryMessages()).toEqual(['Why it is no longer needed must be kinder']);
    expect(note).toHaveAccessibleDescription(
      expect.stringContaining('Why it is no longer needed must be kinder'),
    );
    expect(note).toHaveValue('Seen by the school dentist');
  });

  it('says so when someone else changed the review first (409), and shows it as it is now', async () => {
    const { user, section } = await open();
    // Another tab marks a recommendation of the same review: its version moves on.
    const stale = await api.getChild(CHILD);
    const rv2 = stale.reviews.find((r) => r.id === 'rv_2')!;
    await api.updateRecommendation('rv_2', 'rc_plan', {
      version: rv2.version,
      outcome: 'done',
      on: '2026-03-16',
      note: null,
    });

    await user.click(within(section).getByRole('button', { name: 'Mark as done: Refer to CAMHS' }));
    await user.click(within(section).getByRole('button', { name: 'Save as done' }));
    const alert = await screen.findByRole('alert', {
      name: 'warning: Someone else has changed this review',
    });
    expect(alert).toHaveTextContent(
      'Someone else changed this review at the same time. The list now shows the review as it is: try again.',
    );
    expect(await within(section).findByText('2 outstanding, 2 past target')).toBeVisible();

    // Trying again sends the version as it is now.
    await user.click(within(section).getByRole('button', { name: 'Save as done' }));
    await successMessage('Marked as done on 16 March 2026: Refer to CAMHS');
  });

  it('opens again one closed by mistake', async () => {
    const { user, section } = await open();
    await user.click(
      within(section).getByText('Recommendations closed in this period of care (2)'),
    );
    await user.click(
      within(section).getByRole('button', { name: 'Open again: Apply for a passport' }),
    );
    await successMessage('Opened again: Apply for a passport');
    expect(within(section).getByText('4 outstanding, 3 past target')).toBeVisible();
    expect(
      within(section).getByRole('button', { name: 'Mark as done: Apply for a passport' }),
    ).toBeVisible();
    expect(
      within(section).getByText('Recommendations closed in this period of care (1)'),
    ).toBeVisible();
  });

  it('offers no actions to anyone but the allocated IRO', async () => {
    const { section } = await open(STAFF.margaret);
    expect(outstandingRows(section)).toHaveLength(3);
    expect(
      within(section).queryByRole('button', { name: /^Mark as done/ }),
    ).not.toBeInTheDocument();
    expect(
      within(section).queryByRole('button', { name: /^No longer needed/ }),
    ).not.toBeInTheDocument();
    expect(
      within(section).queryByRole('button', { name: /^Open again/, hidden: true }),
    ).not.toBeInTheDocument();
  });
});
