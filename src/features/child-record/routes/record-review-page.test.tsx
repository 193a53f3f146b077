import { screen, waitFor, within } from '@testing-library/react';
import { http, HttpResponse } from 'msw';
import { describe, expect, it } from 'vitest';
import { api } from '@/lib/api/client';
import type { ChildSummary } from '@/lib/api/schemas';
import { paths } from '@/lib/paths';
import { childrenVisibleTo, renderPage, server, STAFF } from '@/test/render-page';
import { errorSummaryBox, errorSummaryMessages, typeDate } from '@/test/form-helpers';
import { followUpRowsFor } from '../forms/review-record-values';
import { childRecordRoutes as routes } from '../testing/routes';

const HELD = 'Date the review was held';

async function openForm(pick: (child: ChildSummary) => boolean = (child) => child.age >= 5) {
  const children = await childrenVisibleTo(STAFF.hannah);
  const child = children.find(pick)!;
  const view = await renderPage({ routes, path: paths.recordReview(child.id), keepDatabase: true });
  await screen.findByRole('heading', { level: 1, name: 'Record a review' });
  return { ...view, child };
}

/** The earlier reviews' open recommendations, each answered 'Still open'. */
async function keepEarlierRecommendationsOpen(user: Awaited<ReturnType<typeof openForm>>['user']) {
  for (const radio of screen.queryAllByRole('radio', { name: 'Still open' })) {
    await user.click(radio);
  }
}

async function fillValidReview(user: Awaited<ReturnType<typeof openForm>>['user']) {
  await typeDate(user, HELD, ['16', '3', '2026']);
  await user.click(screen.getByRole('radio', { name: 'PN1' }));
  await user.click(screen.getByRole('radio', { name: 'In person' }));
  await user.click(
    within(screen.getByRole('group', { name: 'Was the child offered an advocate?' })).getByRole(
      'radio',
      { name: 'Yes' },
    ),
  );
  await user.click(screen.getByRole('radio', { name: 'No, the child declined advocacy' }));
  await keepEarlierRecommendationsOpen(user);
}

describe('RecordReviewPage', { timeout: 20_000 }, () => {
  it('explains every missing answer in an error summary that takes focus', async () => {
    const { user, child } = await openForm();
    expect(document.title).toBe('Record a review – IRO Review Tracker');
    // Each earlier open recommendation is asked about by name.
    const earlier = followUpRowsFor(await api.getChild(child.id)).map((row) => row.action);
    await user.click(screen.getByRole('button', { name: 'Save review' }));

    expect(await errorSummaryMessages()).toEqual([
      'Enter the date the review was held',
      'Select how the child participated in the review',
      'Select how the child took part in the review',
      'Select whether advocacy was offered',
      'Select whether a referral to advocacy was made',
      ...earlier.map((action) => `Select what happened to “${action}”`),
    ]);
    await waitFor(() => {
      expect(errorSummaryBox()).toHaveFocus();
    });
    expect(document.title).toBe('Error: Record a review – IRO Review Tracker');
    // Inline too, and each summary link points at its field.
    expect(
      screen.getByRole('link', { name: 'Enter the date the review was held' }),
    ).toHaveAttribute('href', '#heldOn-day');
    expect(screen.getAllByText('Select how the child participated in the review')).toHaveLength(2);
    await user.click(
      screen.getByRole('link', { name: 'Select how the child took part in the review' }),
    );
    expect(screen.getByRole('radio', { name: 'In person' })).toHaveFocus();
  });

  it('checks the date the review was held', async () => {
    const { user } = await openForm();
    const save = screen.getByRole('button', { name: 'Save review' });

    await typeDate(user, HELD, ['31', '2', '2026']);
    await user.click(save);
    expect(await errorSummaryMessages()).toContain('Date the review was held must be a real date');

    await typeDate(user, HELD, ['17', '3', '2026']);
    await user.click(save);
    expect(await errorSummaryMessages()).toContain(
      'Date the review was held must be today or in the past',
    );

    await typeDate(user, HELD, ['17', '', '2026']);
    await user.click(save);
    expect(await errorSummaryMessages()).toContain('Date the review was held must include a month');
  });

  it('explains when PN0 can be used, from the child’s age on the date entered', async () => {
    const { user } = await openForm((child) => child.age >= 5);
    expect(
      screen.getByText(/Enter the date the review was held to see which codes apply/),
    ).toBeVisible();
    await typeDate(user, HELD, ['16', '3', '2026']);
    expect(
      screen.getByText(
        'The child was 4 or over on 16 March 2026, so PN0 cannot be used: choose from PN1 to PN7.',
      ),
    ).toBeVisible();
    // PN0 is not offered, and the hint says why.
    const codes = screen.getByRole('group', {
      name: 'How did the child participate in the review?',
    });
    expect(within(codes).queryByRole('radio', { name: 'PN0' })).toBeNull();
    expect(
      within(codes)
        .getAllByRole('radio')
        .map((radio) => radio.getAttribute('value')),
    ).toEqual(['PN1', 'PN2', 'PN3', 'PN4', 'PN5', 'PN6', 'PN7']);
    expect(
      within(codes).getByText(/PN0 is only for a child under 4 on the day of the review/),
    ).toBeVisible();
    // Tab and Space alone pick the first code offered, one the form accepts.
    await user.click(screen.getByRole('radio', { name: /^Virtual/ }));
    within(codes).getByRole('radio', { name: 'PN1' }).focus();
    await user.keyboard(' ');
    expect(within(codes).getByRole('radio', { name: 'PN1' })).toBeChecked();
    await user.click(screen.getByRole('button', { name: 'Save review' }));
    expect((await errorSummaryMessages()).join(' ')).not.toMatch(
      /PN0|PN1 to PN7|Select how the child participated/,
    );
  });

  it('offers PN0 before a date is typed, and clears it when the date typed rules it out', async () => {
    const { user } = await openForm((child) => child.age >= 5);
    await user.click(screen.getByRole('radio', { name: 'PN0' }));
    await typeDate(user, HELD, ['16', '3', '2026']);
    expect(screen.queryByRole('radio', { name: 'PN0' })).toBeNull();
    for (const radio of within(
      screen.getByRole('group', { name: 'How did the child participate in the review?' }),
    ).getAllByRole('radio')) {
      expect(radio).not.toBeChecked();
    }
    await user.click(screen.getByRole('button', { name: 'Save review' }));
    expect(await errorSummaryMessages()).toContain(
      'Select how the child participated in the review',
    );
  });

  it('only allows PN0 for a child under 4', async () => {
    const { user } = await openForm((child) => child.age < 4 && child.age >= 1);
    await typeDate(user, HELD, ['16', '3', '2026']);
    expect(screen.getByText(/The child was under 4 on 16 March 2026, so use PN0/)).toBeVisible();
    const codes = screen.getByRole('group', {
      name: 'How did the child participate in the review?',
    });
    expect(
      within(codes)
        .getAllByRole('radio')
        .map((radio) => radio.getAttribute('value')),
    ).toEqual(['PN0']);
    expect(
      within(codes).getByText(
        /PN1 to PN7 are only for a child aged 4 or over on the day of the review/,
      ),
    ).toBeVisible();
  });

  it('asks for the referral details and complete recommendations', async () => {
    const { user } = await openForm();
    await fillValidReview(user);
    await user.click(screen.getByRole('radio', { name: 'Yes, a referral was made' }));
    await user.click(screen.getByRole('button', { name: 'Add a recommendation' }));
    expect(screen.getByRole('textbox', { name: 'Action' })).toHaveFocus();
    await user.click(screen.getByRole('button', { name: 'Save review' }));
    expect(await errorSummaryMessages()).toEqual([
      'Enter the date of the advocacy referral',
      'Enter the advocacy provider the child was referred to',
      'Enter the recommended action',
      'Enter who is responsible for the action',
      'Enter the target date for the action',
    ]);

    await typeDate(user, 'Date of the referral', ['20', '3', '2026']);
    await user.type(screen.getByLabelText('Advocacy provider'), 'Coram Voice');
    await user.type(screen.getByRole('textbox', { name: 'Action' }), 'Update the care plan');
    await user.type(screen.getByLabelText('Who is responsible'), 'Social worker');
    await typeDate(user, 'Target date', ['1', '3', '2026']);
    await typeDate(user, 'Date the record of the review was completed (optional)', [
      '15',
      '3',
      '2026',
    ]);
    await user.click(screen.getByRole('button', { name: 'Save review' }));
    expect(await errorSummaryMessages()).toEqual([
      'Date of the advocacy referral must be today or in the past',
      'Target date must be the same as or after the date the review was held',
      'Date the record of the review was completed must be the same as or after the date the review was held',
    ]);

    await user.click(screen.getByRole('button', { name: 'Remove recommendation 1' }));
    expect(screen.queryByRole('textbox', { name: 'Action' })).not.toBeInTheDocument();
  });

  it('refuses a personal adviser as the owner for a child under 16, on the owner field', async () => {
    const { user } = await openForm((child) => child.age >= 5 && child.age <= 15);
    await fillValidReview(user);
    await user.click(screen.getByRole('button', { name: 'Add a recommendation' }));
    await user.type(screen.getByRole('textbox', { name: 'Action' }), 'Start the pathway plan');
    await user.type(screen.getByLabelText('Who is responsible'), 'Personal adviser');
    await typeDate(user, 'Target date', ['30', '4', '2026']);
    await user.click(screen.getByRole('button', { name: 'Save review' }));
    const [message] = await errorSummaryMessages();
    expect(message).toMatch(
      /^A personal adviser is for young people aged 16 or over leaving care: this child was \d+ on the review date/,
    );
    expect(screen.getByRole('link', { name: message })).toHaveAttribute(
      'href',
      '#recommendations-0-owner',
    );
  });

  it('saves, returns to the child record and shows the new next review at once', async () => {
    const { user, router, child } = await openForm();
    await fillValidReview(user);
    await user.click(screen.getByRole('button', { name: 'Add a recommendation' }));
    await user.type(screen.getByRole('textbox', { name: 'Action' }), 'Update the care plan');
    await user.type(screen.getByLabelText('Who is responsible'), 'Social worker');
    await typeDate(user, 'Target date', ['30', '4', '2026']);
    await user.click(screen.getByRole('button', { name: 'Save review' }));

    expect(await screen.findByText('Review held on 16 March 2026 recorded')).toBeVisible();
    expect(router.state.location.pathname).toBe(paths.child(child.id));
    const panel = screen.getByRole('region', { name: 'Next review' });
    expect(within(panel).getByText(/months after the review held on 16 March 2026$/)).toBeVisible();
    const recommendations = screen.getByRole('region', { name: 'Outstanding recommendations' });
    expect(within(recommendations).getByText('Update the care plan')).toBeVisible();
    const detail = await api.getChild(child.id);
    expect(detail.reviews.at(-1)?.heldOn).toBe('2026-03-16');
  });

  it('shows the backend’s field errors on the same fields', async () => {
    const { user, child } = await openForm(
      (candidate) => candidate.age >= 5 && candidate.lastParticipation !== null,
    );
    const existing = (await api.getChild(child.id)).reviews.at(-1)!;
    const [year, month, day] = existing.heldOn.split('-');
    await fillValidReview(user);
    // Only the backend knows a review is already recorded on this date.
    await typeDate(user, HELD, [String(Number(day)), String(Number(month)), year!]);
    await user.click(screen.getByRole('button', { name: 'Save review' }));
    const messages = await errorSummaryMessages();
    expect(messages).toHaveLength(1);
    expect(messages[0]).toMatch(/^A review has already been recorded on /);
    expect(screen.getByRole('link', { name: messages[0] })).toHaveAttribute('href', '#heldOn-day');
    expect(screen.getByRole('group', { name: HELD })).toHaveAccessibleDescription(
      expect.stringContaining(messages[0]!),
    );
  });

  it('maps a 422 on a nested field to its input', async () => {
    server.use(
      http.post('*/api/children/:childId/reviews', () =>
        HttpResponse.json(
          {
            type: 'validation',
            title: 'There is a problem',
            status: 422,
            detail: 'Invalid',
            errors: [{ field: 'advocacy.referralDate', message: 'Referral date is not allowed' }],
          },
          { status: 422 },
        ),
      ),
    );
    const { user } = await openForm();
    await fillValidReview(user);
    await user.click(screen.getByRole('button', { name: 'Save review' }));
    expect(await errorSummaryMessages()).toEqual(['Referral date is not allowed']);
    expect(screen.getByRole('link', { name: 'Referral date is not allowed' })).toHaveAttribute(
      'href',
      '#referralDate-day',
    );
  });

  it('keeps everything typed when the save fails', async () => {
    server.use(
      http.post('*/api/children/:childId/reviews', () =>
        HttpResponse.json({ title: 'boom' }, { status: 500 }),
      ),
    );
    const { user } = await openForm();
    await fillValidReview(user);
    await user.click(screen.getByRole('button', { name: 'Save review' }));
    expect(
      await screen.findByRole('heading', { name: 'Your changes have not been saved' }),
    ).toBeVisible();
    expect(screen.getByText(/Sorry, there is a problem with the service/)).toBeVisible();
    const held = screen.getByRole('group', { name: HELD });
    expect(within(held).getByLabelText('Day')).toHaveValue('16');
    expect(screen.getByRole('radio', { name: 'PN1' })).toBeChecked();
    expect(screen.getByRole('radio', { name: 'No, the child declined advocacy' })).toBeChecked();
  });

  it('asks before leaving with unsaved changes', async () => {
    const { user, router, child } = await openForm();
    await user.click(screen.getByRole('radio', { name: 'PN1' }));
    await user.click(screen.getByRole('link', { name: 'Cancel' }));
    expect(await screen.findByText('You have not saved your changes')).toBeVisible();
    expect(router.state.location.pathname).toBe(paths.recordReview(child.id));

    await user.click(screen.getByRole('button', { name: 'Stay on this page' }));
    expect(screen.queryByText('You have not saved your changes')).not.toBeInTheDocument();
    expect(screen.getByRole('radio', { name: 'PN1' })).toBeChecked();

    await user.click(screen.getByRole('link', { name: 'Cancel' }));
    await user.click(await screen.findByRole('button', { name: 'Leave without saving' }));
    await waitFor(() => {
      expect(router.state.location.pathname).toBe(paths.child(child.id));
    });
  });
});
