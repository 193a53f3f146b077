import { screen, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { api } from '@/lib/api/client';
import { paths } from '@/lib/paths';
import { childrenVisibleTo, renderPage, STAFF } from '@/test/render-page';
import { errorSummaryMessages, typeDate } from '@/test/form-helpers';
import { childRecordRoutes as routes } from '../testing/routes';

async function openLatestReview() {
  const children = await childrenVisibleTo(STAFF.hannah);
  for (const summary of children) {
    const child = await api.getChild(summary.id);
    const review = child.reviews.at(-1);
    if (review && child.age >= 5) {
      const view = await renderPage({
        routes,
        path: paths.editReview(child.id, review.id),
        keepDatabase: true,
      });
      await screen.findByRole('heading', { level: 1, name: 'Change a review' });
      return { ...view, child, review };
    }
  }
  throw new Error('No child with a review');
}

describe('EditReviewPage', () => {
  it('shows the review as saved and records when the decisions were sent; the sign-off is the manager’s', async () => {
    const { user, review, child } = await openLatestReview();
    expect(screen.getByRole('radio', { name: review.participationCode })).toBeChecked();
    // Only a team manager records the sign-off (the sign-off queue): the IRO's form has no field.
    expect(
      screen.queryByRole('group', { name: 'Date of the manager’s sign-off (optional)' }),
    ).not.toBeInTheDocument();
    await typeDate(user, 'Date the decisions were sent (optional)', ['16', '13', '2026']);
    await user.click(screen.getByRole('button', { name: 'Save changes' }));
    expect((await errorSummaryMessages()).length).toBeGreaterThan(0);

    // The day of the review itself: never after a sign-off the manager already recorded.
    const [year, month, day] = review.heldOn.split('-');
    await typeDate(user, 'Date the decisions were sent (optional)', [
      String(Number(day)),
      String(Number(month)),
      year!,
    ]);
    await user.click(screen.getByRole('button', { name: 'Save changes' }));
    expect(await screen.findByText(/^Review held on .* updated$/)).toBeVisible();
    const saved = (await api.getChild(child.id)).reviews.find((r) => r.id === review.id)!;
    expect(saved.decisionsSentOn).toBe(review.heldOn);
    expect(saved.managerSignOffOn).toBe(review.managerSignOffOn);
    expect(saved.version).toBe(review.version + 1);
  });

  it('explains a conflict when someone else saved first, and reloads what is there now', async () => {
    const { user, review } = await openLatestReview();
    // Someone else changes the review after the form was opened.
    await api.updateReview(review.id, {
      version: review.version,
      recordOfReviewCompletedOn: review.heldOn,
    });
    await user.click(
      screen.getByRole('radio', { name: 'Hybrid (some people in the room, some joining online)' }),
    );
    await user.click(screen.getByRole('button', { name: 'Save changes' }));

    const alert = await screen.findByRole('alert', {
      name: 'warning: Someone else has changed this record',
    });
    expect(within(alert).getByText(/changed by someone else/)).toBeVisible();
    // Nothing typed is lost until the user chooses to reload.
    expect(
      screen.getByRole('radio', { name: 'Hybrid (some people in the room, some joining online)' }),
    ).toBeChecked();

    await user.click(within(alert).getByRole('button', { name: 'Reload the current record' }));
    expect(await screen.findByText(/This form now shows the review as it is now/)).toBeVisible();
    const [year, month, day] = review.heldOn.split('-');
    const record = screen.getByRole('group', {
      name: 'Date the record of the review was completed (optional)',
    });
    expect(within(record).getByLabelText('Day')).toHaveValue(String(Number(day)));
    expect(within(record).getByLabelText('Month')).toHaveValue(String(Number(month)));
    expect(within(record).getByLabelText('Year')).toHaveValue(year);
  });
});
